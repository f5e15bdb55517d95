package governance.dsl.cli;

import governance.dsl.Messages;
import governance.dsl.build.Checker;
import governance.dsl.build.Diagnostic;
import governance.dsl.build.Workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Kontrollerar filerna och skriver varje fel och varning som "
		+ "sökväg:rad:kolumn: error|warning: meddelande. Avslutas med 1 om något fel finns.")
public class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "<mapp|fil>", description = "Mappar (söks igenom efter .styr-filer) eller filer.")
	List<Path> paths;

	@Override
	public Integer call() throws Exception {
		Checker.Result result = new Checker().check(paths);
		for (Diagnostic diagnostic : result.diagnostics()) {
			System.out.println(diagnostic.format());
		}
		long errors = result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
		long warnings = result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
		System.err.println(Messages.get("cli.checked", result.workspace().getFiles().size(), errors, warnings));
		return result.hasErrors() ? 1 : 0;
	}
}
