package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.build.ArtefactBuild;
import governance.dsl.tests.CommandLineTest;

/** {@code govc build}: all or nothing, never over a folder it did not write, the same bytes every time. */
class BuildTest {

	@TempDir
	Path dir;

	@Test
	void buildsTheExampleIntoJsonAndMarksTheFolder() {
		Path out = dir.resolve("ut");
		CommandLineTest.Run run = CommandLineTest.govc("build", "examples/linkoping", "-o", out.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(Files.isRegularFile(out.resolve("json/linkoping.json")));
		assertTrue(Files.isRegularFile(out.resolve(ArtefactBuild.MARKER)));
	}

	@Test
	void aModelWithErrorsWritesNothing() throws IOException {
		Path model = dir.resolve("modell");
		Files.createDirectories(model);
		Files.writeString(model.resolve("plan.styr"), "kommun test\nplan p \"Plan\" { ägare saknas }\n");
		Path out = dir.resolve("ut");
		CommandLineTest.Run run = CommandLineTest.govc("build", model.toString(), "-o", out.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains("plan.styr:2:23: error: Organisationen 'saknas' finns inte."), run.out());
		assertTrue(run.err().contains("Inget skrevs"), run.err());
		assertFalse(Files.exists(out));
		assertEquals(List.of("modell"), names(dir), "no temporary folder is left behind");
	}

	@Test
	void aFolderThatIsNotAnEarlierOutputIsNeverReplaced() throws IOException {
		Path out = dir.resolve("viktigt");
		Files.createDirectories(out);
		Files.writeString(out.resolve("anteckningar.txt"), "mina anteckningar");
		CommandLineTest.Run run = CommandLineTest.govc("build", "examples/perstorp", "-o", out.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("är inte utdata från govc build"), run.err());
		assertEquals(List.of("anteckningar.txt"), names(out));
		assertEquals(List.of("viktigt"), names(dir));
	}

	@Test
	void aSecondBuildReplacesTheFirstWithIdenticalBytes() throws IOException {
		Path out = dir.resolve("ut");
		assertEquals(0, CommandLineTest.govc("build", "examples/vanersborg", "-o", out.toString()).exitCode());
		TreeMap<String, String> first = snapshot(out);
		assertEquals(0, CommandLineTest.govc("build", "examples/vanersborg", "-o", out.toString()).exitCode());
		assertEquals(first, snapshot(out), "the same files with the same bytes");
		// A file the build did not write is not deleted silently: the build names it, and deletes it only when told.
		Files.writeString(out.resolve("json/gammal.json"), "{}");
		CommandLineTest.Run refused = CommandLineTest.govc("build", "examples/vanersborg", "-o", out.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("skulle ta bort: json/gammal.json."), refused.err());
		assertEquals(0, CommandLineTest.govc("build", "examples/vanersborg", "-o", out.toString(), "--ta-bort-okända")
				.exitCode());
		assertEquals(first, snapshot(out), "the same files with the same bytes; the stale file gone");
		assertEquals(List.of("ut"), names(dir));
	}

	static TreeMap<String, String> snapshot(Path root) throws IOException {
		TreeMap<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString(),
						java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
								.digest(Files.readAllBytes(file))));
			}
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			List<String> names = new ArrayList<>(list.map(p -> p.getFileName().toString()).sorted().toList());
			return names;
		}
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
