package governance.dsl.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4e.server.StreamConnectionProvider;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server inside OSGi, reached as LSP4E reaches it: the connection provider is created
 * from the plug-in's contribution by the extension registry ({@code createExecutableExtension}),
 * started, and spoken to over its streams by an LSP4J client.
 */
class ConnectionProviderTest {

	/** Bounds every wait, so that a broken server fails the test instead of hanging the build. */
	private static final long WAIT_SECONDS = 120;
	private static final List<String> LINKOPING = List.of("bun.styr", "kf.styr", "kfn.styr", "ks.styr", "modell.styr",
			"uppfoljning-delar-2019.styr");

	@TempDir
	Path workspace;
	private StreamConnectionProvider provider;
	private LanguageServer server;
	private final Diagnostics diagnostics = new Diagnostics();

	@BeforeEach
	void start() throws Exception {
		try (Stream<Path> files = Files.list(Ids.examples().resolve("linkoping"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".styr")).toList()) {
				Files.copy(file, workspace.resolve(file.getFileName()));
			}
		}
		Object created = ContributionsTest.only("org.eclipse.lsp4e.languageServer", "server").createExecutableExtension("class");
		provider = (StreamConnectionProvider) created;
		provider.start();
		assertNull(provider.getErrorStream(), "the server logs to Eclipse's error log");
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(diagnostics, provider.getInputStream(),
				provider.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	@AfterEach
	void stop() throws Exception {
		try {
			server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
			server.exit();
		} finally {
			provider.stop();
		}
	}

	@Test
	void theServerAnswersInitializeAndFindsNoErrorsInTheExample() throws Exception {
		InitializeResult result = initialize();
		assertNotNull(result.getCapabilities().getHoverProvider());
		assertNotNull(result.getCapabilities().getCompletionProvider());
		assertNotNull(result.getCapabilities().getDefinitionProvider());
		Map<String, List<Diagnostic>> published = diagnostics.await(all -> all.keySet().containsAll(LINKOPING));
		for (String file : LINKOPING) {
			assertEquals(List.of(), published.get(file), file);
		}
	}

	@Test
	void aBrokenFileGetsItsSyntaxErrorInSwedish() throws Exception {
		initialize();
		diagnostics.await(all -> all.keySet().containsAll(LINKOPING));
		String text = Files.readString(workspace.resolve("bun.styr"));
		String broken = text.replace("    målområde ekonomi\n", "    målområde ekonomi\n    det här ska bort\n");
		assertTrue(!broken.equals(text), "the example changed: the test's edit no longer applies");
		diagnostics.clear("bun.styr");
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(workspace.resolve("bun.styr").toUri().toString(), "styrmodell", 1, broken)));
		List<Diagnostic> errors = diagnostics.await(all -> all.containsKey("bun.styr")).get("bun.styr");
		assertEquals(1, errors.size(), errors.toString());
		Diagnostic error = errors.get(0);
		assertEquals(DiagnosticSeverity.Error, error.getSeverity());
		assertTrue(error.getMessage().getLeft().startsWith("'det' hör inte hit. Här väntas ett av: nivå, ägare"), error.getMessage().getLeft());
		assertEquals(61, error.getRange().getStart().getLine());
		assertEquals(4, error.getRange().getStart().getCharacter());
		assertEquals("styrmodell.syntax", error.getCode().getLeft());
	}

	private InitializeResult initialize() throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		String root = workspace.toUri().toString();
		params.setRootUri(root);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(root, "linkoping")));
		InitializeResult result = server.initialize(params).get(WAIT_SECONDS, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		return result;
	}

	/** The client side: collects the diagnostics the server publishes, per file name. */
	static final class Diagnostics implements LanguageClient {
		private final Map<String, List<Diagnostic>> byFile = new TreeMap<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
			byFile.put(Path.of(URI.create(params.getUri())).getFileName().toString(), params.getDiagnostics());
			notifyAll();
		}

		synchronized void clear(String file) {
			byFile.remove(file);
		}

		synchronized Map<String, List<Diagnostic>> await(Predicate<Map<String, List<Diagnostic>>> done)
				throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
			while (!done.test(byFile)) {
				long left = end - System.nanoTime();
				if (left <= 0) {
					fail("the server published only " + byFile);
				}
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			return new TreeMap<>(byFile);
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}

}
