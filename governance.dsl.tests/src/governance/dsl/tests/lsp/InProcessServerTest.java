package governance.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

import governance.dsl.ide.server.StyrmodellLanguageServer;

/**
 * The server started inside a host's JVM (the Eclipse plug-in) must leave the host running when the
 * client says exit: Xtext's default ends the JVM, which there is the IDE. Were it to, this test's JVM
 * would end and Surefire would report the fork as crashed.
 */
class InProcessServerTest {

	@Test
	void exitEndsTheConnectionNotTheHost() throws Exception {
		Pipe toServer = Pipe.open();
		Pipe toClient = Pipe.open();
		Future<Void> serving = StyrmodellLanguageServer.start(Channels.newInputStream(toServer.source()),
				Channels.newOutputStream(toClient.sink()), System.err, Thread::new);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new SilentClient(),
				Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		assertNotNull(server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS).getCapabilities());
		server.shutdown().get(60, TimeUnit.SECONDS);
		server.exit();
		Thread.sleep(1000);
		toServer.sink().close();
		serving.get(60, TimeUnit.SECONDS);
	}

	private static final class SilentClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
