package governance.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import governance.dsl.Messages;
import governance.dsl.build.FileModes;
import governance.dsl.kolada.KoladaApi;
import governance.dsl.kolada.KoladaClient;
import governance.dsl.kolada.KoladaFetch;
import governance.dsl.kolada.KoladaSource;
import governance.dsl.kolada.KpiMetadata;
import governance.dsl.kolada.KpiMetadataFile;
import governance.dsl.kolada.SavedResponses;
import governance.dsl.model.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "kolada", mixinStandardHelpOptions = true, description = {
		"Hämtar utfallen för varje mått med källa kolada \"N…\" från Koladas API för kommunen i modellen "
				+ "(kolada \"0580\" i styrmodell { … }) och skriver dem som en uppföljning per år, "
				+ "uppfoljning-kolada-<år>.styr: en rad per värde, totalen och grupperna märkta kön, I.U. där "
				+ "Kolada saknar värde, med Kolada som fotnot.",
		"Med jämförelsegrupp \"G…\" \"…\" i styrmodell { … } hämtas också gruppens snitt för varje nyckeltal och "
				+ "skrivs som jämförelsevärden bredvid utfallen (aldrig som utfall).",
		"Ett värde som redan står likadant lämnas orört; ett som skiljer sig listas och skrivs över bara med "
				+ "--force. Vid ett fel skrivs ingenting. Till Kolada skickas bara nyckeltalens, kommunens och jämförelsegruppernas id:n.",
		"--metadata skriver i stället kolada-kpi.json med nyckeltalens titel och könsuppdelning, som "
				+ "govc check läser." })
public class KoladaCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "<mapp>", description = "Mappen med kommunens .styr-filer.")
	Path workspace;

	@Option(names = "--år", paramLabel = "<år>", description = "Året som hämtas (annars åren i kommunens planer).")
	String year;

	@Option(names = "--period", paramLabel = "<år-år>", description = "Åren som hämtas, till exempel 2020-2024.")
	String period;

	@Option(names = { "-o", "--output" }, paramLabel = "<fil.styr>",
			description = "Filen för en ny uppföljning (ett år). Standard: uppfoljning-kolada-<år>.styr i mappen.")
	Path output;

	@Option(names = "--force", description = "Skriv över värden som skiljer sig från Koladas, och en befintlig fil i -o.")
	boolean force;

	@Option(names = "--api", paramLabel = "<url>", description = "API:ets adress (en proxy). Standard: "
			+ KoladaApi.DEFAULT_BASE + ".")
	String api = KoladaApi.DEFAULT_BASE;

	@Option(names = "--från", paramLabel = "<mapp>", description = "Läs sparade svar i stället för att fråga Kolada: "
			+ "data-<nyckeltal>-<kommun>.json (svaret på /data/kpi/<nyckeltal>/municipality/<kommun>) och "
			+ "kpi-<nyckeltal>.json (svaret på /kpi/<nyckeltal>); för en jämförelsegrupp data-<nyckeltal>-<grupp>.json "
			+ "och group-<grupp>.json (svaret på /municipality_groups/<grupp>).")
	Path saved;

	@Option(names = "--metadata", description = "Skriv nyckeltalens metadata till " + KpiMetadata.FILE_NAME
			+ " i mappen i stället för utfall.")
	boolean metadata;

	@Override
	public Integer call() throws Exception {
		KoladaSource source = saved != null ? new SavedResponses(saved) : new KoladaClient(api);
		if (metadata) {
			return metadata(source);
		}
		List<Integer> years;
		try {
			years = years();
		} catch (IllegalArgumentException e) {
			System.err.println("govc: " + e.getMessage());
			return 2;
		}
		if (output != null && !output.getFileName().toString().endsWith(".styr")) {
			System.err.println("govc: " + Messages.get("import.notStyrTarget", output));
			return 1;
		}
		KoladaFetch.Result result = new KoladaFetch().run(workspace, source, years, output, force);
		result.notes().forEach(System.err::println);
		result.problems().forEach(System.err::println);
		if (!result.ok()) {
			System.err.println(Messages.get("kolada.notWritten"));
			return 1;
		}
		if (result.outputs().isEmpty()) {
			System.err.println(Messages.get("kolada.nothing"));
			return 0;
		}
		for (KoladaFetch.Output written : result.outputs()) {
			switch (written.change()) {
			case UNCHANGED -> System.err.println(Messages.get("kolada.unchanged", written.file()));
			case UPDATED -> {
				write(written.file(), written.text());
				System.err.println(Messages.get("kolada.updated", written.file(), written.added(), written.replaced()));
			}
			default -> {
				write(written.file(), written.text());
				System.err.println(Messages.get("kolada.written", written.file(), written.added()));
			}
			}
		}
		return 0;
	}

	private int metadata(KoladaSource source) throws IOException {
		List<String> problems = new ArrayList<>();
		String text = new KpiMetadataFile().fetch(workspace, source, problems);
		if (text == null) {
			problems.forEach(System.err::println);
			System.err.println(Messages.get("kolada.notWritten"));
			return 1;
		}
		Path file = workspace.resolve(KpiMetadata.FILE_NAME);
		write(file, text);
		System.err.println(Messages.get("kolada.metadata.written", file));
		return 0;
	}

	/** --år or --period, or null for the years of the plans. */
	private List<Integer> years() {
		if (year != null && period != null) {
			throw new IllegalArgumentException(Messages.get("kolada.yearsTogether"));
		}
		String text = year != null ? year : period;
		if (text == null) {
			return null;
		}
		Period parsed = Period.parse(text.strip());
		boolean wholeYears = parsed != null && parsed.isPlausible() && parsed.start().getMonthValue() == 1
				&& parsed.end().getMonthValue() == 12 && (period != null || parsed.first() == parsed.last());
		if (!wholeYears) {
			throw new IllegalArgumentException(Messages.get("kolada.badYears", text));
		}
		List<Integer> years = new ArrayList<>();
		for (int y = parsed.first(); y <= parsed.last(); y++) {
			years.add(y);
		}
		return years;
	}

	/** Beside the target, then moved into place: never half a file; a new file gets the umask's mode. */
	private static void write(Path target, String text) throws IOException {
		FileModes.writeAtomically(target, text.getBytes(StandardCharsets.UTF_8), true);
	}
}
