package governance.dsl.eclipse.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The update site installed by the p2 director into a bare Equinox (done by the build before this
 * test: pom.xml), then started headless as Eclipse starts: every bundle resolves and the language
 * server inside answers {@code initialize} within 5 seconds.
 */
class InstallationTest {

	private static final Pattern INITIALIZE = Pattern.compile("initialize: answered in (\\d+) ms");
	private final Path equinox = Path.of(System.getProperty("styrmodell.equinox"));

	@Test
	void theFeatureIsInstalledWithWhatItNeedsAndNothingOfTheGenerators() throws IOException {
		List<String> plugins = list(equinox.resolve("plugins"));
		for (String bundle : List.of("governance.dsl", "governance.dsl.ide", "governance.dsl.eclipse")) {
			assertTrue(plugins.stream().anyMatch(p -> p.matches(Pattern.quote(bundle) + "_1\\.0\\.0\\.v\\d{8}-\\d{4}\\.jar")),
					bundle + " in " + plugins);
		}
		for (String needed : List.of("org.eclipse.xtext_", "org.eclipse.xtext.ide_", "org.eclipse.lsp4j_", "com.google.inject_",
				"org.antlr.runtime_3.2.0", "com.google.gson_")) {
			assertTrue(plugins.stream().anyMatch(p -> p.startsWith(needed)), needed + " in " + plugins);
		}
		for (String absent : List.of("governance.dsl.eclipse.lsp4e", "governance.dsl.generator", "org.apache.poi",
				"com.fasterxml.jackson", "gg.jte", "org.apache.commons.compress")) {
			assertFalse(plugins.stream().anyMatch(p -> p.startsWith(absent)), absent + " in " + plugins);
		}
		assertTrue(list(equinox.resolve("features")).stream()
				.anyMatch(f -> f.matches("governance\\.dsl\\.eclipse\\.feature_1\\.0\\.0\\.v\\d{8}-\\d{4}")),
				list(equinox.resolve("features")).toString());
	}

	/**
	 * The 5 seconds are wall time from the server's start to its answer, in a cold JVM. The machine
	 * that builds may be busy with other work (on two cores, a load of 20 took a 2.7 s start to 5 s),
	 * so a start that misses them is tried once more in a new JVM, and the better of the two counts.
	 */
	@Test
	void aHeadlessStartResolvesEveryBundleAndTheServerAnswers(@TempDir Path workspace) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int attempt = 1; attempt <= 2; attempt++) {
			long millis = startHeadless(workspace.resolve("run" + attempt));
			times.add(millis);
			System.out.println("Styrmodell's server in a bare Equinox answered initialize in " + millis + " ms");
			if (millis < 5000) {
				break;
			}
		}
		assertTrue(times.stream().anyMatch(millis -> millis < 5000), "initialize answered in " + times + " ms");
	}

	/** Starts the installation as Eclipse starts, with the smoke application; the milliseconds to initialize. */
	private long startHeadless(Path workspace) throws Exception {
		Files.createDirectories(workspace);
		Path launcher;
		try (Stream<Path> files = Files.list(equinox.resolve("plugins"))) {
			launcher = files.filter(f -> f.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow();
		}
		Path log = workspace.resolve("output.txt");
		Process eclipse = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				launcher.toString(), "-nosplash", "-consoleLog", "-application", "governance.dsl.eclipse.smoke.app", "-data",
				workspace.resolve("data").toString()).directory(equinox.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		// Bounded, so that a hanging start fails the build instead of blocking it.
		boolean ended = eclipse.waitFor(180, TimeUnit.SECONDS);
		if (!ended) {
			eclipse.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertTrue(ended, "no end: " + output);
		assertEquals(0, eclipse.exitValue(), output);
		assertTrue(output.contains("unresolved: none\n"), output);
		Matcher initialize = INITIALIZE.matcher(output);
		assertTrue(initialize.find(), output);
		return Long.parseLong(initialize.group(1));
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
