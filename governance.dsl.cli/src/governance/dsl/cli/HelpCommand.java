package governance.dsl.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import governance.dsl.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/** {@code govc help [kommando]}: picocli's own help command has English texts that no bundle reaches. */
@Command(name = "help", helpCommand = true, description = "Visar hjälpen för govc eller för ett av kommandona.")
public class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

	@Parameters(arity = "0..1", paramLabel = "<kommando>", description = "Kommandot som hjälpen ska visas för.")
	String command;

	private CommandLine self;
	private ColorScheme colours;
	private PrintWriter out;
	private PrintWriter err;

	@Override
	public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
		self = helpCommandLine;
		colours = colorScheme;
		out = outWriter;
		err = errWriter;
	}

	@Override
	public Integer call() {
		CommandLine parent = self.getParent();
		if (command == null) {
			parent.usage(out, colours);
			return 0;
		}
		CommandLine subcommand = parent.getSubcommands().get(command);
		if (subcommand == null) {
			err.println(parent.getCommandName() + ": " + Messages.get("cli.unknownCommand", command));
			err.println(Messages.get("cli.commands", String.join(", ", parent.getSubcommands().keySet())));
			err.flush();
			return SwedishUsageErrors.USAGE;
		}
		subcommand.usage(out, colours);
		return 0;
	}
}
