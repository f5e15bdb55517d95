package governance.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.tests.CommandLineTest;
import governance.dsl.tests.CommandLineTest.Run;

/** {@code govc diff} as a reviewer, CI and git call it: folders, exit codes, git revisions, git's external diff. */
public class DiffCommandTest {

	@TempDir
	Path dir;

	private Path write(Path folder, Map<String, String> files) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
		return folder;
	}

	@Test
	void foldersWithoutDifferencesExitZero() throws IOException {
		Path old = write(dir.resolve("gammal"), DiffTest.base());
		Path now = write(dir.resolve("ny"), DiffTest.base());
		Run run = CommandLineTest.govc("diff", "--exit-code", old.toString(), now.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("Jämförelse: " + old + " → " + now + "\nInga skillnader.\n", run.out());
	}

	@Test
	void everyExampleAgainstItselfHasNoDifferences() {
		for (String example : List.of("linkoping", "perstorp", "vanersborg")) {
			Run run = CommandLineTest.govc("diff", "--exit-code", "examples/" + example, "examples/" + example);
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.out().endsWith("\nInga skillnader.\n"), run.out());
		}
	}

	@Test
	void differencesExitOneOnlyWithExitCode() throws IOException {
		Path old = write(dir.resolve("gammal"), DiffTest.base());
		Path now = write(dir.resolve("ny"), DiffTest.edited("bun.styr", "målvärde 2025: 90", "målvärde 2025: 85"));
		Run plain = CommandLineTest.govc("diff", old.toString(), now.toString());
		assertEquals(0, plain.exitCode(), plain.err());
		assertTrue(plain.out().contains("      Målvärde 2025: 90 % → 85 % (sänkt ambition)\n"), plain.out());
		assertEquals(1, CommandLineTest.govc("diff", "--exit-code", old.toString(), now.toString()).exitCode());
		Run json = CommandLineTest.govc("diff", "--format", "json", old.toString(), now.toString());
		assertTrue(json.out().contains("\"ambition\": \"lowered\""), json.out());
	}

	@Test
	void aSideThatDoesNotCheckCleanIsComparedWithAWarningAndOneThatCannotBeReadExitsTwo() throws IOException {
		Path old = write(dir.resolve("gammal"), DiffTest.base());
		Path now = write(dir.resolve("ny"), DiffTest.edited("bun.styr", "leder till kf_m1", "leder till kf_m9"));
		Run broken = CommandLineTest.govc("diff", old.toString(), now.toString());
		assertEquals(0, broken.exitCode(), broken.err());
		assertTrue(broken.out().contains("Varning: 1 fel på sidorna."), broken.out());
		assertTrue(broken.out().contains(now.resolve("bun.styr") + ":8:16: error: Målet 'kf_m9' finns inte."), broken.out());
		assertTrue(broken.out().contains("leder till: kf_m1 → kf_m9"), broken.out());
		Run missing = CommandLineTest.govc("diff", old.toString(), dir.resolve("finns-inte").toString());
		assertEquals(2, missing.exitCode());
		Run format = CommandLineTest.govc("diff", "--format", "html", old.toString(), now.toString());
		assertEquals(2, format.exitCode());
		assertEquals("govc: okänt format 'html': välj text, markdown eller json\n", format.err());
	}

	@Test
	void gitsSevenArgumentsCompareTwoSingleFiles() throws IOException {
		Path old = write(dir.resolve("a"), Map.of("bun.styr", DiffTest.BUN));
		Path now = write(dir.resolve("b"), Map.of("bun.styr", DiffTest.BUN.replace("leder till kf_m1", "leder till kf_m2")));
		String[] args = { "diff", "--git", "plan/bun.styr", old.resolve("bun.styr").toString(), "0123abc", "100644",
				now.resolve("bun.styr").toString(), "4567def", "100644" };
		Run run = CommandLineTest.govc(args);
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("""
				diff --styrmodell a/plan/bun.styr b/plan/bun.styr
				Jämförelse: a/plan/bun.styr → b/plan/bun.styr
				Ändrade: 1.

				bun
				  ~ Mål bun_m1 "Fler elever är behöriga"
				      leder till: kf_m1 → kf_m2
				""", run.out());
		// Git calls the command with the seven arguments alone, also without --git; an added file is /dev/null.
		Run added = CommandLineTest.govc("diff", "plan/bun.styr", "/dev/null", ".", ".", now.resolve("bun.styr").toString(),
				"4567def", "100644");
		assertEquals(0, added.exitCode(), added.err());
		assertTrue(added.out().contains("  + Mål bun_m1 \"Fler elever är behöriga\"\n"), added.out());
	}

	// --- With real git -----------------------------------------------------------------------------------

	private static boolean hasGit() {
		try {
			return new ProcessBuilder("git", "--version").start().waitFor() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	private static String run(Path folder, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
		assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + out);
		return out;
	}

	private static List<String> govcCommand(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "governance.dsl.cli.Govc"));
		command.addAll(List.of(args));
		return command;
	}

	private Path repository() throws IOException, InterruptedException {
		Path repo = write(dir.resolve("repo").resolve("plan"), DiffTest.base()).getParent();
		run(repo, "git", "init", "-q");
		run(repo, "git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "add", ".");
		run(repo, "git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-qm", "Budget");
		write(repo.resolve("plan"), DiffTest.edited("bun.styr", "målvärde 2025: 90", "målvärde 2025: 85"));
		run(repo, "git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-qam", "Sänkt mål");
		return repo;
	}

	@Test
	void revisionsAreReadFromGitWithoutTouchingTheWorkTree() throws Exception {
		Assumptions.assumeTrue(hasGit(), "git finns inte: testet av git-läget hoppas över");
		Path repo = repository();
		// The work tree differs from both commits: the diff of two revisions must not see it.
		Files.writeString(repo.resolve("plan/kf.styr"), DiffTest.KF.replace("Hållbar ekonomi", "Ekonomi i balans"));
		String range = run(repo, govcCommand("diff", "HEAD~1..HEAD", "--", "plan").toArray(String[]::new));
		assertEquals("""
				Jämförelse: HEAD~1 → HEAD
				Ändrade: 1.

				Att granska först
				  Sänkta målvärden (lägre ambition):
				    Målvärde 2025 för Andel behöriga (bun_i1): 90 % → 85 %

				Barn- och ungdomsnämnden (bun)
				  ~ Indikator bun_i1 "Andel behöriga"
				      Målvärde 2025: 90 % → 85 % (sänkt ambition)
				""", range);
		String workTree = run(repo, govcCommand("diff", "HEAD").toArray(String[]::new));
		assertTrue(workTree.startsWith("Jämförelse: HEAD → arbetskatalogen\n"), workTree);
		assertTrue(workTree.contains("      titel: Hållbar ekonomi → Ekonomi i balans\n"), workTree);
		Process unknown = new ProcessBuilder(govcCommand("diff", "finnsinte")).directory(repo.toFile()).start();
		String err = new String(unknown.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(2, unknown.waitFor());
		assertEquals("govc: okänd revision i git: finnsinte\n", err);
	}

	@Test
	void gitDiffUsesTheDiffDriver() throws Exception {
		Assumptions.assumeTrue(hasGit(), "git finns inte: testet av diff-drivern hoppas över");
		Path repo = repository();
		Path govc = dir.resolve("govc-diff");
		Files.writeString(govc, "#!/bin/sh\nexec " + String.join(" ", govcCommand("diff", "--git").stream()
				.map(a -> "'" + a.replace("'", "'\\''") + "'").toList()) + " \"$@\"\n");
		Assumptions.assumeTrue(govc.toFile().setExecutable(true) && File.separatorChar == '/', "needs a POSIX shell");
		Files.writeString(repo.resolve(".gitattributes"), "*.styr diff=styrmodell\n");
		String out = run(repo, "git", "-c", "diff.styrmodell.command=" + govc, "diff", "HEAD~1", "HEAD");
		assertTrue(out.contains("diff --styrmodell a/plan/bun.styr b/plan/bun.styr\n"), out);
		assertTrue(out.contains("      Målvärde 2025: 90 % → 85 % (sänkt ambition)\n"), out);
	}
}
