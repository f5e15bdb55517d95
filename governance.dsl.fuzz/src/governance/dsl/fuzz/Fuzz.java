package governance.dsl.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import governance.dsl.cli.Govc;

/**
 * fuzz/run [N] [seed]: mutates the example workspaces (lines deleted, duplicated and swapped,
 * hostile strings, random bytes, deep nesting, huge numbers) and runs govc check, format and build
 * on each mutant in this JVM. Counts internal errors (exit code 3, "internt fel" or a stack trace
 * in the output), hangs (a command over the time limit) and format losses (format changes the
 * text beyond its layout, or formatting the formatted text changes it again). The same N and seed
 * give the same mutants. Failing mutants are kept under target/fuzz/failures for reproduction.
 * Exit code 1 when any internal error or hang was found.
 */
public final class Fuzz {

	private static final String[] HOSTILE = { "\"; DROP TABLE mål; --", "=1+1", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0",
			"@SUM(1)", "<script>alert(1)</script>", "</html>", "&amp;&#0;", "\u0000", "\uFFFF", "\uFEFF", "\u202E", "\uD800",
			"😀", "\t", "\r", "\r\n", "\\", "\\u0000", "\"", "'", "//", "/*", "*/", "{", "}", "{{{{", "}}}}", ":", ",", "*", "–",
			"mål", "kommun", "indikator x \"t\" {", "leder till", "målvärde 2022: ", "utfall 2020: ", "fotnot * \"x\"",
			"99999999999999999999999999999999999999", "1e309", "-1e308", "NaN", "Infinity", "0x1F", "12.000", "12 000",
			"2019-13", "2019-K5", "0000-00-00", "9999-99-99", "${jndi:ldap://x}", "%s%n%d", "../../../../etc/passwd",
			"CON", "a".repeat(300), "ä".repeat(70_000) };

	private final Path examples;
	private final Path work;
	private final long timeoutMillis;
	private final Map<String, Integer> counts = new TreeMap<>();
	private final List<String> failures = new ArrayList<>();
	private ExecutorService runner = newRunner();

	private Fuzz(Path examples, Path work, long timeoutMillis) {
		this.examples = examples;
		this.work = work;
		this.timeoutMillis = timeoutMillis;
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 16;
		Path examples = Path.of(System.getProperty("fuzz.examples", "examples"));
		Path work = Path.of(System.getProperty("fuzz.dir", "target/fuzz"));
		long timeout = Long.getLong("fuzz.timeout", 60_000);
		Govc.quietLogging();
		deleteTree(work);
		Files.createDirectories(work);
		Fuzz fuzz = new Fuzz(examples, work, timeout);
		int code = fuzz.run(n, seed);
		System.exit(code);
	}

