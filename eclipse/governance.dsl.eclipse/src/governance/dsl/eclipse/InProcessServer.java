package governance.dsl.eclipse;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import governance.dsl.ide.server.StyrmodellLanguageServer;

/**
 * The Styrmodell language server running inside Eclipse's own JVM: the same server as
 * {@code govc lsp}, connected to the editor by two in-memory pipes instead of a process's standard
 * streams, so there is no separate Java to install or configure. Its threads get the 4 MB stack
 * that {@code govc lsp} gets from {@code -Xss4m} (deeply nested plans), and the language bundle's
 * class loader as context loader (Xtext finds its languages through {@link java.util.ServiceLoader}).
 * What the server logs goes to Eclipse's error log.
 */
public final class InProcessServer {

	/** The stack of every server thread: what {@code -Xss4m} gives the stand-alone server. */
	static final long STACK_SIZE = 4L * 1024 * 1024;
	private static final int PIPE_CAPACITY = 1024 * 1024;
	private static final AtomicInteger THREADS = new AtomicInteger();

	private final BytePipe toServer = new BytePipe(PIPE_CAPACITY);
	private final BytePipe fromServer = new BytePipe(PIPE_CAPACITY);
	private volatile Future<Void> listening;
	private volatile Thread starter;

	/**
	 * Starts the server and returns at once; the editor may write its {@code initialize} request
	 * straight away: the server reads it once it is up (a second or two).
	 */
	public synchronized void start() {
		if (starter != null) {
			return;
		}
		ThreadFactory threads = InProcessServer::newThread;
		PrintStream log = new PrintStream(new LogLines(), true, StandardCharsets.UTF_8);
		starter = threads.newThread(() -> {
			try {
				listening = StyrmodellLanguageServer.start(toServer.input(), fromServer.output(), log, threads);
			} catch (RuntimeException | LinkageError e) {
				log(IStatus.ERROR, "Styrmodells språkserver kunde inte starta: " + e, e);
				close();
			}
		});
		starter.start();
	}

	/** What the editor reads: the server's messages. */
	public InputStream getInputStream() {
		return fromServer.input();
	}

	/** What the editor writes: its messages to the server. */
	public OutputStream getOutputStream() {
		return toServer.output();
	}

	/** Ends the server: its input ends, as when an editor closes a process's standard input. */
	public synchronized void stop() {
		close();
		Future<Void> running = listening;
		if (running != null) {
			running.cancel(true);
		}
	}

	private void close() {
		toServer.closeOutput();
		fromServer.closeInput();
	}

	private static Thread newThread(Runnable task) {
		Thread thread = new Thread(null, task, "Styrmodell språkserver " + THREADS.incrementAndGet(), STACK_SIZE);
		thread.setDaemon(true);
		thread.setContextClassLoader(StyrmodellLanguageServer.class.getClassLoader());
		return thread;
	}

	private static void log(int severity, String message, Throwable thrown) {
		ILog.of(InProcessServer.class).log(new Status(severity, InProcessServer.class, message, thrown));
	}

	/** The server's log lines, each one a warning in Eclipse's error log. */
	private static final class LogLines extends OutputStream {
		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		@Override
		public synchronized void write(int b) {
			if (b == '\n') {
				flushLine();
			} else {
				line.write(b);
			}
		}

		@Override
		public synchronized void flush() {
			flushLine();
		}

		private void flushLine() {
			String text = line.toString(StandardCharsets.UTF_8).strip();
			line.reset();
			if (!text.isEmpty()) {
				log(IStatus.WARNING, text, null);
			}
		}
	}
}
