package governance.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Starts the language server on a pair of streams, as {@code govc lsp} does on stdin and stdout. */
public final class StyrmodellLanguageServer {

	private StyrmodellLanguageServer() {
	}

	public static Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new ServerModule(), new StyrmodellServerModule()));
	}

	/** Serves until the client closes the connection or sends {@code exit}. */
	public static void run(InputStream in, OutputStream out) throws InterruptedException {
		// The protocol owns the output stream: anything printed by accident goes to standard error,
		// which editors show in the server's log, instead of corrupting a message.
		PrintStream protocolOut = out instanceof PrintStream print ? print : new PrintStream(out, true);
		System.setOut(System.err);
		LanguageServerImpl server = createInjector().getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, protocolOut);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		try {
			listening.get();
		} catch (ExecutionException e) {
			System.err.println("govc lsp: anslutningen bröts: " + e.getCause());
		}
	}
}
