package governance.dsl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import governance.dsl.Messages;
import governance.dsl.build.ArtefactBuild;
import governance.dsl.build.Diagnostic;
import governance.dsl.generator.Edition;
import governance.dsl.generator.Generators;
import governance.dsl.generator.xlsx.WorkbookKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", description = "Kontrollerar modellen och skriver handbok (handbook/), uppföljningsmallar "
		+ "(spreadsheets/) och JSON (json/) till utmappen. En modell med fel skriver ingenting.")
public class BuildCommand implements Callable<Integer> {

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "<utmapp>", description = "Mappen som artefakterna skrivs till.")
	Path output;

	@Option(names = "--nyckel", paramLabel = "<fil>", description = "Filen med nyckeln som uppföljningsmallarnas "
			+ "fingeravtryck görs med. Standard: miljövariabeln STYRMODELL_NYCKEL, annars .styrmodell-nyckel i "
			+ "arbetsytans mapp, som skapas (och läggs i .gitignore) om den saknas.")
	Path key;

	@Option(names = { "--utgåva", "--utgava" }, paramLabel = "publik|planering", description = "Handbokens utgåva. "
			+ "publik (standard): för kommunens webbplats, utan id:n, verktygstexter och listor över det som inte är "
			+ "kopplat. planering: för planerarna, med allt det.")
	String edition = Edition.DEFAULT.word;

	@Option(names = "--ta-bort-okända", description = "Ta bort filer och mappar i utmappen som govc build inte skrev "
			+ "(till exempel CNAME eller .git/). Utan flaggan vägrar bygget och namnger dem.")
	boolean deleteForeign;

	@Parameters(arity = "1..*", paramLabel = "<mapp|fil>", description = "Mappar (söks igenom efter .styr-filer) eller filer.")
	List<Path> paths;

	@Override
	public Integer call() throws Exception {
		Optional<Edition> handbookEdition = Edition.of(edition);
		if (handbookEdition.isEmpty()) {
			System.err.println(String.format(ResourceBundle.getBundle("governance.dsl.cli.govc").getString("build.editionUnknown"),
					edition));
			return 2;
		}
		WorkbookKey workbookKey;
		try {
			workbookKey = WorkbookKey.forBuild(key, System.getenv(WorkbookKey.ENVIRONMENT), workspaceFolder(paths.get(0)));
		} catch (WorkbookKey.KeyProblem problem) {
			System.err.println("govc: " + problem.getMessage());
			return 2;
		}
		ArtefactBuild.Result result = new ArtefactBuild(Generators.all(workbookKey, handbookEdition.get())).deleteForeign(deleteForeign)
				.build(paths, output);
		for (Path stale : result.removedStale()) {
			System.err.println("govc: " + Messages.get("build.removedStale", stale));
		}
		for (Diagnostic diagnostic : result.check().diagnostics()) {
			System.out.println(diagnostic.format());
		}
		if (result.refusal() != null) {
			System.err.println("govc: " + result.refusal());
			return 1;
		}
		if (!result.written()) {
			System.err.println(Messages.get("build.notWritten"));
			return 1;
		}
		System.err.println(Messages.get("build.written", result.check().workspace().getFiles().size(), output));
		return 0;
	}

	/** The folder the workspace's key file belongs in: the folder built, or the folder of the file built. */
	static Path workspaceFolder(Path path) {
		Path absolute = path.toAbsolutePath();
		return Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent();
	}
}
