package governance.dsl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import governance.dsl.Messages;
import governance.dsl.build.ArtefactBuild;
import governance.dsl.build.Diagnostic;
import governance.dsl.generator.Generators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", description = "Kontrollerar modellen och skriver handbok (handbook/), uppföljningsmallar "
		+ "(spreadsheets/) och JSON (json/) till utmappen. En modell med fel skriver ingenting.")
public class BuildCommand implements Callable<Integer> {

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "<utmapp>", description = "Mappen som artefakterna skrivs till.")
	Path output;

	@Parameters(arity = "1..*", paramLabel = "<mapp|fil>", description = "Mappar (söks igenom efter .styr-filer) eller filer.")
	List<Path> paths;

	@Override
	public Integer call() throws Exception {
		ArtefactBuild.Result result = new ArtefactBuild(Generators.all()).build(paths, output);
		for (Diagnostic diagnostic : result.check().diagnostics()) {
			System.out.println(diagnostic.format());
		}
		if (result.refusal() != null) {
			System.err.println("govc: " + result.refusal());
			return 1;
		}
		if (!result.written()) {
			System.err.println(Messages.get("build.notWritten"));
			return 1;
		}
		System.err.println(Messages.get("build.written", result.check().workspace().getFiles().size(), output));
		return 0;
	}
}
