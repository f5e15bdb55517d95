package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.cli.Govc;

/** {@code govc check} and {@code govc format} as a build or an editor calls them. */
public class CommandLineTest {

	@TempDir
	Path dir;

	public record Run(int exitCode, String out, String err) {
	}

	public static synchronized Run govc(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int code = Govc.run(args);
			return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		} finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void theExamplesCheckClean() {
		Run run = govc("check", "examples");
		assertEquals("", run.out());
		assertEquals(0, run.exitCode());
		assertTrue(run.err().contains(": 0 fel, 0 varningar."), run.err());
	}

	@Test
	void aBrokenReferenceIsReportedWithPathLineAndColumn() throws IOException {
		write("org.styr", "kommun test\n\nfullmäktige kf \"Kommunfullmäktige\"\n");
		Path plan = write("plan.styr", "kommun test\n\nplan p \"Plan\" {\n  ägare kff\n}\n");
		Run run = govc("check", dir.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains(plan + ":4:9: error: Organisationen 'kff' finns inte. Menade du kf?\n"), run.out());
		assertTrue(run.err().contains("2 filer kontrollerade: 1 fel"), run.err());
	}

	@Test
	void aMissingLogoIsAnErrorNamingTheFileLineAndWhereItWasLookedFor() throws IOException {
		Path model = write("modell.styr", "kommun test\n\nstyrmodell m \"Modell\" {\n  logotyp \"bilder/logga.svg\"\n}\n");
		Run run = govc("check", dir.toString());
		assertEquals(1, run.exitCode());
		assertEquals(model + ":4:11: error: Logotypen 'bilder/logga.svg' finns inte (sökte efter "
				+ dir.toRealPath().resolve("bilder/logga.svg") + "): lägg filen där, eller rätta sökvägen, som skrivs i "
				+ "förhållande till mappen med styrmodellens fil.\n", run.out());
		Files.createDirectories(dir.resolve("bilder"));
		Files.writeString(dir.resolve("bilder/logga.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		assertEquals("", govc("check", dir.toString()).out(), "found beside the model");
	}

	@Test
	void buildNamesTheEditionsWhenGivenAnUnknownOne() {
		Run run = govc("build", "--utgåva", "intern", "examples/perstorp", "-o", dir.resolve("ut").toString());
		assertEquals(2, run.exitCode());
		assertEquals("govc build: 'intern' är ingen utgåva av handboken: skriv --utgåva publik (för kommunens webbplats, "
				+ "standard) eller --utgåva planering (med id:n, verktygstexter och listor över det som inte är kopplat).\n",
				run.err());
		assertFalse(Files.exists(dir.resolve("ut")));
	}

	@Test
	void aSyntaxErrorIsReportedInSwedishAtItsPosition() throws IOException {
		Path plan = write("plan.styr", "kommun test\n\nplan p \"Plan\" {\n  period 2020\n  mål \"Titel utan id\"\n}\n");
		Run run = govc("check", plan.toString());
		assertEquals(1, run.exitCode());
		assertEquals(plan + ":5:7: error: Här skrivs ett id, inte en titel inom citattecken: \"Titel utan id\".\n", run.out(),
				"a file that does not parse reports its syntax errors only");
		assertFalse(run.out().contains("Exception"), run.out());
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedWithItsPosition() throws IOException {
		Path file = dir.resolve("latin1.styr");
		Files.write(file, "kommun test\nplan p \"Sk\u00f6vde\" {}\n".getBytes(StandardCharsets.ISO_8859_1));
		Run run = govc("check", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals(file + ":2:11: error: filen är inte UTF-8 (byte 22); spara om den som UTF-8\n", run.out());
	}

	@Test
	void anEmptyFileIsReported() throws IOException {
		Path file = write("tom.styr", "\n  \n");
		Run run = govc("check", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals(file + ":1:1: error: filen är tom: den ska börja med 'kommun <id>' följt av modellens innehåll\n",
				run.out());
	}

	@Test
	void binaryGarbageIsReportedNotParsed() throws IOException {
		Path file = dir.resolve("bild.styr");
		byte[] bytes = new byte[4096];
		new Random(7).nextBytes(bytes);
		bytes[0] = 'k';
		bytes[1] = 0;
		Files.write(file, bytes);
		Run run = govc("check", file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().startsWith(file + ":"), run.out());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void textGarbageGivesAScreenOfDiagnosticsNotAFlood() throws IOException {
		StringBuilder garbage = new StringBuilder("kommun test\n");
		Random random = new Random(11);
		for (int i = 0; i < 2000; i++) {
			String alphabet = "{}:,\"%-.x0 ";
			garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
			if (i % 80 == 0) {
				garbage.append('\n');
			}
		}
		Path file = write("skräp.styr", garbage.toString());
		Run run = govc("check", file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().split("\n").length <= 51, run.out());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void moreThanFiftyDiagnosticsInAFileAreCountedNotListed() throws IOException {
		StringBuilder text = new StringBuilder("kommun test\n");
		for (int i = 0; i < 120; i++) {
			text.append("plan p").append(i).append(" \"Plan\" { ägare saknas }\n");
		}
		Path file = write("många.styr", text.toString());
		Run run = govc("check", file.toString());
		String[] lines = run.out().split("\n");
		assertEquals(51, lines.length);
		assertEquals(file + ": info: 71 fel och varningar till i filen visas inte; rätta de första och kör igen",
				lines[50]);
	}

	@Test
	void aFileLargerThanTheLimitIsRefused() throws IOException {
		Path file = write("stor.styr", "kommun test\n" + "// fyllnad\n".repeat(200_000));
		System.setProperty("govc.maxFileMegabytes", "1");
		try {
			Run run = govc("check", file.toString());
			assertEquals(1, run.exitCode());
			assertEquals(file + ":1:1: error: filen är för stor (2 MB, gränsen är 1 MB); dela upp den, till exempel en fil per nämnd\n",
					run.out());
		} finally {
			System.clearProperty("govc.maxFileMegabytes");
		}
	}

	@Test
	void textsOfJavaAndXtextAreSaidInSwedish() throws IOException {
		// Before: 'For input string: "99999999999"', "Invalid escape sequence (valid ones are …)" and
		// "Tecknet '<EOF>' expecting '*' hör inte hemma".
		Path number = write("tal.styr", "kommun test\n\nuppföljning u \"U\" {\n  år 99999999999\n}\n");
		Path escape = write("text.styr", "kommun test\n\nplan p \"P \\q\" {\n}\n");
		Path comment = write("kommentar.styr", "kommun test\n\n/* aldrig stängd\nplan p \"P\" {\n}\n");
		assertEquals(number + ":4:6: error: Talet 99999999999 är för stort: ett heltal här får vara högst 2147483647.\n",
				govc("check", number.toString()).out());
		assertEquals(escape + ":3:8: error: Texten har ett omvänt snedstreck (\\) som inte går att läsa: skriv \\\\ för "
				+ "ett snedstreck, \\\" för ett citattecken och \\n för en ny rad.\n", govc("check", escape.toString()).out());
		assertEquals(comment + ":3:1: error: Kommentaren som börjar med /* avslutas aldrig: skriv */ där den ska sluta.\n",
				govc("check", comment.toString()).out());
	}

	@Test
	void aMissingPathIsReported() {
		Run run = govc("check", dir.resolve("finns-inte").toString());
		assertEquals(1, run.exitCode());
		assertEquals(dir.resolve("finns-inte") + ": error: filen eller mappen finns inte\n", run.out());
	}

	@Test
	void formatCheckNamesFilesThatAreNotCanonicalAndFormatFixesThem() throws IOException {
		Path tidy = write("tidy.styr", "kommun test\n\nfullmäktige kf \"Kommunfullmäktige\"\n");
		Path messy = write("messy.styr", "kommun test   plan p \"Plan\"{ägare kf}");
		Run check = govc("format", "--check", dir.toString());
		assertEquals(1, check.exitCode());
		assertEquals(messy + ": inte formaterad\n", check.out());
		assertEquals("kommun test   plan p \"Plan\"{ägare kf}", Files.readString(messy), "--check changes nothing");

		Run format = govc("format", dir.toString());
		assertEquals(0, format.exitCode());
		assertEquals("kommun test\n\nplan p \"Plan\" {\n  ägare kf\n}\n", Files.readString(messy));
		assertEquals("kommun test\n\nfullmäktige kf \"Kommunfullmäktige\"\n", Files.readString(tidy));
		assertEquals(0, govc("format", "--check", dir.toString()).exitCode());
	}

	@Test
	void aFileWithSyntaxErrorsIsNeverRewritten() throws IOException {
		String broken = "kommun test\nplan p \"Plan\" {\n  ägare\n";
		Path file = write("trasig.styr", broken);
		Run run = govc("format", file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().startsWith(file + ":"), run.out());
		assertEquals(broken, Files.readString(file));
	}

	@Test
	void aFileWithAPropertyWrittenTwiceIsNamedNotCrashedOn() throws IOException {
		// Before: "internt fel" (a NullPointerException in the formatter) on a duplicated "källa".
		String text = "kommun test\n\nbasmått b1 \"Kostnad\" {\n  källa kolada   \"N1\"\n  källa scb \"N2\"\n}\n";
		Path file = write("dubbel.styr", text);
		Run run = govc("format", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals(file + ":4:1: error: formateras inte förrän egenskapen som står två gånger i blocket är borttagen"
				+ " (se govc check)\n", run.out());
		assertEquals(text, Files.readString(file));
	}

	@Test
	void formatLaysOutTheSameWhicheverInjectorRegisteredTheLanguageLast() throws IOException {
		// Before: the workspace took its resources from the global registry, so after another injector
		// (a test's, an editor's) registered ".styr", the formatter met a grammar it did not know and
		// left "{ ägare kf" on one line.
		governance.dsl.build.Checker.injector();
		new governance.dsl.StyrmodellStandaloneSetup().createInjectorAndDoEMFRegistration();
		Path messy = write("messy.styr", "kommun test   plan p \"Plan\"{ägare kf}");
		assertEquals(0, govc("format", messy.toString()).exitCode());
		assertEquals("kommun test\n\nplan p \"Plan\" {\n  ägare kf\n}\n", Files.readString(messy));
	}
}
