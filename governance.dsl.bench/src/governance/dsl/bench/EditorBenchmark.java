package governance.dsl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The language server as an editor sees it, driven over stdio from this process like the VS Code
 * extension drives it (a port of {@code governance.dsl.vscode/bench/benchmark.js}): start to first
 * diagnostics on the Linköping example, then in a generated plan of about 20,000 lines an edit to
 * its new diagnostics, completion, folding, outline and semantic tokens. Prints figures, never fails
 * for being slow.
 */
final class EditorBenchmark {

	private static final int WARM_UP = 3;
	private static final int ROUNDS = 7;

	/** The figures a caller (the table of {@link Benchmark}) names. */
	record Figures(long firstDiagnostics, long editMedian, long completionMedian) {
	}

	private EditorBenchmark() {
	}

	/** A committee's plan of {@code goals} goals, each leading to a council goal, with two indicators: ~20 lines a goal. */
	static String generatedPlan(int goals) {
		String[] areas = { "samhälle", "medborgare", "ekonomi", "verksamhet" };
		List<String> lines = new ArrayList<>(List.of("kommun linkoping \"Linköpings kommun\"", "",
				"plan stor_plan \"En mycket stor internbudget\" {", "  ägare sbn", "  period 2019-2022", ""));
		for (int i = 1; i <= goals; i++) {
			String area = areas[i % areas.length];
			lines.addAll(List.of("  mål stor_m" + i + " \"Invånarna får bättre service inom område " + i + "\" {",
					"    målområde " + area, "    leder till kf_m" + (i % 4 + 1), "",
					"    indikator stor_m" + i + "_i1 \"Andel nöjda invånare, område " + i + "\" {", "      enhet %",
					"      riktning högre", "      utgångsvärde 2018: 70", "      målvärde 2022: större än 75", "    }", "",
					"    indikator stor_m" + i + "_i2 \"Handläggningstid i dagar, område " + i + "\" {",
					"      enhet \"dagar\"", "      riktning lägre", "      utgångsvärde 2018: 30",
					"      målvärde 2022: mindre än 20", "    }", "  }", ""));
		}
		// An activity at the very end: "bidrar till" there proposes every goal and measure of the plan.
		lines.addAll(List.of("  aktivitet stor_a1 \"Gemensam servicegaranti\" {", "    bidrar till stor_m1", "  }", "}", ""));
		return String.join("\n", lines);
	}

	/** The client side: collects published diagnostics and wakes whoever waits for them. */
	private static final class Client implements LanguageClient {
		private record Waiter(String uri, Predicate<PublishDiagnosticsParams> predicate, CompletableFuture<Long> arrived) {
		}

		private final List<Waiter> waiters = new CopyOnWriteArrayList<>();

		CompletableFuture<Long> next(String uri) {
			CompletableFuture<Long> arrived = new CompletableFuture<>();
			waiters.add(new Waiter(uri, p -> uri == null || p.getUri().equals(uri), arrived));
			return arrived;
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			long now = System.nanoTime();
			for (Waiter waiter : waiters) {
				if (waiter.predicate().test(diagnostics)) {
					waiters.remove(waiter);
					waiter.arrived().complete(now);
				}
			}
		}

