package governance.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.ExecutorServiceProvider;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

import governance.dsl.Messages;

/** Starts the language server on a pair of streams, as {@code govc lsp} does on stdin and stdout. */
public final class StyrmodellLanguageServer {

	private StyrmodellLanguageServer() {
	}

	public static Injector createInjector() {
		return createInjector(Modules.EMPTY_MODULE);
	}

	private static Injector createInjector(Module extra) {
		return Guice.createInjector(Modules2.mixin(new ServerModule(), new StyrmodellServerModule(), extra));
	}

	/**
	 * Starts the server inside a host's own JVM (the Eclipse plug-in), on the given streams, and
	 * returns at once: every thread of the server, LSP4J's and Xtext's, comes from {@code threads}
	 * (the host gives them the stack that {@code govc lsp} gets from {@code -Xss4m}). Unlike
	 * {@link #run}, it leaves {@code System.out} and the JVM's logging alone: they are the host's.
	 * The future ends when the client closes the connection or sends {@code exit}.
	 */
	public static Future<Void> start(InputStream in, OutputStream out, PrintStream log, ThreadFactory threads) {
		ExecutorServiceProvider executors = new ExecutorServiceProvider() {
			@Override
			protected ExecutorService createInstance(String key) {
				return Executors.newCachedThreadPool(threads);
			}
		};
		Injector injector = createInjector(new AbstractModule() {
			@Override
			protected void configure() {
				bind(ExecutorServiceProvider.class).toInstance(executors);
				// Xtext's default ends the JVM on the client's exit: inside Eclipse that JVM is the IDE.
				bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
			}
		});
		return listen(injector, in, out, log, Executors.newCachedThreadPool(threads));
	}

	/**
	 * The editors' server on standard in and out ({@code java -Xss4m -jar styrmodell-server.jar}): the
	 * language and its editor services only, without the generators' libraries ({@code govc lsp} is the
	 * same server inside the command line).
	 */
	public static void main(String[] args) throws InterruptedException {
		run(System.in, System.out);
		// LSP4J's and Xtext's worker threads would keep the process alive after exit.
		System.exit(0);
	}

	/** Serves until the client closes the connection or sends {@code exit}. */
	public static void run(InputStream in, OutputStream out) throws InterruptedException {
		// The protocol owns the output stream: anything printed by accident goes to standard error,
		// which editors show in the server's log, instead of corrupting a message.
		PrintStream protocolOut = out instanceof PrintStream print ? print : new PrintStream(out, true);
		PrintStream log = System.err;
		System.setOut(log);
		oneLineLogging(log);
		Future<Void> listening = listen(createInjector(), in, protocolOut, log, null);
		try {
			listening.get();
		} catch (ExecutionException e) {
			log.println(Messages.get("lsp.connectionLost", e.getCause()));
		}
	}

	/** The server of the injector connected to its client on the streams, listening. */
	private static Future<Void> listen(Injector injector, InputStream in, OutputStream out, PrintStream log,
			ExecutorService executor) {
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = launcher(server, in, out, log, executor);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * LSP4J's launcher with the resynchronising reader, and errors answered without Java: a
	 * failed request gets a Swedish message and no stack trace (LSP4J's default puts one in
	 * {@code data}); the exception goes, as one line, to standard error.
	 */
	static Launcher<LanguageClient> launcher(LanguageServerImpl server, InputStream in, OutputStream out, PrintStream log,
			ExecutorService executor) {
		LSPLauncher.Builder<LanguageClient> builder = new LSPLauncher.Builder<LanguageClient>() {
			private MessageJsonHandler jsonHandler;
			private RemoteEndpoint remoteEndpoint;

			@Override
			protected MessageJsonHandler createJsonHandler() {
				jsonHandler = super.createJsonHandler();
				return jsonHandler;
			}

			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler handler) {
				remoteEndpoint = super.createRemoteEndpoint(handler);
				return remoteEndpoint;
			}

			@Override
			protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
					LanguageClient proxy) {
				return super.createMessageProcessor(new ResynchronisingMessageProducer(input, jsonHandler, remoteEndpoint, log),
						consumer, proxy);
			}
		};
		builder.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
				.setExceptionHandler(thrown -> responseError(thrown, log));
		if (executor != null) {
			builder.setExecutorService(executor);
		}
		return builder.create();
	}

	static ResponseError responseError(Throwable thrown, PrintStream log) {
		Throwable cause = thrown;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException
				|| cause instanceof InvocationTargetException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException error) {
			ResponseError response = error.getResponseError();
			return new ResponseError(response.getCode(), response.getMessage(), null);
		}
		log.println(Messages.get("lsp.internalError", cause));
		return new ResponseError(ResponseErrorCode.InternalError, Messages.get("lsp.requestFailed"), null);
	}

	/** LSP4J logs through java.util.logging, with stack traces: one line each on the editor's log instead. */
	private static void oneLineLogging(PrintStream log) {
		Logger root = Logger.getLogger("");
		for (Handler handler : root.getHandlers()) {
			root.removeHandler(handler);
		}
		root.addHandler(new Handler() {
			@Override
			public void publish(LogRecord record) {
				if (isLoggable(record)) {
					log.println("govc lsp: " + record.getMessage()
							+ (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
				}
			}

			@Override
			public void flush() {
				log.flush();
			}

			@Override
			public void close() {
			}
		});
	}
}
