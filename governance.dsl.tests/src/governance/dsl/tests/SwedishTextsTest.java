package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import governance.dsl.cli.Govc;
import governance.dsl.tests.CommandLineTest.Run;
import picocli.CommandLine;

/** Everything the command line and the language say is Swedish: help, usage mistakes, every message. */
public class SwedishTextsTest {

	/**
	 * Words that give English away. "error:" is English too, except in the
	 * {@code path:line:col: error|warning:} form that CI annotators parse.
	 */
	private static final Pattern ENGLISH = Pattern.compile(
			"Usage|Missing|Unmatched|Unknown|expecting|No digits|Show this|Display|Print version|Did you mean"
					+ "|Positional|Options:|Commands:|(?<!\\|)\\berror:|(?<!error\\|)\\bwarning:");

	public static void assertSwedish(String where, String text) {
		String allowed = text.replace("error|warning:", "");
		var matcher = ENGLISH.matcher(allowed);
		assertTrue(!matcher.find(), () -> where + " has English ('" + matcher.group() + "'):\n" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "check", "format", "build", "import", "lsp", "help" })
	void everySubcommandAnswersHelpInSwedish(String command) {
		Run run = govc(command, "--help");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Användning: govc " + command), run.out());
		assertTrue(run.out().contains("-h, --help") && run.out().contains("Visar den här hjälpen och avslutar."),
				run.out());
		assertSwedish(command + " --help", run.out() + run.err());
		Run help = govc("help", command);
		assertEquals(run.out(), help.out(), "govc help " + command + " is govc " + command + " --help");
	}

	@Test
	void theRootHelpListsTheCommandsInSwedish() {
		Run run = govc("--help");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("Användning: govc [-hV] [KOMMANDO]"), run.out());
		assertTrue(run.out().contains("\nKommandon:\n"), run.out());
		assertSwedish("govc --help", run.out());
	}

	@Test
	void aWrongSubcommandAnswersInSwedishWithTheCommands() {
		Run run = govc("chek", "examples");
		assertEquals(2, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("govc: 'chek' är inget kommando. Menade du check"), run.err());
		assertTrue(run.err().endsWith("""

				Kommandona är: check, format, build, import, diff, kolada, lsp, help.
				Skriv 'govc --help' för hjälp.
				""".substring(1)) && run.err().lines().count() == 3, run.err());
		assertSwedish("govc chek", run.err());
	}

	@Test
	void usageMistakesAreSwedish() {
		assertEquals("govc check: <mapp|fil> saknas.\nSkriv 'govc check --help' för hjälp.\n", govc("check").err());
		assertEquals("govc build: flaggan --output <utmapp> saknas.\nSkriv 'govc build --help' för hjälp.\n",
				govc("build", "examples").err());
		assertEquals("govc format: flaggan '--kontroll' finns inte.\nSkriv 'govc format --help' för hjälp.\n",
				govc("format", "--kontroll", "examples").err());
		assertEquals(2, govc("lsp", "extra").exitCode());
		for (String[] args : List.of(new String[] { "lsp", "extra" }, new String[] { "help", "chek" },
				new String[] { "build", "-o" }, new String[] { "import" }, new String[] { "--versionen" })) {
			Run run = govc(args);
			assertTrue(run.exitCode() == 2, String.join(" ", args) + ": " + run.exitCode());
			assertSwedish(String.join(" ", args), run.out() + run.err());
		}
	}

	/** Every usage text picocli renders, for every command, and the picocli bundle itself. */
	@Test
	void everyPicocliTextIsSwedish() {
		List<CommandLine> commands = new ArrayList<>();
		CommandLine root = new CommandLine(new Govc());
		commands.add(root);
		commands.addAll(root.getSubcommands().values());
		for (CommandLine command : commands) {
			StringWriter text = new StringWriter();
			command.usage(new PrintWriter(text));
			assertSwedish(command.getCommandSpec().qualifiedName(), text.toString());
		}
		ResourceBundle bundle = ResourceBundle.getBundle("governance.dsl.cli.govc", Locale.ROOT);
		for (String key : bundle.keySet()) {
			assertSwedish("govc.properties " + key, bundle.getString(key));
		}
	}

	@Test
	void everyMessageIsSwedish() {
		ResourceBundle bundle = ResourceBundle.getBundle("governance.dsl.messages", Locale.ROOT);
		assertTrue(bundle.keySet().size() > 100);
		for (String key : bundle.keySet()) {
			assertSwedish("messages.properties " + key, bundle.getString(key));
		}
	}
}
