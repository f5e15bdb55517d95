package governance.dsl.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import governance.dsl.bench.SyntheticWorkspace.Size;
import governance.dsl.build.Checker;
import governance.dsl.diff.DiffResult;
import governance.dsl.diff.DiffSide;
import governance.dsl.diff.PlanDiff;
import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Generators;
import governance.dsl.generator.xlsx.WorkbookKey;
import governance.dsl.generator.Output;
import governance.dsl.generator.json.JsonGenerator;
import governance.dsl.model.GovernanceView;
import governance.dsl.styrmodell.File;

/**
 * {@code bench/run [small|municipality|region]}: times check (parse, link, validate) and each
 * generator, cold (a new JVM each) and warm (repeated in one JVM), with the peak heap, and the
 * floor: Jackson reading and writing the very JSON our generator emitted. Prints a table and, as
 * its last line, {@code ratio N} = (check + JSON generation) / (Jackson read + write), warm, on
 * the municipality size. A measurement, not a test: it never fails for being slow.
 */
public final class Benchmark {

	private static final ObjectMapper JACKSON = new ObjectMapper();

	public static void main(String[] args) throws Exception {
		if (args.length >= 3 && args[0].equals("--child")) {
			child(Size.valueOf(args[1]), args[2], Path.of(args[3]));
			return;
		}
		List<Size> sizes = new ArrayList<>();
		boolean editor = args.length == 0;
		for (String arg : args) {
			if (arg.equals("all")) {
				sizes.addAll(List.of(Size.values()));
				editor = true;
			} else if (arg.equals("editor")) {
				editor = true;
			} else {
				sizes.add(Size.valueOf(arg.toUpperCase(Locale.ROOT)));
			}
		}
		if (args.length == 0) {
			sizes = List.of(Size.SMALL, Size.MUNICIPALITY);
		}
		Path root = Path.of(System.getProperty("bench.dir", "target/bench"));
		Path modelDefinition = Path.of(System.getProperty("bench.model", "examples/linkoping/modell.styr"));
		String model = Files.readString(modelDefinition, StandardCharsets.UTF_8);
		System.out.printf("%-13s %-16s %10s %10s %12s%n", "size", "phase", "cold ms", "warm ms", "peak heap MB");
		Double ratio = null;
		for (Size size : sizes) {
			ratio = measure(size, root, model, ratio);
		}
		if (editor) {
			Path jar = Path.of(System.getProperty("bench.server", "governance.dsl.ide/target/styrmodell-server.jar"));
			EditorBenchmark.run(Path.of("").toAbsolutePath(), jar);
		}
		if (sizes.isEmpty()) {
			return;
		}
		if (ratio == null) {
			ratio = ratio(prepare(Size.MUNICIPALITY, root, model));
		}
		System.out.printf(Locale.ROOT, "ratio %.1f%n", ratio);
	}

	private static Path prepare(Size size, Path root, String model) throws IOException {
		Path folder = root.resolve(size.name().toLowerCase(Locale.ROOT));
		if (!Files.exists(folder.resolve(".complete"))) {
			long lines = SyntheticWorkspace.write(size, folder, model);
			Files.writeString(folder.resolve(".complete"), Long.toString(lines));
		}
		return folder;
	}

