package governance.dsl.cli;

import java.io.IOException;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

import governance.dsl.Messages;
import governance.dsl.build.FileSystemFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The command-line front end: {@code govc check}, {@code govc format}. */
// The bundle puts picocli's own texts (headings, --help, --version) in Swedish; INHERIT gives every
// subcommand --help and --version, so "govc check --help" helps instead of asking for files.
@Command(name = "govc", mixinStandardHelpOptions = true, version = "govc 1.0", scope = ScopeType.INHERIT,
		resourceBundle = "governance.dsl.cli.govc",
		description = "Styrmodell: kontrollerar och formaterar styrmodeller och planer (.styr).",
		subcommands = { CheckCommand.class, FormatCommand.class, BuildCommand.class, ImportCommand.class, DiffCommand.class,
				KoladaCommand.class, LspCommand.class, HelpCommand.class })
public class Govc implements Runnable {

	public static void main(String[] args) {
		quietLogging();
		System.exit(run(args));
	}

	/**
	 * Xtext logs through log4j; without this a failing internal step would print a stack trace,
	 * or log4j's own warnings. Errors become one readable line on standard error.
	 */
	public static void quietLogging() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.ERROR);
		root.addAppender(new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				Throwable thrown = event.getThrowableInformation() == null ? null
						: event.getThrowableInformation().getThrowable();
				System.err.println(Messages.get("cli.internalError", event.getRenderedMessage())
						+ (thrown == null ? "" : " (" + thrown + ")"));
			}

			@Override
			public void close() {
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}
		});
	}

	/** Runs the command line and returns the exit code (0 clean, 1 errors, 2 usage). */
	public static int run(String... args) {
		CommandLine commandLine = new CommandLine(new Govc());
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			IOException failure = fileSystemFailure(exception);
			if (failure != null) {
				// A full disk or a path that is no folder is the machine's problem, not a bug: say what to do.
				cmd.getErr().println(FileSystemFailure.describe(failure));
				return 1;
			}
			// A bug must still end in one readable line, not a stack trace.
			cmd.getErr().println(Messages.get("cli.internalError", exception));
			return 3;
		});
		commandLine.setParameterExceptionHandler(new SwedishUsageErrors());
		return commandLine.execute(args);
	}

	/** The file system's failure behind an exception (an I/O exception, perhaps wrapped), or null. */
	static IOException fileSystemFailure(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException failure) {
				return failure;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}
}
