package governance.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import governance.dsl.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Mistakes on the command line, in Swedish: picocli builds its error texts in English code, not
 * from the resource bundle, so each kind of mistake is worded here from the exception's data.
 */
final class SwedishUsageErrors implements IParameterExceptionHandler {

	/** The exit code of a usage mistake, as picocli's own handler returns it. */
	static final int USAGE = 2;

	@Override
	public int handleParseException(ParameterException exception, String[] args) {
		CommandLine command = exception.getCommandLine();
		PrintWriter err = command.getErr();
		err.println(command.getCommandSpec().qualifiedName() + ": " + message(exception, command));
		if (isUnknownCommand(exception, command)) {
			err.println(Messages.get("cli.commands", String.join(", ", commandNames(command))));
		}
		err.println(Messages.get("cli.seeHelp", command.getCommandSpec().qualifiedName()));
		err.flush();
		return USAGE;
	}

	private static String message(ParameterException exception, CommandLine command) {
		if (exception instanceof MissingParameterException missing) {
			return Messages.get("cli.missing",
					missing.getMissing().stream().map(SwedishUsageErrors::label).collect(Collectors.joining(", ")));
		}
		if (exception instanceof UnmatchedArgumentException unmatched) {
			List<String> words = unmatched.getUnmatched();
			String word = words.isEmpty() ? "" : words.get(0);
			List<String> suggestions = unmatched.getSuggestions();
			String suggestion = suggestions.isEmpty() ? ""
					: Messages.get("cli.suggestion", String.join(", ", suggestions));
			if (unmatched.isUnknownOption()) {
				return Messages.get("cli.unknownOption", word) + suggestion;
			}
			if (isUnknownCommand(exception, command)) {
				return Messages.get("cli.unknownCommand", word) + suggestion;
			}
			return Messages.get("cli.unmatched", String.join(" ", words));
		}
		if (exception instanceof OverwrittenOptionException overwritten) {
			return Messages.get("cli.optionTwice", label(overwritten.getOverwritten()));
		}
		if (exception instanceof MaxValuesExceededException) {
			return Messages.get("cli.tooMany");
		}
		ArgSpec argument = exception.getArgSpec();
		String value = exception.getValue();
		return argument != null && value != null ? Messages.get("cli.badValue", value, label(argument))
				: Messages.get("cli.badArguments");
	}

	/** A word where a subcommand was expected, on a command that has subcommands. */
	private static boolean isUnknownCommand(ParameterException exception, CommandLine command) {
		return exception instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
				&& !command.getSubcommands().isEmpty() && command.getCommandSpec().positionalParameters().isEmpty();
	}

	private static List<String> commandNames(CommandLine command) {
		return command.getSubcommands().keySet().stream().toList();
	}

	private static String label(ArgSpec argument) {
		if (argument instanceof OptionSpec option) {
			return Messages.get("cli.option", option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : ""));
		}
		return argument.paramLabel();
	}
}