	private static Double measure(Size size, Path root, String model, Double ratio) throws Exception {
		Path folder = prepare(size, root, model);
		String lines = Files.readString(folder.resolve(".complete")).strip();
		System.out.printf("%-13s %s lines%n", size.name().toLowerCase(Locale.ROOT), lines);
		// A shared machine's speed varies from second to second: the best of many runs is the figure that repeats.
		int repetitions = size == Size.REGION ? 2 : 10;
		Map<String, Long> cold = new LinkedHashMap<>();
		for (String phase : phases()) {
			cold.put(phase, coldRun(size, phase, folder));
		}
		// Warm: the whole sequence repeated in this JVM; the last repetitions count.
		Map<String, Long> warm = new LinkedHashMap<>();
		Map<String, Long> heap = new LinkedHashMap<>();
		// The check's own phases, from the fastest warm check.
		Map<String, Long> checkPhases = new LinkedHashMap<>();
		// The first run measures the heap (after a full collection, so that its peak is this phase's
		// own); the timed runs after it do not force collections, as a long-running build would not.
		for (int i = 0; i <= repetitions; i++) {
			boolean heapRun = i == 0;
			Map<String, Long> subPhases = new LinkedHashMap<>();
			runPhases(folder, heapRun, subPhases).forEach((phase, figures) -> {
				if (heapRun) {
					heap.put(phase, figures[1]);
				} else {
					if (phase.equals("check") && figures[0] < warm.getOrDefault("check", Long.MAX_VALUE)) {
						checkPhases.clear();
						checkPhases.putAll(subPhases);
					}
					warm.merge(phase, figures[0], Math::min);
				}
			});
		}
		for (String phase : phases()) {
			System.out.printf(Locale.ROOT, "%-13s %-16s %10d %10d %12d%n", "", phase, cold.get(phase), warm.get(phase),
					heap.get(phase) / (1024 * 1024));
			if (phase.equals("check")) {
				checkPhases.forEach((name, millis) -> System.out.printf(Locale.ROOT, "%-13s %-16s %10s %10d%n", "",
						"  " + name, "", millis));
			}
		}
		// The phase that dominates this size: among the check's own phases and the generators, warm.
		Map<String, Long> all = new LinkedHashMap<>(checkPhases);
		warm.forEach((phase, millis) -> {
			if (!phase.equals("check")) {
				all.put(phase, millis);
			}
		});
		all.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(dominant -> System.out.printf(Locale.ROOT,
				"%-13s %-16s %10s %10s   (%d of %d ms warm)%n", "", "dominant phase", "", dominant.getKey(),
				dominant.getValue(), all.values().stream().mapToLong(Long::longValue).sum()));
		long build = warm.entrySet().stream().filter(e -> !e.getKey().equals("full build")).mapToLong(Map.Entry::getValue)
				.sum();
		System.out.printf(Locale.ROOT, "%-13s %-16s %10s %10d%n", "", "check+all gen", "", build);
		if (size == Size.MUNICIPALITY) {
			String only = System.getProperty("bench.phases");
			if (only == null || Arrays.asList(only.split(",")).contains("diff")) {
				diff(folder);
			}
			return ratio(folder);
		}
		return ratio;
	}

