package governance.dsl.cli;

import governance.dsl.Messages;
import governance.dsl.build.Checker;
import governance.dsl.build.Diagnostic;
import governance.dsl.build.FileModes;
import governance.dsl.build.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;

import governance.dsl.formatting2.CanonicalText;
import governance.dsl.formatting2.LineEndings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "format", description = "Formaterar filerna kanoniskt, på plats. Med --check ändras inget: "
		+ "filer som inte är kanoniska namnges och kommandot avslutas med 1.")
public class FormatCommand implements Callable<Integer> {

	@Option(names = "--check", description = "Ändra inget; namnge filer som inte är formaterade.")
	boolean check;

	@Parameters(arity = "1..*", paramLabel = "<mapp|fil>", description = "Mappar (söks igenom efter .styr-filer) eller filer.")
	List<Path> paths;

	@Override
	public Integer call() throws Exception {
		Workspace workspace = new Workspace(Checker.injector());
		List<Path> files = Workspace.collect(paths, workspace.getProblems());
		workspace.load(files);
		boolean failed = false;
		for (Workspace.Problem problem : workspace.getProblems()) {
			System.out.println(new Diagnostic(problem.file(), problem.line(), problem.column(), Diagnostic.Severity.ERROR,
					problem.message()).format());
			failed = true;
		}
		CanonicalText canonical = Checker.injector().getInstance(CanonicalText.class);
		List<Path> changed = new ArrayList<>();
		for (Path file : workspace.getFiles()) {
			XtextResource resource = workspace.resourceOf(file);
			if (!resource.getErrors().isEmpty()) {
				// A file that does not parse is left exactly as it is: formatting it could lose text.
				var error = resource.getErrors().get(0);
				System.out.println(new Diagnostic(file, error.getLine(), error.getColumn(), Diagnostic.Severity.ERROR,
						Messages.get("cli.formatSyntaxErrors", error.getMessage())).format());
				failed = true;
				continue;
			}
			var dropped = CanonicalText.droppedElement(resource);
			if (dropped != null) {
				// The earlier of two values is not in the model, so the formatter cannot place its text.
				System.out.println(new Diagnostic(file, dropped.getStartLine(), 1, Diagnostic.Severity.ERROR,
						Messages.get("cli.formatDuplicateProperty")).format());
				failed = true;
				continue;
			}
			String original = Files.readString(file, StandardCharsets.UTF_8);
			// One line ending in the whole file, its own (comments kept theirs, the rest became LF).
			String formatted = LineEndings.withEnding(canonical.of(resource), LineEndings.of(original));
			if (!formatted.equals(original)) {
				changed.add(file);
				if (!check) {
					write(file, formatted);
				}
			}
		}
		for (Path file : changed) {
			System.out.println(file + ": " + Messages.get(check ? "cli.notFormatted" : "cli.formatted"));
		}
		return failed || (check && !changed.isEmpty()) ? 1 : 0;
	}

	/** Writes beside the file and moves over it, so an interrupted run never leaves half a plan; the file keeps its mode. */
	private static void write(Path file, String text) throws IOException {
		FileModes.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8), true);
	}
}