	private int run(int n, long seed) throws IOException {
		List<Path> workspaces;
		try (Stream<Path> dirs = Files.list(examples)) {
			workspaces = dirs.filter(Files::isDirectory).filter(Fuzz::hasStyr).sorted().toList();
		}
		PrintStream out = System.out;
		PrintStream err = System.err;
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			Random random = new Random(seed * 1_000_003L + i);
			Path source = workspaces.get(random.nextInt(workspaces.size()));
			List<Path> files = styrFiles(source);
			Path target = files.get(random.nextInt(files.size()));
			String original = Files.readString(target, StandardCharsets.UTF_8);
			List<String> applied = new ArrayList<>();
			byte[] mutant = mutate(original, random, 1 + random.nextInt(3), applied);
			Path dir = work.resolve("mutant");
			deleteTree(dir);
			Files.createDirectories(dir);
			// Every file, not only the .styr ones: the model names files beside it (the logo).
			try (Stream<Path> all = Files.list(source)) {
				for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
					Files.copy(file, dir.resolve(file.getFileName()));
				}
			}
			Path mutated = dir.resolve(target.getFileName());
			Files.write(mutated, mutant);
			String label = "mutant " + i + " (" + source.getFileName() + "/" + target.getFileName() + ": "
					+ String.join(", ", applied) + ")";
			try {
				fuzzOne(dir, mutated, label, i);
			} finally {
				System.setOut(out);
				System.setErr(err);
			}
			count("mutants");
			if ((i + 1) % 500 == 0) {
				out.printf("%d mutanter, %d s: %d interna fel, %d häng, %d formatförluster%n", i + 1,
						(System.nanoTime() - start) / 1_000_000_000L, counts.getOrDefault("internal errors", 0),
						counts.getOrDefault("hangs", 0), counts.getOrDefault("format losses", 0));
			}
		}
		out.println();
		out.printf("seed %d, %d mutanter, %d s%n", seed, n, (System.nanoTime() - start) / 1_000_000_000L);
		for (var entry : counts.entrySet()) {
			if (List.of("internal errors", "hangs", "format losses").contains(entry.getKey())) {
				continue;
			}
			out.printf("%-28s %d%n", entry.getKey(), entry.getValue());
		}
		out.printf("%-28s %d%n", "internal errors", counts.getOrDefault("internal errors", 0));
		out.printf("%-28s %d%n", "hangs", counts.getOrDefault("hangs", 0));
		out.printf("%-28s %d%n", "format losses", counts.getOrDefault("format losses", 0));
		for (String failure : failures.subList(0, Math.min(failures.size(), 40))) {
			out.println(failure);
		}
		runner.shutdownNow();
		return counts.getOrDefault("internal errors", 0) + counts.getOrDefault("hangs", 0) > 0 ? 1 : 0;
	}

	private void fuzzOne(Path dir, Path mutated, String label, int index) throws IOException {
		Result check = govc(label, index, dir, "check", dir.toString());
		if (check == null) {
			return;
		}
		count(check.code == 0 ? "check clean" : check.code == 1 ? "check with errors" : "check exit " + check.code);
		String before = Files.readString(mutated, StandardCharsets.ISO_8859_1);
		Result format = govc(label, index, dir, "format", mutated.toString());
		if (format == null) {
			return;
		}
		String after = Files.readString(mutated, StandardCharsets.ISO_8859_1);
		if (!after.equals(before)) {
			count("formatted");
			String beforeText = new String(before.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
			String afterText = new String(after.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
			if (!tokens(beforeText).equals(tokens(afterText))) {
				fail("format losses", label, index, dir, "format ändrade mer än layouten\n" + firstDifference(tokens(beforeText), tokens(afterText)));
				return;
			}
			Result again = govc(label, index, dir, "format", mutated.toString());
			if (again == null) {
				return;
			}
			if (!Files.readString(mutated, StandardCharsets.ISO_8859_1).equals(after)) {
				fail("format losses", label, index, dir, "format av formaterad text ändrade den igen");
				return;
			}
		}
		if (check.code == 0) {
			Path output = work.resolve("out");
			deleteTree(output);
			Result build = govc(label, index, dir, "build", dir.toString(), "-o", output.toString());
			if (build != null) {
				count(build.code == 0 ? "build written" : "build exit " + build.code);
			}
			deleteTree(output);
		}
	}

	private record Result(int code, String output) {
	}

	/** Runs one command in this JVM within the time limit; null when it failed (counted). */
	private Result govc(String label, int index, Path dir, String... args) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		Callable<Integer> call = () -> Govc.run(args);
		Future<Integer> future = runner.submit(call);
		int code;
		try {
			code = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			// The hung thread cannot be stopped; a fresh runner keeps the next mutants apart from it.
			runner.shutdownNow();
			runner = newRunner();
			fail("hangs", label, index, dir, "govc " + args[0] + " svarade inte inom " + timeoutMillis + " ms");
			return null;
		} catch (ExecutionException e) {
			fail("internal errors", label, index, dir, "govc " + args[0] + ": " + e.getCause());
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		String output = buffer.toString(StandardCharsets.UTF_8);
		if (code == 3 || output.contains("internt fel") || output.contains("\tat ") || output.contains("Exception")) {
			fail("internal errors", label, index, dir, "govc " + args[0] + " (exit " + code + "): " + firstLines(output));
			return null;
		}
		return new Result(code, output);
	}

	private static ExecutorService newRunner() {
		return Executors.newSingleThreadExecutor(task -> {
			// Deep nesting needs the stack govc runs with (-Xss4m).
			Thread thread = new Thread(null, task, "fuzz", 64L * 1024 * 1024);
			thread.setDaemon(true);
			return thread;
		});
	}

	private void fail(String kind, String label, int index, Path dir, String detail) {
		count(kind);
		failures.add(kind + ": " + label + ": " + detail);
		Path keep = work.resolve("failures").resolve(String.valueOf(index));
		try {
			Files.createDirectories(keep);
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, keep.resolve(file.getFileName()));
				}
			}
		} catch (IOException e) {
			// the report still names the mutant; it can be made again from its number and seed
		}
	}

	private void count(String key) {
		counts.merge(key, 1, Integer::sum);
	}

	// --- mutations

	private static byte[] mutate(String text, Random random, int times, List<String> applied) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		byte[] bytes = null;
		for (int t = 0; t < times; t++) {
			int kind = random.nextInt(11);
			if (bytes != null && kind < 9) {
				kind = 9 + random.nextInt(2);
			}
			int at = random.nextInt(lines.size());
			switch (kind) {
			case 0 -> {
				lines.remove(at);
				if (lines.isEmpty()) {
					lines.add("");
				}
				applied.add("rad " + (at + 1) + " borttagen");
			}
			case 1 -> {
				lines.add(at, lines.get(at));
				applied.add("rad " + (at + 1) + " dubblerad");
			}
			case 2 -> {
				int other = random.nextInt(lines.size());
				String line = lines.get(at);
				lines.set(at, lines.get(other));
				lines.set(other, line);
				applied.add("rad " + (at + 1) + " och " + (other + 1) + " bytta");
			}
			case 3, 4 -> {
				String line = lines.get(at);
				int column = random.nextInt(line.length() + 1);
				String hostile = HOSTILE[random.nextInt(HOSTILE.length)];
				lines.set(at, line.substring(0, column) + hostile + line.substring(column));
				applied.add("rad " + (at + 1) + " fick " + describe(hostile));
			}
			case 5 -> {
				String line = lines.get(at);
				String number = random.nextBoolean() ? "9".repeat(20 + random.nextInt(400))
						: (random.nextBoolean() ? "-" : "") + "1" + "0".repeat(300 + random.nextInt(20));
				lines.set(at, line.replaceFirst("\\d+", number));
				applied.add("rad " + (at + 1) + " fick ett tal med " + number.length() + " tecken");
			}
			case 6 -> {
				String line = lines.get(at);
				int quote = line.indexOf('"');
				int end = quote < 0 ? -1 : line.indexOf('"', quote + 1);
				String text2 = "Lång text ".repeat(2_000 + random.nextInt(4_000));
				lines.set(at, end < 0 ? line + " \"" + text2 + "\"" : line.substring(0, quote + 1) + text2 + line.substring(end));
				applied.add("rad " + (at + 1) + " fick en text på " + text2.length() + " tecken");
			}
			case 7 -> {
				int depth = 100 + random.nextInt(20_000);
				String open = random.nextBoolean() ? "{" : "mål x \"t\" {";
				lines.add(at, open.repeat(depth) + "}".repeat(random.nextInt(depth + 1)));
				applied.add("nästling " + depth + " på rad " + (at + 1));
			}
			case 8 -> {
				String line = lines.get(at);
				String[] words = line.trim().split("\\s+");
				if (words.length > 1) {
					int a = random.nextInt(words.length);
					int b = random.nextInt(words.length);
					String tmp = words[a];
					words[a] = words[b];
					words[b] = tmp;
					lines.set(at, String.join(" ", words));
				}
				applied.add("ord bytta på rad " + (at + 1));
			}
			default -> {
				if (bytes == null) {
					bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
				}
				int count = 1 + random.nextInt(8);
				for (int k = 0; k < count && bytes.length > 0; k++) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
				applied.add(count + " slumpade byte");
			}
			}
		}
		return bytes != null ? bytes : String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static String describe(String hostile) {
		String shown = hostile.length() > 30 ? hostile.substring(0, 10) + "…(" + hostile.length() + " tecken)" : hostile;
		StringBuilder out = new StringBuilder("'");
		shown.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || c >= 0xD800 && c < 0xE000 || c == 0x202E || c == 0xFEFF
				|| c == 0xFFFF ? String.format("\\u%04X", c) : Character.toString(c)));
		return out.append("'").toString();
	}

	// --- the text beyond its layout

	/**
	 * The file's tokens as the formatter must keep them: strings whole, comments whole (their
	 * own trailing blanks aside), everything else without whitespace and line breaks.
	 */
	static List<String> tokens(String written) {
		// Line ends are layout, in a text as anywhere: format writes the file's own kind (the first
		// in the file) on every line, so a CR or CRLF that a mutation put into a string becomes it.
		String text = written.replace("\r\n", "\n").replace('\r', '\n');
		List<String> tokens = new ArrayList<>();
		StringBuilder plain = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"') {
				int end = i + 1;
				while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
					end += text.charAt(end) == '\\' ? 2 : 1;
				}
				end = Math.min(end + 1, text.length());
				flush(plain, tokens);
				tokens.add(text.substring(i, end));
				i = end;
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				int end = text.indexOf('\n', i);
				end = end < 0 ? text.length() : end;
				flush(plain, tokens);
				// The formatter puts one space after "//": the comment's words are what must stay.
				tokens.add("//" + text.substring(i + 2, end).strip());
				i = end;
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				end = end < 0 ? text.length() : end + 2;
				flush(plain, tokens);
				tokens.add(text.substring(i, end).replace("\r\n", "\n").lines().map(String::strip).toList().toString());
				i = end;
			} else if (Character.isWhitespace(c)) {
				flush(plain, tokens);
				i++;
			} else if ("*{}:,".indexOf(c) >= 0) {
				// Punctuation is a token of its own: format writes "I.U.*" for "I.U. *", the same tokens.
				flush(plain, tokens);
				tokens.add(String.valueOf(c));
				i++;
			} else {
				plain.append(c);
				i++;
			}
		}
		flush(plain, tokens);
		return tokens;
	}

	private static void flush(StringBuilder plain, List<String> tokens) {
		if (plain.length() > 0) {
			tokens.add(plain.toString());
			plain.setLength(0);
		}
	}

	private static String firstDifference(List<String> before, List<String> after) {
		int i = 0;
		while (i < before.size() && i < after.size() && before.get(i).equals(after.get(i))) {
			i++;
		}
		return "  före: " + shorten(before.subList(Math.max(0, i - 2), Math.min(before.size(), i + 3)))
				+ "\n  efter: " + shorten(after.subList(Math.max(0, i - 2), Math.min(after.size(), i + 3)));
	}

	private static String shorten(List<String> tokens) {
		String text = String.join(" ", tokens);
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	private static String firstLines(String output) {
		return output.lines().filter(line -> line.contains("internt fel") || line.contains("Exception") || line.contains("\tat "))
				.limit(3).map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line).reduce((a, b) -> a + " | " + b)
				.orElse(output.lines().limit(2).reduce((a, b) -> a + " | " + b).orElse(""));
	}

	// --- files

	private static boolean hasStyr(Path dir) {
		return !styrFiles(dir).isEmpty();
	}

	private static List<Path> styrFiles(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(file -> file.toString().endsWith(".styr")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
