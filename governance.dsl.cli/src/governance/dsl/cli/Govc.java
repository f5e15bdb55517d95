package governance.dsl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line front end: {@code govc check}, {@code govc format}. */
@Command(name = "govc", mixinStandardHelpOptions = true, version = "govc 1.0",
		description = "Styrmodell: kontrollerar och formaterar styrmodeller och planer (.styr).",
		subcommands = { CheckCommand.class, FormatCommand.class, CommandLine.HelpCommand.class })
public class Govc implements Runnable {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the command line and returns the exit code (0 clean, 1 errors, 2 usage). */
	public static int run(String... args) {
		CommandLine commandLine = new CommandLine(new Govc());
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			// A bug must still end in one readable line, not a stack trace.
			cmd.getErr().println("govc: internt fel: " + exception);
			return 3;
		});
		return commandLine.execute(args);
	}

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}
}
