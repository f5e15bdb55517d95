package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.build.ArtefactBuild;
import governance.dsl.build.FileSystemFailure;
import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Output;
import governance.dsl.model.GovernanceView;
import governance.dsl.tests.CommandLineTest.Run;

/**
 * The file system under attack: pipes and devices named *.styr, line endings of every kind, links
 * as the output, files of the user's in the output, builds killed half-way, a full disk. Each ends
 * in a Swedish message or the right files, never in "internt fel".
 */
class FileSystemAttackTest {

	private static final String PLAN = "kommun test\n\nfullmäktige kf \"Kommunfullmäktige\"\n\nplan p \"Plan\" {\n"
			+ "  ägare kf\n  period 2020\n}\n";

	@TempDir
	Path dir;

	private Path workspace() throws IOException {
		Path workspace = Files.createDirectories(dir.resolve("ws"));
		Files.writeString(workspace.resolve("plan.styr"), PLAN, StandardCharsets.UTF_8);
		return workspace;
	}

	private static void assertNoInternalError(Run run) {
		assertFalse(run.err().contains("internt fel") || run.out().contains("internt fel")
				|| run.err().contains("Exception"), run.out() + run.err());
	}

	// --- Only regular files are read

	@Test
	void aPipeNamedStyrIsSkippedWithAMessageInsteadOfWaitingForever() throws Exception {
		Path workspace = workspace();
		Path pipe = workspace.resolve("pipe.styr");
		assumeTrue(run("mkfifo", pipe.toString()), "mkfifo is missing: the test of a pipe named *.styr is skipped");
		for (Path argument : List.of(workspace, pipe)) {
			Run run = govc("check", argument.toString());
			assertEquals(1, run.exitCode(), run.out() + run.err());
			assertTrue(run.out().contains(pipe + ": error: det här är ingen vanlig fil (utan till exempel en pipe eller en "
					+ "enhet) och lästes inte: lägg planen i en vanlig .styr-fil\n"), run.out());
			assertNoInternalError(run);
		}
	}

	@Test
	void aLinkToADeviceIsNotReadToTheEndOfMemory() throws Exception {
		Path zero = Path.of("/dev/zero");
		assumeTrue(Files.exists(zero), "/dev/zero is missing: the test of a link to a device is skipped");
		Path workspace = workspace();
		Files.createSymbolicLink(workspace.resolve("noll.styr"), zero);
		Run run = govc("check", workspace.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains(workspace.resolve("noll.styr") + ": error: det här är ingen vanlig fil"), run.out());
		assertNoInternalError(run);
	}

