package governance.dsl.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import governance.dsl.Messages;
import governance.dsl.build.Checker;
import governance.dsl.build.Diagnostic;
import governance.dsl.build.Workspace;
import governance.dsl.formatting2.CanonicalText;
import governance.dsl.importer.FilledWorkbook.AssessmentEntry;
import governance.dsl.importer.FilledWorkbook.OutcomeEntry;
import governance.dsl.importer.FilledWorkbook.StatusEntry;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Organisation;

/**
 * {@code govc import}: filled-in follow-up workbooks back into one follow-up file in the language.
 * The workbooks must be for the same committee, follow-up point and year; their values are
 * merged (a value given differently in two workbooks is a problem). The text is laid out
 * canonically and checked against the model before anyone writes it: a follow-up the checker
 * would reject is reported, not written.
 */
public class FollowUpImport {

	/**
	 * What the import made: the follow-up's text (null when nothing can be written), the problems that
	 * stopped it (cells as {@code file: Indikatorer!J7: reason}, refusals, diagnostics) and notes that did not.
	 */
	public record Result(String text, List<String> problems, List<String> notes) {
		public boolean ok() {
			return text != null && problems.isEmpty();
		}
	}

	/**
	 * @param workbooks the filled-in workbooks
	 * @param model     the folder with the model's .styr files
	 * @param target    the file the text will be written to, or null for standard output; if it is one of
	 *                  the model's files, it is left out (it is being replaced)
	 * @param committee the committee the import must be for (id), or null to take the workbooks'
	 */
	public Result run(List<Path> workbooks, Path model, Path target, String committee) throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		String modelPlace = model.toString();

