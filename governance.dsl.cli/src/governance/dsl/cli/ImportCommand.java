package governance.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import governance.dsl.Messages;
import governance.dsl.build.FileModes;
import governance.dsl.generator.xlsx.WorkbookKey;
import governance.dsl.importer.FollowUpImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
		"Läser ifyllda uppföljningsmallar (spreadsheets/*.xlsx från govc build) och skriver en uppföljning i "
				+ "språket: bedömningar, utfall och status, en rad per värde, kanoniskt formaterad och kontrollerad "
				+ "mot modellen innan den skrivs.",
		"Varje cell som inte kan läsas rapporteras som blad!cell: orsak, och då skrivs ingenting. En arbetsbok "
				+ "från en annan modell eller nämnd vägras. Flera arbetsböcker slås ihop till en uppföljning; de ska "
				+ "gälla samma nämnd, tillfälle och år.",
		"Finns uppföljningen för samma tillfälle, år och nämnd redan i modellen uppdateras den filen, vad den än "
				+ "heter: nya värden får en egen rad, allt annat i filen står kvar. Ett värde som skiljer sig från det "
				+ "som redan står där listas med fil och rad och skrivs över bara med --force. -o kan då utelämnas "
				+ "eller ska peka på den filen.",
		"Annars skrivs en ny uppföljning till -o, och utan -o till standard ut. En befintlig fil skrivs aldrig "
				+ "över utan --force." })
public class ImportCommand implements Callable<Integer> {

	@Option(names = { "-o", "--output" }, paramLabel = "<fil.styr>",
			description = "Filen som en ny uppföljning skrivs till (annars standard ut). Finns uppföljningen redan "
					+ "uppdateras dess fil, och -o kan utelämnas.")
	Path output;

	@Option(names = "--force", description = "Skriv över filen i -o om den redan finns, och värden i en befintlig "
			+ "uppföljning som skiljer sig från arbetsböckernas.")
	boolean force;

	@Option(names = { "-m", "--modell" }, paramLabel = "<mapp>", description = "Mappen med modellens .styr-filer, "
			+ "som arbetsböckernas id:n kontrolleras mot. Standard: mappen där -o-filen ligger, annars den aktuella mappen.")
	Path model;

	@Option(names = "--nämnd", paramLabel = "<id>",
			description = "Ta bara emot arbetsböcker för den här nämnden (annars den första arbetsbokens nämnd).")
	String committee;

	@Option(names = "--nyckel", paramLabel = "<fil>", description = "Filen med nyckeln som mallarna gjordes med. "
			+ "Standard: miljövariabeln STYRMODELL_NYCKEL, annars .styrmodell-nyckel i modellens mapp.")
	Path key;

	@Option(names = "--overifierad", description = "Läs arbetsböckerna utan att verifiera deras fingeravtryck "
			+ "(när nyckeln saknas). Raderna kontrolleras ändå mot nämndens mall.")
	boolean unverified;

	@Parameters(arity = "1..*", paramLabel = "<arbetsbok.xlsx>", description = "Ifyllda uppföljningsmallar.")
	List<Path> workbooks;

	@Override
	public Integer call() throws Exception {
		if (output != null && !output.getFileName().toString().endsWith(".styr")) {
			System.err.println("govc: " + Messages.get("import.notStyrTarget", output));
			return 1;
		}
		Path modelFolder = model != null ? model
				: output != null ? output.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
		WorkbookKey workbookKey = null;
		if (!unverified) {
			try {
				workbookKey = WorkbookKey.forImport(key, System.getenv(WorkbookKey.ENVIRONMENT), modelFolder);
			} catch (WorkbookKey.KeyProblem problem) {
				System.err.println("govc: " + problem.getMessage());
				return 2;
			}
		}
		FollowUpImport.Result result = new FollowUpImport().key(workbookKey).unverified(unverified).run(workbooks, modelFolder, output, committee, force);
		result.notes().forEach(System.err::println);
		result.problems().forEach(System.err::println);
		if (!result.ok()) {
			System.err.println(Messages.get("import.notWritten"));
			return 1;
		}
		switch (result.change()) {
		case UNCHANGED:
			System.err.println(Messages.get("import.unchanged", result.file()));
			return 0;
		case UPDATED:
			// The follow-up's own file, checked with its new lines: replaced whole or not at all.
			write(result.file(), result.text().getBytes(StandardCharsets.UTF_8), true);
			System.err.println(Messages.get("import.updated", result.file(), result.added(), result.replaced()));
			return 0;
		default:
			break;
		}
		byte[] text = result.text().getBytes(StandardCharsets.UTF_8);
		if (output == null) {
			// Bytes, not characters: UTF-8 whatever the terminal's default encoding.
			System.out.write(text);
			System.out.flush();
			return 0;
		}
		if (Files.exists(output) && !force) {
			System.err.println("govc: " + Messages.get("import.exists", output));
			return 1;
		}
		try {
			write(output, text, force);
		} catch (FileAlreadyExistsException e) {
			System.err.println("govc: " + Messages.get("import.exists", output));
			return 1;
		}
		System.err.println(Messages.get("import.written", output));
		return 0;
	}

	/** Writes beside the target and moves it into place: never half a file, and no overwrite without force. */
	private static void write(Path target, byte[] text, boolean force) throws IOException {
		FileModes.writeAtomically(target, text, force);
	}
}