	@Test
	void aLinkToARegularFileIsRead() throws IOException {
		Path workspace = workspace();
		Path elsewhere = Files.writeString(dir.resolve("annan.txt"), "kommun test\n\nnämnd bun \"BUN\" under kf\n");
		Files.createSymbolicLink(workspace.resolve("bun.styr"), elsewhere);
		Run run = govc("check", workspace.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
	}

	// --- Line endings

	@Test
	void formatKeepsTheFilesOwnLineEndingOnEveryLine() throws IOException {
		// Before: comment lines kept CRLF (the comment token holds its line end), all others became LF.
		String lf = "kommun test\n\n// Nämnderna\nfullmäktige kf \"Kommunfullmäktige\"\n\nplan p \"Plan\" {\n"
				+ "  // Ägaren\n  ägare kf\n  period 2020 // hela året\n}\n";
		Path workspace = Files.createDirectories(dir.resolve("ws"));
		Path file = workspace.resolve("plan.styr");
		Files.writeString(file, lf.replace("\n", "\r\n").replace("ägare kf", "ägare    kf"), StandardCharsets.UTF_8);
		Run run = govc("format", file.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(lf.replace("\n", "\r\n"), Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(0, govc("format", "--check", file.toString()).exitCode(), "a CRLF file stays formatted");
	}

	@Test
	void loneCarriageReturnsAreLineEnds() throws IOException {
		// Before: "Tecknet '/' expecting '\n'" on the first comment.
		String lf = "kommun test\n\n// Nämnderna\nfullmäktige kf \"Kommunfullmäktige\"\n\nplan p \"Plan\" {\n"
				+ "  ägare kf\n  period 2020\n}\n";
		Path file = Files.createDirectories(dir.resolve("ws")).resolve("plan.styr");
		Files.writeString(file, lf.replace('\n', '\r').replace("period 2020", "period   2020"), StandardCharsets.UTF_8);
		Run check = govc("check", file.toString());
		assertEquals(0, check.exitCode(), check.out() + check.err());
		assertEquals(1, govc("check", Files.writeString(dir.resolve("ws/fel.styr"), "kommun test\r\rplan p \"P\" {\r  ägare xx\r}\r")
				.toString()).exitCode());
		Files.delete(dir.resolve("ws/fel.styr"));
		Run format = govc("format", file.toString());
		assertEquals(0, format.exitCode(), format.out() + format.err());
		assertEquals(lf.replace('\n', '\r'), Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void aSyntaxErrorAfterLoneCarriageReturnsHasItsLine() throws IOException {
		Path file = Files.createDirectories(dir.resolve("ws")).resolve("plan.styr");
		Files.writeString(file, "kommun test\r\r// x\rplan p \"P\" {\r  period 2020 2021 2022 {\r}\r");
		Run run = govc("check", file.toString());
		assertTrue(run.out().startsWith(file + ":5:"), run.out());
	}

	// --- The build's output folder

	@Test
	void aLinkAsTheOutputIsWrittenThroughAndStaysALink() throws IOException {
		// Before: the link was replaced by a real folder and its target left stale.
		Path workspace = workspace();
		Path site = Files.createDirectories(dir.resolve("site"));
		Path link = Files.createSymbolicLink(dir.resolve("ut"), site);
		for (int i = 0; i < 2; i++) {
			Run run = govc("build", workspace.toString(), "-o", link.toString());
			assertEquals(0, run.exitCode(), run.out() + run.err());
		}
		assertTrue(Files.isSymbolicLink(link));
		assertTrue(Files.isRegularFile(site.resolve("handbook/index.html")));
		assertTrue(Files.isRegularFile(site.resolve(ArtefactBuild.MARKER)));
	}

	@Test
	void aDanglingLinkAsTheOutputGetsItsTargetBuilt() throws IOException {
		// Before: "internt fel: FileSystemException … Not a directory".
		Path workspace = workspace();
		Path link = Files.createSymbolicLink(dir.resolve("ut"), dir.resolve("finns-inte-än"));
		Run run = govc("build", workspace.toString(), "-o", link.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(Files.isSymbolicLink(link));
		assertTrue(Files.isRegularFile(dir.resolve("finns-inte-än/handbook/index.html")));
	}

	@Test
	void aBuildRefusesToDeleteFilesItDidNotWriteAndNamesThem() throws IOException {
		// Before: a CNAME and the .git/ of the site published from the folder were silently deleted.
		Path workspace = workspace();
		Path out = dir.resolve("ut");
		assertEquals(0, govc("build", workspace.toString(), "-o", out.toString()).exitCode());
		Files.writeString(out.resolve("CNAME"), "mal.example.se\n");
		Files.createDirectories(out.resolve(".git/objects"));
		Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/main\n");
		Files.writeString(out.resolve("handbook/egen.html"), "<p>egen</p>");

		Run refused = govc("build", workspace.toString(), "-o", out.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("govc: " + out + " innehåller filer som govc build inte skrev och som bygget "
				+ "skulle ta bort: .git/, CNAME, handbook/egen.html. Flytta dem ur utmappen, eller bygg med "
				+ "--ta-bort-okända så tas de bort.\n"), refused.err());
		assertTrue(Files.exists(out.resolve("CNAME")) && Files.exists(out.resolve(".git/HEAD"))
				&& Files.exists(out.resolve("handbook/egen.html")), "nothing was deleted");

		Run allowed = govc("build", workspace.toString(), "-o", out.toString(), "--ta-bort-okända");
		assertEquals(0, allowed.exitCode(), allowed.out() + allowed.err());
		assertFalse(Files.exists(out.resolve("CNAME")));
		assertEquals(0, govc("build", workspace.toString(), "-o", out.toString()).exitCode(),
				"the build's own files are no one else's");
	}

	@Test
	void anOutputFromBeforeTheMarkerListedItsFilesStillProtectsForeignOnes() throws IOException {
		Path workspace = workspace();
		Path out = dir.resolve("ut");
		assertEquals(0, govc("build", workspace.toString(), "-o", out.toString()).exitCode());
		Files.writeString(out.resolve(ArtefactBuild.MARKER), "Den här mappen skrevs av govc build och ersätts av nästa bygge.\n");
		assertEquals(0, govc("build", workspace.toString(), "-o", out.toString()).exitCode());
		Files.writeString(out.resolve(ArtefactBuild.MARKER), "Den här mappen skrevs av govc build och ersätts av nästa bygge.\n");
		Files.writeString(out.resolve("CNAME"), "mal.example.se\n");
		Run refused = govc("build", workspace.toString(), "-o", out.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("skulle ta bort: CNAME."), refused.err());
	}

	@Test
	void theTemporaryFoldersOfAKilledBuildAreRemovedByTheNext() throws Exception {
		// Before: every build killed half-way left a hidden .ut-NNNN folder beside the output for good.
		Path workspace = workspace();
		Path out = dir.resolve("ut");
		Process ended = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true).start();
		ended.getInputStream().readAllBytes();
		ended.waitFor();
		assumeTrue(ProcessHandle.of(ended.pid()).isEmpty(), "the pid of an ended process was reused at once");
		Path killed = owned(dir.resolve(".ut-k1ll3d"), ended.pid() + " -");
		Path killedOld = owned(dir.resolve(".ut-old-0ld"), ended.pid() + " 1");
		Path running = owned(dir.resolve(".ut-runn1ng"), ProcessHandle.current().pid() + " -");
		Path restarted = owned(dir.resolve(".ut-r3used"), ProcessHandle.current().pid() + " 12345");
		Path notOurs = Files.createDirectories(dir.resolve(".ut-ingenagare"));
		Path otherName = owned(dir.resolve(".annan-k1ll3d"), ended.pid() + " -");
		Path link = Files.createSymbolicLink(dir.resolve(".ut-l1nk"), killed);

		Run run = govc("build", workspace.toString(), "-o", out.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(killed), "a killed build's folder is removed");
		assertFalse(Files.exists(killedOld), "a killed build's old output is removed");
		assertFalse(Files.exists(restarted), "a folder whose pid now belongs to a later process is removed");
		assertTrue(Files.exists(running), "a build under way keeps its folder");
		assertTrue(Files.exists(notOurs), "a folder without an owner file is not ours");
		assertTrue(Files.exists(otherName), "a folder of another output's name is left alone");
		assertTrue(Files.isSymbolicLink(link), "a link is never followed nor removed");
		assertTrue(run.err().contains("govc: tog bort " + killed + ", en tillfällig mapp som ett avbrutet bygge "
				+ "lämnade kvar\n"), run.err());
		try (Stream<Path> siblings = Files.list(dir)) {
			assertEquals(List.of(".annan-k1ll3d", ".ut-ingenagare", ".ut-l1nk", ".ut-runn1ng", "ut", "ws"),
					siblings.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	private static Path owned(Path folder, String owner) throws IOException {
		Files.createDirectories(folder.resolve("handbook"));
		Files.writeString(folder.resolve(".styrmodell-build-owner"), owner + "\n");
		return folder;
	}

	// --- A full disk and other failures

	@Test
	void aFullDiskMidBuildLeavesTheOldOutputAndNoTemporaryFolder() throws IOException {
		Path workspace = workspace();
		Path out = dir.resolve("ut");
		assertEquals(0, govc("build", workspace.toString(), "-o", out.toString()).exitCode());
		String before = Files.readString(out.resolve("handbook/index.html"));
		ArtefactGenerator full = new ArtefactGenerator() {
			@Override
			public String folder() {
				return "handbook";
			}

			@Override
			public void generate(GovernanceView view, Output output) throws IOException {
				output.write("index.html", "<p>halv");
				throw new FileSystemException(output.root().resolve("index.html").toString(), null,
						"No space left on device");
			}
		};
		FileSystemException failure = assertThrows(FileSystemException.class,
				() -> new ArtefactBuild(List.of(full)).build(List.of(workspace), out));
		assertEquals(before, Files.readString(out.resolve("handbook/index.html")), "the old output stays whole");
		try (Stream<Path> siblings = Files.list(dir)) {
			assertEquals(List.of("ut", "ws"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
		}
		assertTrue(FileSystemFailure.describe(failure).matches("govc: .*/index\\.html: disken är full \\(eller kvoten "
				+ "slut\\): frigör utrymme eller välj en annan plats och kör igen; inget halvfärdigt lämnades kvar"),
				FileSystemFailure.describe(failure));
	}

	@Test
	void fileSystemFailuresAreSwedish() {
		assertEquals("govc: /ut: det är en mapp, men här väntas en fil: ange en fil",
				FileSystemFailure.describe(new FileSystemException("/ut", null, "Is a directory")));
		assertEquals("govc: /ut: behörighet saknas: välj en plats där du får skriva, eller ändra behörigheterna",
				FileSystemFailure.describe(new java.nio.file.AccessDeniedException("/ut")));
		assertEquals("govc: /ut/a: en del av sökvägen är ingen mapp (kanske en fil, eller en länk som pekar fel): "
				+ "rätta sökvägen", FileSystemFailure.describe(new FileSystemException("/ut/a", null, "Not a directory")));
		assertEquals("govc: filsystemet gav ett fel: ett läs- eller skrivfel på disken: kontrollera disken och kör igen",
				FileSystemFailure.describe(new IOException("Input/output error")));
	}

	@Test
	void anOutputThatIsAFileIsRefusedInSwedish() throws IOException {
		Path workspace = workspace();
		Path file = Files.writeString(dir.resolve("ut"), "en fil");
		Run run = govc("build", workspace.toString(), "-o", file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains(" finns och är ingen mapp: välj en annan utmapp"), run.err());
		Run below = govc("build", workspace.toString(), "-o", file.resolve("under").toString());
		assertEquals(1, below.exitCode(), below.out() + below.err());
		assertNoInternalError(below);
		assertTrue(below.err().contains("govc: " + file + ": filen finns redan"), below.err());
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static boolean run(String... command) {
		try {
			return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}
}