	/** govc diff of the workspace against a copy with 100 målvärden changed, warm, best of several runs. */
	private static void diff(Path folder) throws Exception {
		Path edited = folder.resolveSibling(folder.getFileName() + "-edited");
		if (!Files.exists(edited.resolve(".complete"))) {
			Files.createDirectories(edited);
			int[] edits = { 0 };
			try (var files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".styr")).sorted().toList()) {
					StringBuilder text = new StringBuilder();
					for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
						if (edits[0] < 100 && line.strip().startsWith("målvärde ") && line.matches(".* \\d+$")) {
							line = line.replaceFirst("(\\d+)$", "1$1");
							edits[0]++;
						}
						text.append(line).append('\n');
					}
					Files.writeString(edited.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
				}
			}
			Files.writeString(edited.resolve(".complete"), Integer.toString(edits[0]));
		}
		long best = Long.MAX_VALUE;
		int changes = 0;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			DiffResult result = PlanDiff.workspaces(DiffSide.ofPath(folder), DiffSide.ofPath(edited));
			best = Math.min(best, System.nanoTime() - start);
			changes = result.changes().size();
		}
		System.out.printf(Locale.ROOT, "%-13s %-16s %10s %10d   (%d edits, %d elements changed)%n", "municipality",
				"diff", "", best / 1_000_000, Integer.parseInt(Files.readString(edited.resolve(".complete")).strip()),
				changes);
	}

	/** check and every generator, or those named by -Dbench.phases=check,json (a region's generators take long). */
	private static List<String> phases() {
		List<String> phases = new ArrayList<>(List.of("check"));
		for (ArtefactGenerator generator : generators()) {
			phases.add(generator.folder());
		}
		return phases;
	}

	private static List<ArtefactGenerator> generators() {
		String only = System.getProperty("bench.phases");
		return Generators.all(WorkbookKey.random()).stream()
				.filter(g -> only == null || Arrays.asList(only.split(",")).contains(g.folder())).toList();
	}

	/** Runs check and every generator once; per phase the time in ms and (if asked) the peak heap in bytes. */
	private static Map<String, long[]> runPhases(Path folder, boolean measureHeap, Map<String, Long> checkPhases)
			throws Exception {
		Map<String, long[]> figures = new LinkedHashMap<>();
		Checker.Result[] check = new Checker.Result[1];
		Checker checker = new Checker();
		figures.put("check", timed(() -> check[0] = checker.check(List.of(folder)), measureHeap));
		checkPhases.putAll(checker.phases());
		if (check[0].hasErrors()) {
			throw new IllegalStateException("The synthetic workspace has errors: " + check[0].diagnostics().get(0).format());
		}
		Map<String, GovernanceView> views = GovernanceView.of(files(check[0]));
		Path out = Files.createTempDirectory("bench-out");
		for (ArtefactGenerator generator : generators()) {
			figures.put(generator.folder(), timed(() -> {
				for (GovernanceView view : views.values()) {
					generator.generate(view, new Output(out.resolve(generator.folder()).resolve(view.id())));
				}
				return null;
			}, measureHeap));
		}
		deleteTree(out);
		return figures;
	}

	private static long[] timed(Callable<?> work, boolean measureHeap) throws Exception {
		if (measureHeap) {
			System.gc();
		}
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		work.call();
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		return new long[] { millis, peak };
	}

	/** A new JVM that runs one phase once and prints its time. */
	private static long coldRun(Size size, String phase, Path folder) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
				.filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xss")).toList());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Benchmark.class.getName(), "--child",
				size.name(), phase, folder.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String last = null;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				last = line;
			}
		}
		if (process.waitFor() != 0 || last == null || !last.startsWith("ms ")) {
			throw new IllegalStateException("cold run of " + phase + " failed: " + last);
		}
		return Long.parseLong(last.substring(3).strip());
	}

	private static void child(Size size, String phase, Path folder) throws Exception {
		long start = System.nanoTime();
		Checker.Result check = new Checker().check(List.of(folder));
		long checked = System.nanoTime();
		if (phase.equals("check")) {
			System.out.println("ms " + (checked - start) / 1_000_000);
			return;
		}
		Map<String, GovernanceView> views = GovernanceView.of(files(check));
		Path out = Files.createTempDirectory("bench-out");
		for (ArtefactGenerator generator : generators()) {
			if (generator.folder().equals(phase)) {
				long begin = System.nanoTime();
				for (GovernanceView view : views.values()) {
					generator.generate(view, new Output(out.resolve(view.id())));
				}
				System.out.println("ms " + (System.nanoTime() - begin) / 1_000_000);
			}
		}
		deleteTree(out);
	}

	/** (check + JSON generation) / (Jackson read + write of that JSON), warm, best of several runs. */
	private static double ratio(Path municipality) throws Exception {
		long bestOurs = Long.MAX_VALUE;
		long bestJackson = Long.MAX_VALUE;
		for (int i = 0; i < 10; i++) {
			long start = System.nanoTime();
			Checker.Result check = new Checker().check(List.of(municipality));
			GovernanceView view = GovernanceView.of(files(check)).values().iterator().next();
			byte[] json = new JsonGenerator().generate(view);
			bestOurs = Math.min(bestOurs, System.nanoTime() - start);
			long jacksonStart = System.nanoTime();
			for (int j = 0; j < 10; j++) {
				JsonNode tree = JACKSON.readTree(json);
				JACKSON.writeValueAsBytes(tree);
			}
			bestJackson = Math.min(bestJackson, (System.nanoTime() - jacksonStart) / 10);
		}
		System.out.printf(Locale.ROOT, "%-13s %-16s %10s %10.1f%n", "municipality", "jackson r+w", "",
				bestJackson / 1e6);
		return (double) bestOurs / bestJackson;
	}

	private static List<File> files(Checker.Result check) {
		List<File> files = new ArrayList<>();
		for (Resource resource : check.workspace().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof File file) {
				files.add(file);
			}
		}
		return files;
	}

	private static void deleteTree(Path root) throws IOException {
		try (var walk = Files.walk(root)) {
			for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}
}
