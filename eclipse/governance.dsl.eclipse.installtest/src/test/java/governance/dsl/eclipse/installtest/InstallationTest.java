package governance.dsl.eclipse.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

	@Test
	void aHeadlessStartResolvesEveryBundleAndTheServerAnswers(@TempDir Path workspace) throws Exception {
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
		long millis = Long.parseLong(initialize.group(1));
		System.out.println("Styrmodell's server in a bare Equinox answered initialize in " + millis + " ms");
		assertTrue(millis < 5000, output);
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
