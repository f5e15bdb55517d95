package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.formatting2.CanonicalText;

/**
 * Thousands of broken variants of the examples (tokens deleted, duplicated, swapped or replaced,
 * files cut short, random characters inserted) give diagnostics, never an exception: not from the
 * parser, the linker, any check, nor the formatter. Checks whose exceptions Xtext would only log
 * are caught through the log.
 */
class RobustnessTest {

	private static final int MUTANTS_PER_EXAMPLE = 800;
	private static final Pattern TOKEN = Pattern.compile(
			"\"(?:\\\\.|[^\"\\\\])*\"|//[^\\n]*|[\\p{L}_][\\p{L}\\p{N}_]*|\\d+|\\s+|.", Pattern.DOTALL);
	private static final String[] KEYWORDS = { "kommun", "mål", "plan", "{", "}", ":", ",", "leder", "till", "målvärde",
			"utfall", "nivå", "målområde", "indikator", "omvärldsmått", "aktivitet", "bidrar", "uppföljning", "bedöms",
			"mindre", "än", "mellan", "och", "I.U.", "se", "prognos", "2020-13-45", "2022-2019", "-", ".", "%", "\"\"",
			"ks-indikator", "utgångsvärde", "årshjul", "januari", "status", "beslutas", "av", "period", "start", "slut" };

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void brokenVariantsGiveDiagnosticsNotExceptions(String example) throws IOException {
		TestWorkspace workspace = TestWorkspace.example(example);
		EcoreUtil.resolveAll(workspace.resourceSet());
		IResourceValidator validator = TestWorkspace.injector().getInstance(IResourceValidator.class);
		CanonicalText canonical = TestWorkspace.injector().getInstance(CanonicalText.class);
		List<String> names = workspace.names();
		Random random = new Random(example.hashCode());
		LoggedErrors logged = new LoggedErrors();
		Logger.getRootLogger().addAppender(logged);
		try {
			for (int i = 0; i < MUTANTS_PER_EXAMPLE; i++) {
				String name = names.get(random.nextInt(names.size()));
				String original = workspace.text(name);
				String mutant = mutate(original, random);
				XtextResource resource = workspace.resource(name);
				try {
					resource.reparse(mutant);
					EcoreUtil.resolveAll(resource);
					validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
					if (resource.getErrors().isEmpty() && !resource.getContents().isEmpty()) {
						canonical.of(resource);
					}
				} catch (RuntimeException | StackOverflowError e) {
					fail("Mutant " + i + " of " + name + " threw " + e + ":\n" + mutant, e);
				}
				assertEquals(List.of(), logged.messages, "logged errors for mutant " + i + " of " + name + ":\n" + mutant);
				resource.reparse(original);
			}
		} finally {
			Logger.getRootLogger().removeAppender(logged);
		}
	}

	static String mutate(String text, Random random) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		int at = random.nextInt(tokens.size());
		switch (random.nextInt(6)) {
			case 0 -> tokens.remove(at);
			case 1 -> tokens.add(at, tokens.get(at));
			case 2 -> {
				if (at + 1 < tokens.size()) {
					String swap = tokens.get(at);
					tokens.set(at, tokens.get(at + 1));
					tokens.set(at + 1, swap);
				}
			}
			case 3 -> tokens.set(at, KEYWORDS[random.nextInt(KEYWORDS.length)]);
			case 4 -> {
				return text.substring(0, random.nextInt(text.length()));
			}
			default -> {
				StringBuilder noise = new StringBuilder();
				for (int n = 1 + random.nextInt(8); n > 0; n--) {
					noise.append((char) random.nextInt(256));
				}
				tokens.add(at, noise.toString());
			}
		}
		return String.join("", tokens);
	}

	/** Errors that Xtext logs instead of throwing, e.g. from a failing check. */
	private static final class LoggedErrors extends AppenderSkeleton {
		final List<String> messages = new ArrayList<>();

		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				messages.add(event.getRenderedMessage() + (event.getThrowableInformation() == null ? ""
						: " " + event.getThrowableInformation().getThrowable()));
			}
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}

	@Test
	void anIdTooLongForAFileNameIsACheckErrorNotAnInternalErrorOfTheBuild(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws IOException {
		// Before (fuzz/run, mutant 1976 of seed 16): a follow-up point id of 300 characters checked clean, and
		// govc build ended with "internt fel: FileSystemException: …kf-kvartal1000….xlsx: File name too long".
		String id = "kvartal" + "0".repeat(300);
		for (java.nio.file.Path file : TestWorkspace.exampleFiles("perstorp")) {
			java.nio.file.Files.writeString(dir.resolve(file.getFileName()),
					java.nio.file.Files.readString(file).replace("kvartal4", id));
		}
		CommandLineTest.Run build = CommandLineTest.govc("build", dir.toString(), "-o", dir.resolve("ut").toString());
		assertEquals(1, build.exitCode(), build.out() + build.err());
		assertTrue(build.out().contains("error: Id:t är 307 tecken långt; högst 100 går"), build.out());
		assertFalse(build.err().contains("internt fel"), build.err());
	}
}