		List<Workspace.Problem> collectProblems = new ArrayList<>();
		List<Path> files = new ArrayList<>(Workspace.collect(List.of(model), collectProblems));
		Path replaced = target == null ? null : target.toAbsolutePath().normalize();
		files.removeIf(file -> file.toAbsolutePath().normalize().equals(replaced));
		if (files.isEmpty()) {
			problems.add(Messages.get("import.noModel", modelPlace));
			return new Result(null, problems, notes);
		}
		Checker.Result check = new Checker().check(files);
		if (check.hasErrors()) {
			problems.add(Messages.get("import.modelErrors", modelPlace));
			check.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).limit(10)
					.forEach(d -> problems.add(d.format()));
			return new Result(null, problems, notes);
		}
		List<File> roots = new ArrayList<>();
		for (Resource resource : check.workspace().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof File file) {
				roots.add(file);
			}
		}
		Map<String, GovernanceView> views = GovernanceView.of(roots);

		// Read every workbook, reporting every refusal and every unreadable cell before giving up.
		List<FilledWorkbook> filled = new ArrayList<>();
		String expected = committee;
		for (Path workbook : workbooks) {
			try {
				FilledWorkbook read = WorkbookReader.read(workbook, views, expected, modelPlace);
				if (expected == null) {
					expected = ModelView.qualifiedId(read.committee());
				}
				if (!filled.isEmpty() && !sameFollowUp(filled.get(0), read)) {
					problems.add(Messages.get("import.otherFollowUp", workbook.getFileName(), describe(read),
							filled.get(0).file().getFileName(), describe(filled.get(0))));
					continue;
				}
				filled.add(read);
				read.problems().forEach(p -> problems.add(read.file().getFileName() + ": " + p.format()));
				notes.addAll(read.notes());
			} catch (ImportRefusal refusal) {
				problems.add(refusal.getMessage());
			}
		}
		if (!problems.isEmpty() || filled.isEmpty()) {
			return new Result(null, problems, notes);
		}

		FilledWorkbook first = filled.get(0);
		String text = text(filled, problems);
		if (text == null || !problems.isEmpty()) {
			return new Result(null, problems, notes);
		}
		return validate(text, check, target, model, first, problems, notes);
	}

	private static boolean sameFollowUp(FilledWorkbook a, FilledWorkbook b) {
		return a.view() == b.view() && a.committee() == b.committee() && a.point() == b.point()
				&& Objects.equals(a.year(), b.year());
	}

	private static String describe(FilledWorkbook workbook) {
		return Messages.get("import.followUpDescription", workbook.committee().getName(),
				workbook.point() == null ? "-" : workbook.point().getName(), workbook.year() == null ? "-" : workbook.year());
	}

	/** The merged statements as text; a value given differently in two workbooks is a problem. */
	private String text(List<FilledWorkbook> filled, List<String> problems) {
		FollowUpText writer = new FollowUpText(Checker.injector().getInstance(IValueConverterService.class));
		FilledWorkbook first = filled.get(0);
		Map<EObject, String[]> assessments = new LinkedHashMap<>();
		Map<EObject, String[]> outcomes = new LinkedHashMap<>();
		Map<EObject, String[]> assignments = new LinkedHashMap<>();
		Map<EObject, String[]> activities = new LinkedHashMap<>();
		for (FilledWorkbook workbook : filled) {
			String file = workbook.file().getFileName().toString();
			for (AssessmentEntry entry : workbook.assessments()) {
				merge(assessments, entry.goal(), writer.assessment(entry), file, entry.where(), problems);
			}
			for (OutcomeEntry entry : workbook.outcomes()) {
				merge(outcomes, entry.measure(), writer.outcome(entry, workbook.year()), file, entry.where(), problems);
			}
			for (StatusEntry entry : workbook.assignmentStatuses()) {
				merge(assignments, entry.element(), writer.status("uppdrag", entry), file, entry.where(), problems);
			}
			for (StatusEntry entry : workbook.activityStatuses()) {
				merge(activities, entry.element(), writer.status("aktivitet", entry), file, entry.where(), problems);
			}
		}
		List<String> statements = new ArrayList<>();
		for (Map<EObject, String[]> part : List.of(assessments, outcomes, assignments, activities)) {
			part.values().forEach(v -> statements.add(v[0]));
		}
		GovernanceView view = first.view();
		Organisation committee = first.committee();
		FollowUpPoint point = first.point();
		String id = uniqueId(view, committee.getName() + "_" + (point == null ? Messages.get("import.idWithoutPoint")
				: point.getName()) + (first.year() == null ? "" : "_" + first.year()));
		String title = Messages.get("import.title",
				point == null ? Messages.get("workbook.noPoint") : point.getTitle(),
				first.year() == null ? "" : " " + first.year(), committee.getTitle());
		boolean withTitle = view.files().stream().anyMatch(f -> f.getTitle() != null);
		return writer.file(view, withTitle, id, title, point == null ? null : point.getName(), first.year(),
				committee.getName(), filled.stream().map(f -> f.file().getFileName().toString()).toList(), statements);
	}

	private static void merge(Map<EObject, String[]> statements, EObject element, String statement, String file,
			String where, List<String> problems) {
		String[] earlier = statements.get(element);
		if (earlier == null) {
			statements.put(element, new String[] { statement, file + ": " + where });
		} else if (!earlier[0].equals(statement)) {
			problems.add(Messages.get("import.conflict", file + ": " + where, earlier[1]));
		}
	}

	/** The follow-up's id, with a number added if the municipality already uses it (outside the file replaced). */
	private static String uniqueId(GovernanceView view, String base) {
		Set<String> used = new HashSet<>();
		for (File file : view.files()) {
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil2.eAll(file)) {
				String name = SimpleAttributeResolver.NAME_RESOLVER.apply(object);
				if (name != null && !(object instanceof File)) {
					used.add(name);
				}
			}
		}
		String id = base;
		for (int i = 2; used.contains(id); i++) {
			id = base + "_" + i;
		}
		return id;
	}

	/**
	 * Where a check installed a fixed index of the workspace's files on the resource set, the new file
	 * joins it while it is validated, as if it had been one of them, and leaves it afterwards.
	 */
	private static void indexed(XtextResource resource, boolean add) {
		ResourceDescriptionsData data = ResourceDescriptionsData.ResourceSetAdapter
				.findResourceDescriptionsData(resource.getResourceSet());
		if (data == null) {
			return;
		}
		if (add) {
			IResourceDescription.Manager manager = resource.getResourceServiceProvider().getResourceDescriptionManager();
			data.addDescription(resource.getURI(), manager.getResourceDescription(resource));
		} else {
			data.removeDescription(resource.getURI());
		}
	}

	/** Parses the text among the model's files, lays it out canonically and validates it there. */
	private Result validate(String text, Checker.Result check, Path target, Path model, FilledWorkbook first,
			List<String> problems, List<String> notes) throws IOException {
		Path place = target != null ? target.toAbsolutePath().normalize()
				: model.toAbsolutePath().normalize().resolve(".govc-import" + Workspace.EXTENSION);
		String shown = target != null ? target.toString() : Messages.get("import.standardOutput");
		URI uri = URI.createFileURI(place.toString());
		Resource existing = check.workspace().getResourceSet().getResource(uri, false);
		if (existing != null) {
			existing.unload();
			check.workspace().getResourceSet().getResources().remove(existing);
		}
		XtextResource resource = (XtextResource) check.workspace().getResourceSet().createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		if (!resource.getErrors().isEmpty()) {
			// The writer made text the parser rejects: a bug, but never a file that does not parse.
			resource.getErrors().forEach(e -> problems.add(
					new Diagnostic(Path.of(shown), e.getLine(), e.getColumn(), Diagnostic.Severity.ERROR, e.getMessage()).format()));
			return new Result(null, problems, notes);
		}
		String canonical = Checker.injector().getInstance(CanonicalText.class).of(resource);
		resource.reparse(canonical);
		indexed(resource, true);
		EcoreUtil.resolveAll(check.workspace().getResourceSet());
		List<Issue> issues = Checker.injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			Diagnostic diagnostic = new Diagnostic(Path.of(shown), issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
					issue.getColumn() == null ? 0 : issue.getColumn(),
					issue.getSeverity() == Severity.ERROR ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING,
					issue.getMessage());
			(issue.getSeverity() == Severity.ERROR ? problems : notes).add(diagnostic.format());
		}
		indexed(resource, false);
		resource.unload();
		check.workspace().getResourceSet().getResources().remove(resource);
		if (!problems.isEmpty()) {
			problems.add(0, Messages.get("import.invalid"));
			return new Result(null, problems, notes);
		}
		return new Result(canonical, problems, notes);
	}
}