		@Override
		public CompletableFuture<Void> registerCapability(RegistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	/** Runs every measurement against the server in {@code jar} and prints one line per figure. */
	static Figures run(Path repository, Path jar) throws Exception {
		Path example = repository.resolve("examples/linkoping");
		Path workspace = Files.createTempDirectory("styrmodell-editor-bench-");
		try (var files = Files.list(example)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".styr")).toList()) {
				Files.copy(file, workspace.resolve(file.getFileName()));
			}
		}
		// As the extension starts it: its default styrmodell.java.options, then any given for a profile.
		JsonNode defaults = new ObjectMapper().readTree(repository.resolve("governance.dsl.vscode/package.json").toFile())
				.at("/contributes/configuration/properties/styrmodell.java.options/default");
		List<String> options = new ArrayList<>();
		defaults.forEach(option -> options.add(option.asText()));
		String extra = System.getenv().getOrDefault("STYRMODELL_JAVA_OPTIONS", "");
		Arrays.stream(extra.split(" ")).filter(o -> !o.isBlank()).forEach(options::add);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(options);
		command.addAll(List.of("-jar", jar.toString()));
		Client client = new Client();
		long spawned = System.nanoTime();
		Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			return drive(client, server, workspace, spawned, options);
		} finally {
			server.destroy();
			if (!server.waitFor(10, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
			deleteTree(workspace);
		}
	}

	private static Figures drive(Client client, Process server, Path workspace, long spawned, List<String> options)
			throws Exception {
		InputStream in = server.getInputStream();
		OutputStream out = server.getOutputStream();
		// Daemon threads: once the server has exited, nothing of the connection keeps this JVM alive.
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "editor-bench-client");
			thread.setDaemon(true);
			return thread;
		});
		Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>().setLocalService(client)
				.setRemoteInterface(LanguageServer.class).setInput(in).setOutput(out).setExecutorService(threads).create();
		launcher.startListening();
		LanguageServer remote = launcher.getRemoteProxy();
		String root = workspace.toUri().toString();

		// 1. Opening the Linköping example.
		CompletableFuture<Long> firstDiagnostics = client.next(null);
		InitializeParams initialize = new InitializeParams();
		initialize.setProcessId((int) ProcessHandle.current().pid());
		initialize.setRootUri(root);
		initialize.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "linkoping")));
		TextDocumentClientCapabilities document = new TextDocumentClientCapabilities();
		document.setFoldingRange(new FoldingRangeCapabilities());
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		document.setDocumentSymbol(symbols);
		SemanticTokensCapabilities tokens = new SemanticTokensCapabilities(
				new SemanticTokensClientCapabilitiesRequests(true), List.of(), List.of(), List.of("relative"));
		document.setSemanticTokens(tokens);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(document);
		initialize.setCapabilities(capabilities);
		long initializeSent = System.nanoTime();
		remote.initialize(initialize).get(120, TimeUnit.SECONDS);
		long initialized = System.nanoTime();
		remote.initialized(new InitializedParams());
		long first = firstDiagnostics.get(120, TimeUnit.SECONDS);
		print("Linköping example, process start -> first diagnostics", ms(first - spawned) + " ms");
		print("Linköping example, initialize -> first diagnostics", ms(first - initializeSent)
				+ " ms (of which the JVM starting and answering initialize: " + ms(initialized - initializeSent) + " ms)");

		// 2. A plan of ~20,000 lines, opened in the editor, edited as a planner types.
		String plan = generatedPlan(1050);
		String[] planLines = plan.split("\n", -1);
		Files.writeString(workspace.resolve("stor.styr"), plan, StandardCharsets.UTF_8);
		String uri = workspace.resolve("stor.styr").toUri().toString();
		CompletableFuture<Long> opened = client.next(uri);
		long openedAt = System.nanoTime();
		remote.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "styrmodell", 1, plan)));
		print("Plan of " + planLines.length + " lines, open -> diagnostics", ms(opened.get(120, TimeUnit.SECONDS) - openedAt)
				+ " ms");
		// As an editor sends them: the changed range only. Alternately a character typed into a title
		// and a reference broken ("kf_m2" -> "kf_m9") or mended.
		int titleLine = indexOf(planLines, text -> text.contains("område 500\""));
		int titleColumn = planLines[titleLine].indexOf("område 500\"") + "område 500".length();
		int referenceLine = indexOf(planLines, text -> text.equals("    leder till kf_m2"));
		List<Long> editTimes = new ArrayList<>();
		long cpuBefore = 0;
		for (int round = 0; round < WARM_UP + ROUNDS; round++) {
			if (round == WARM_UP) {
				cpuBefore = cpu(server);
			}
			TextDocumentContentChangeEvent change = round % 2 == 0
					? new TextDocumentContentChangeEvent(range(titleLine, titleColumn, titleLine, titleColumn), "x")
					: new TextDocumentContentChangeEvent(range(referenceLine, 19, referenceLine, 20), round % 4 == 1 ? "9" : "2");
			CompletableFuture<Long> arrived = client.next(uri);
			long sent = System.nanoTime();
			remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(uri, round + 2), List.of(change)));
			editTimes.add(ms(arrived.get(120, TimeUnit.SECONDS) - sent));
		}
		long editMedian = median(editTimes);
		long editCpu = (cpu(server) - cpuBefore) / ROUNDS;
		print("Plan of " + planLines.length + " lines, edit -> diagnostics", "median " + editMedian + " ms " + rounds(editTimes));
		// A busy machine stretches the wall-clock figures; the server's own CPU time per edit does not
		// (it includes the garbage collector and compiler threads).
		print("Plan of " + planLines.length + " lines, server CPU time per edit", "mean " + editCpu + " ms");

		// 3. Completion of a parent goal in that plan.
		int line = indexOf(planLines, text -> text.equals("    leder till kf_m1"));
		List<Long> completionTimes = new ArrayList<>();
		for (int round = 0; round < WARM_UP + ROUNDS; round++) {
			long sent = System.nanoTime();
			var result = remote.getTextDocumentService()
					.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, 15)))
					.get(120, TimeUnit.SECONDS);
			if ((result.isLeft() ? result.getLeft() : result.getRight().getItems()).isEmpty()) {
				throw new IllegalStateException("no completion");
			}
			completionTimes.add(ms(System.nanoTime() - sent));
		}
		long completionMedian = median(completionTimes);
		print("Plan of " + planLines.length + " lines, completion", "median " + completionMedian + " ms "
				+ rounds(completionTimes));

		// 3b. The longest list: after "bidrar till" at the end of the plan (goals, measures, the activity).
		int linkLine = indexOf(planLines, text -> text.equals("    bidrar till stor_m1"));
		List<Long> longTimes = new ArrayList<>();
		int proposals = 0;
		for (int round = 0; round < WARM_UP + ROUNDS; round++) {
			long sent = System.nanoTime();
			var result = remote.getTextDocumentService()
					.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(linkLine, 16)))
					.get(120, TimeUnit.SECONDS);
			proposals = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).size();
			longTimes.add(ms(System.nanoTime() - sent));
		}
		print("Plan of " + planLines.length + " lines, completion of " + proposals + " proposals",
				"median " + median(longTimes) + " ms");

		// 4. What an editor asks for after each edit besides diagnostics: they share the server's cores.
		TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
		measureRequest(planLines.length, "folding",
				() -> remote.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(id)));
		measureRequest(planLines.length, "outline",
				() -> remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id)));
		measureRequest(planLines.length, "semantic tokens",
				() -> remote.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(id)));

		remote.shutdown().get(30, TimeUnit.SECONDS);
		remote.exit();
		System.out.printf(Locale.ROOT, "(%d cores, load average %.1f; java %s -jar styrmodell-server.jar)%n",
				Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				String.join(" ", options));
		return new Figures(ms(first - spawned), editMedian, completionMedian);
	}

	private interface Request {
		CompletableFuture<?> send();
	}

	private static void measureRequest(int lines, String name, Request request) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int round = 0; round < WARM_UP + ROUNDS; round++) {
			long sent = System.nanoTime();
			request.send().get(120, TimeUnit.SECONDS);
			times.add(ms(System.nanoTime() - sent));
		}
		print("Plan of " + lines + " lines, " + name, "median " + median(times) + " ms");
	}

	/** CPU time of the server process so far, in ms (0 where the platform does not tell). */
	private static long cpu(Process server) {
		return server.toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
	}

	private static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
		return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
	}

	private static int indexOf(String[] lines, Predicate<String> predicate) {
		for (int i = 0; i < lines.length; i++) {
			if (predicate.test(lines[i])) {
				return i;
			}
		}
		throw new IllegalStateException("line not found in the generated plan");
	}

	/** The median of the rounds after the warm-up ones. */
	private static long median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times.subList(WARM_UP, times.size()));
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static String rounds(List<Long> times) {
		return "(" + String.join(", ", times.stream().map(String::valueOf).toList()) + " ms; the first " + WARM_UP
				+ " warm up)";
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private static void print(String what, String figure) {
		System.out.printf(Locale.ROOT, "editor        %-56s %s%n", what + ":", figure);
	}

	private static void deleteTree(Path root) throws IOException {
		try (var walk = Files.walk(root)) {
			for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}
}
