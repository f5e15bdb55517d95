package governance.dsl.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import governance.dsl.Messages;
import governance.dsl.diff.DiffFailure;
import governance.dsl.diff.DiffResult;
import governance.dsl.diff.DiffSide;
import governance.dsl.diff.GitSides;
import governance.dsl.diff.JsonReport;
import governance.dsl.diff.MarkdownReport;
import governance.dsl.diff.PlanDiff;
import governance.dsl.diff.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", description = {
		"Jämför två versioner av styrmodellen element för element (efter id, inte rad för rad): tillagda, "
				+ "borttagna, ändrade, flyttade och omdöpta element, och överst det som en granskare ska se först: "
				+ "nya och borttagna mål, sänkta och höjda målvärden, ändrade bedömningar och indikatorer utan målvärde.",
		"Varje sida är en mapp eller fil, eller en revision i git: govc diff HEAD~1 (mot arbetskatalogen), "
				+ "govc diff main..förslag, govc diff v1 -- examples/linkoping. Revisioner läses direkt ur git, "
				+ "arbetskatalogen rörs inte.",
		"Avslutas med 0, med --exit-code 1 om det finns skillnader, och 2 om en sida inte kan läsas." })
public class DiffCommand implements Callable<Integer> {

	@Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
			description = "text (standard), markdown (för en kommentar på en merge request) eller json.")
	String format;

	@Option(names = "--exit-code", description = "Avsluta med 1 när det finns skillnader, som git diff.")
	boolean exitCode;

	@Option(names = "--git", description = "Anropad av git som extern diff (diff.styrmodell.command): sju argument, "
			+ "sökväg gammal-fil gammal-hash gammalt-läge ny-fil ny-hash nytt-läge.")
	boolean git;

	@Parameters(arity = "0..*", paramLabel = "<version>", description = "Två mappar eller filer, en revision "
			+ "(mot arbetskatalogen), rev..rev, eller två revisioner; efter -- sökvägarna som jämförs.")
	List<String> arguments = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (!List.of("text", "markdown", "json").contains(format)) {
			System.err.println("govc: " + Messages.get("diff.usage.format", format));
			return 2;
		}
		if (git || isGitExternalDiff(arguments)) {
			return gitExternalDiff();
		}
		DiffResult result;
		try {
			result = diff();
		} catch (DiffFailure failure) {
			failure.details().forEach(System.err::println);
			System.err.println("govc: " + failure.getMessage());
			return 2;
		}
		print(result);
		return exitCode && !result.isEmpty() ? 1 : 0;
	}

	private DiffResult diff() throws DiffFailure {
		List<String> paths = pathsAfterDoubleDash();
		List<String> versions = arguments.subList(0, arguments.size() - paths.size());
		if (versions.size() == 1 && versions.get(0).contains("..") && !Files.exists(Path.of(versions.get(0)))) {
			String[] range = versions.get(0).split("\\.\\.", 2);
			versions = List.of(range[0].isEmpty() ? "HEAD" : range[0], range[1].isEmpty() ? "HEAD" : range[1]);
		}
		if (versions.isEmpty() || versions.size() > 2) {
			throw new DiffFailure(Messages.get("diff.usage"));
		}
		GitSides repository = null;
		List<DiffSide> sides = new ArrayList<>();
		for (String version : versions) {
			if (Files.exists(Path.of(version)) && paths.isEmpty()) {
				sides.add(DiffSide.ofPath(Path.of(version)));
				continue;
			}
			if (repository == null) {
				try {
					repository = GitSides.at(Path.of("").toAbsolutePath());
				} catch (DiffFailure notInGit) {
					// Outside git a version can only be a folder or a file: say that it is missing.
					throw looksLikePath(version) ? new DiffFailure(Messages.get("diff.notFound", version)) : notInGit;
				}
			}
			sides.add(repository.revision(version, repository.repositoryPaths(paths.stream().map(Path::of).toList())));
		}
		if (sides.size() == 1) {
			// One revision: against the work tree, as git diff does.
			sides.add(repository.workTree(repository.repositoryPaths(paths.stream().map(Path::of).toList())));
		}
		return PlanDiff.workspaces(sides.get(0), sides.get(1));
	}

	private static boolean looksLikePath(String version) {
		return version.contains("/") || version.contains("\\") || version.endsWith(".styr");
	}

	/** The arguments after "--": picocli hands them over as parameters, so the original line tells. */
	private List<String> pathsAfterDoubleDash() {
		List<String> original = spec.commandLine().getParseResult().originalArgs();
		int diff = original.indexOf("diff");
		int dash = original.subList(Math.max(diff, 0), original.size()).indexOf("--");
		if (dash < 0) {
			return List.of();
		}
		int count = original.size() - (Math.max(diff, 0) + dash) - 1;
		return arguments.subList(Math.max(0, arguments.size() - count), arguments.size());
	}

	/** Git's external diff: path old-file old-hex old-mode new-file new-hex new-mode. */
	private static boolean isGitExternalDiff(List<String> arguments) {
		return arguments.size() == 7 && arguments.get(3).matches("[0-7]{6}|\\.") && arguments.get(6).matches("[0-7]{6}|\\.");
	}

	/**
	 * One file, two versions, compared by id. Git stops the whole {@code git diff} or {@code git log -p}
	 * when the command fails, so a version that cannot be read is said in the output and exits 0.
	 */
	private int gitExternalDiff() throws Exception {
		if (arguments.size() != 7) {
			System.err.println("govc: " + Messages.get("diff.usage"));
			return 2;
		}
		String path = arguments.get(0);
		DiffResult result;
		try {
			DiffSide before = single(path, arguments.get(1), "a/" + path);
			DiffSide after = single(path, arguments.get(4), "b/" + path);
			result = PlanDiff.files(before, after);
		} catch (DiffFailure failure) {
			PrintStream out = out();
			out.println("diff --styrmodell a/" + path + " b/" + path);
			failure.details().forEach(out::println);
			out.println(Messages.get("diff.gitNotCompared", path, failure.getMessage()));
			out.flush();
			return 0;
		}
		PrintStream out = out();
		out.println("diff --styrmodell a/" + path + " b/" + path);
		out.print(render(result, false));
		out.flush();
		return 0;
	}

	private static DiffSide single(String path, String file, String label) throws DiffFailure {
		if (file.equals("/dev/null") || !Files.exists(Path.of(file))) {
			return DiffSide.of(label, Map.of());
		}
		try {
			String text = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
			return DiffSide.of(label, Map.of(path, text.startsWith("\uFEFF") ? text.substring(1) : text));
		} catch (java.io.IOException e) {
			throw new DiffFailure(Messages.get("diff.unreadable", file, e.getMessage()));
		}
	}

	private void print(DiffResult result) {
		PrintStream out = out();
		out.print(render(result, colour()));
		out.flush();
	}

	private String render(DiffResult result, boolean colour) {
		return switch (format) {
		case "markdown" -> MarkdownReport.render(result);
		case "json" -> JsonReport.render(result);
		default -> TextReport.render(result, colour);
		};
	}

	/** UTF-8 whatever the platform's default: å, ä, ö and → must survive a pipe. */
	private static PrintStream out() {
		return new PrintStream(System.out, false, StandardCharsets.UTF_8);
	}

	/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
	private static boolean colour() {
		String noColour = System.getenv("NO_COLOR");
		return System.console() != null && (noColour == null || noColour.isEmpty());
	}
}
