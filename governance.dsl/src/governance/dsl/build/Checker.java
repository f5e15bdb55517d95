package governance.dsl.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import governance.dsl.Messages;
import governance.dsl.StyrmodellStandaloneSetup;

/** Loads a set of files as one workspace and validates it: what {@code govc check} prints. */
public class Checker {

	/** Beyond this many syntax errors in one file, the rest are counted, not listed: garbage gives one screen. */
	static final int MAX_ISSUES_PER_FILE = 50;

	private static Injector injector;

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new StyrmodellStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The result of a check: the loaded workspace and its diagnostics in a stable order. */
	public record Result(Workspace workspace, List<Diagnostic> diagnostics) {
		public boolean hasErrors() {
			return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
		}
	}

	/** Milliseconds per phase of the last check (parse, index, link, validate): what bench/run reports. */
	private final Map<String, Long> phases = new LinkedHashMap<>();

	public Map<String, Long> phases() {
		return Collections.unmodifiableMap(phases);
	}

	public Result check(List<Path> arguments) throws java.io.IOException {
		phases.clear();
		long start = System.nanoTime();
		Workspace workspace = new Workspace(injector());
		List<Path> paths = Workspace.collect(arguments, workspace.getProblems());
		workspace.load(paths);
		start = phase("parse", start);
		indexOnce(workspace);
		start = phase("index", start);
		// Every file linked before any is validated (in the files' order, as the validator would link
		// each): the validator then finds nothing left to resolve.
		for (Path path : workspace.getFiles()) {
			EcoreUtil2.resolveLazyCrossReferences(workspace.resourceOf(path), CancelIndicator.NullImpl);
		}
		start = phase("link", start);
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Workspace.Problem problem : workspace.getProblems()) {
			diagnostics.add(new Diagnostic(problem.file(), problem.line(), problem.column(), Diagnostic.Severity.ERROR,
					problem.message()));
		}
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		for (Path path : workspace.getFiles()) {
			XtextResource resource = workspace.resourceOf(path);
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			// Rules checked on a half-parsed file only add noise: syntax comes first.
			boolean syntaxErrors = issues.stream().anyMatch(issue -> issue.isSyntaxError());
			List<Diagnostic> fileDiagnostics = new ArrayList<>();
			for (Issue issue : issues) {
				if (syntaxErrors && !issue.isSyntaxError()) {
					continue;
				}
				fileDiagnostics.add(new Diagnostic(path, valueOr(issue.getLineNumber(), 1), valueOr(issue.getColumn(), 1),
						severity(issue), issue.getMessage()));
			}
			fileDiagnostics.sort(Diagnostic.ORDER);
			if (fileDiagnostics.size() > MAX_ISSUES_PER_FILE) {
				int rest = fileDiagnostics.size() - MAX_ISSUES_PER_FILE;
				fileDiagnostics = new ArrayList<>(fileDiagnostics.subList(0, MAX_ISSUES_PER_FILE));
				fileDiagnostics.add(new Diagnostic(path, 0, 0, Diagnostic.Severity.INFO,
						Messages.get("checker.omitted", rest)));
			}
			diagnostics.addAll(fileDiagnostics);
		}
		// Files in order; within a file the order above (by position, the omission note last) stays.
		diagnostics.sort(Diagnostic.BY_FILE);
		phase("validate", start);
		return new Result(workspace, diagnostics);
	}

	/**
	 * A batch check sees a fixed set of files: describe each once and install the index on the
	 * resource set, so that every lookup by name is a map access instead of a walk over all files.
	 */
	private static void indexOnce(Workspace workspace) {
		IResourceServiceProvider.Registry registry = injector().getInstance(IResourceServiceProvider.Registry.class);
		// Each file is described on its own (the index is read from the text, before linking, and
		// touches no other file), so on every core; the order of the list stays the files' order.
		List<IResourceDescription> described = Parallel.map(List.copyOf(workspace.getResourceSet().getResources()),
				resource -> {
					IResourceServiceProvider provider = registry.getResourceServiceProvider(resource.getURI());
					if (provider == null) {
						return null;
					}
					IResourceDescription description = provider.getResourceDescriptionManager()
							.getResourceDescription(resource);
					description.getExportedObjects().iterator().hasNext();
					return description;
				});
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (IResourceDescription description : described) {
			if (description != null) {
				descriptions.add(description);
			}
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(workspace.getResourceSet(),
				new ResourceDescriptionsData(descriptions));
	}

	private long phase(String name, long start) {
		long now = System.nanoTime();
		phases.put(name, (now - start) / 1_000_000);
		return now;
	}

	private static int valueOr(Integer value, int fallback) {
		return value == null ? fallback : value;
	}

	private static Diagnostic.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> Diagnostic.Severity.ERROR;
			case WARNING -> Diagnostic.Severity.WARNING;
			default -> Diagnostic.Severity.INFO;
		};
	}
}
