package governance.dsl.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
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
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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
import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookKey;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.Organisation;

/**
 * {@code govc import}: filled-in follow-up workbooks back into one follow-up file in the language.
 * The workbooks must be for the same committee, follow-up point and year; their values are
 * merged (a value given differently in two workbooks is a problem). Where the model already has
 * the follow-up for that point, year and committee, the import updates it ({@link FollowUpUpdate})
 * instead of writing a second one. The text is laid out canonically and checked against the model
 * before anyone writes it: a follow-up the checker would reject is reported, not written.
 */
public class FollowUpImport {

	/** What the import does with a file: writes a new follow-up, updates an existing one, or leaves it as it is. */
	public enum Change {
		NEW, UPDATED, UNCHANGED
	}

	/**
	 * What the import made: the follow-up's text (null when nothing can be written), the problems that
	 * stopped it (cells as {@code file: Indikatorer!J7: reason}, refusals, diagnostics) and notes that did
	 * not; the file the text is for (the existing follow-up's file when it updates one, else the target,
	 * null for standard output), what changes, and how many statements it adds and replaces.
	 */
	public record Result(String text, List<String> problems, List<String> notes, Path file, Change change, int added,
			int replaced) {

		Result(String text, List<String> problems, List<String> notes) {
			this(text, problems, notes, null, Change.NEW, 0, 0);
		}

		public boolean ok() {
			return text != null && problems.isEmpty();
		}
	}

	private WorkbookKey key;
	private boolean unverified;

	/** The key the workbooks' fingerprints are verified with; without one, the model folder's key file. */
	public FollowUpImport key(WorkbookKey key) {
		this.key = key;
		return this;
	}

	/** Reads workbooks without verifying their fingerprints (--overifierad): the rows are still checked. */
	public FollowUpImport unverified(boolean unverified) {
		this.unverified = unverified;
		return this;
	}

	public Result run(List<Path> workbooks, Path model, Path target, String committee) throws IOException {
		return run(workbooks, model, target, committee, false);
	}

	/**
	 * @param workbooks the filled-in workbooks
	 * @param model     the folder with the model's .styr files
	 * @param target    the file the text will be written to, or null for standard output (or for the
	 *                  existing follow-up's file); if it is one of the model's files and holds no follow-up
	 *                  for the same point, year and committee, it is left out (it is being replaced)
	 * @param committee the committee the import must be for (id), or null to take the workbooks'
	 * @param force     whether values that differ from those already in the follow-up may be overwritten
	 */
	public Result run(List<Path> workbooks, Path model, Path target, String committee, boolean force)
			throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		String modelPlace = model.toString();

		List<Workspace.Problem> collectProblems = new ArrayList<>();
		List<Path> files = new ArrayList<>(Workspace.collect(List.of(model), collectProblems));
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
		WorkbookKey verifyWith = key;
		if (verifyWith == null && !unverified) {
			try {
				verifyWith = WorkbookKey.forImport(null, null, model);
			} catch (WorkbookKey.KeyProblem problem) {
				problems.add(problem.getMessage());
				return new Result(null, problems, notes);
			}
			if (verifyWith == null) {
				problems.add(Messages.get("import.noKey", model.resolve(WorkbookKey.FILE)));
				return new Result(null, problems, notes);
			}
		}

		// Read every workbook, reporting every refusal and every unreadable cell before giving up.
		List<FilledWorkbook> filled = new ArrayList<>();
		String expected = committee;
		for (Path workbook : workbooks) {
			try {
				FilledWorkbook read = WorkbookReader.read(workbook, views, expected, modelPlace, unverified ? null : verifyWith);
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
		FollowUpText writer = new FollowUpText(Checker.injector().getInstance(IValueConverterService.class));
		Statements statements = statements(filled, writer, problems);
		if (!problems.isEmpty()) {
			return new Result(null, problems, notes);
		}
		List<FollowUp> reopened = reopened(first);
		if (!reopened.isEmpty()) {
			FollowUp existing = reopened.get(reopened.size() - 1);
			Path file = fileOf(existing);
			if (target != null && !target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
				problems.add(Messages.get("import.update.otherFile", describe(first), file, file));
				return new Result(null, problems, notes);
			}
			FollowUpUpdate.Plan plan = new FollowUpUpdate(writer, first, statements).plan(existing, file,
					reopened.subList(0, reopened.size() - 1), force, problems, notes);
			if (plan == null || !problems.isEmpty()) {
				return new Result(null, problems, notes);
			}
			if (plan.text() == null) {
				String unchanged = NodeModelUtils.getNode(existing).getRootNode().getText();
				return new Result(unchanged, problems, notes, file, Change.UNCHANGED, 0, 0);
			}
			Result result = validate(plan.text(), check, file, model, false, problems, notes);
			return new Result(result.text(), result.problems(), result.notes(), file, Change.UPDATED, plan.added(),
					plan.replaced());
		}
		String text = text(first, filled, writer, statements, target, problems);
		if (text == null || !problems.isEmpty()) {
			return new Result(null, problems, notes);
		}
		Result result = validate(text, check, target, model, true, problems, notes);
		return new Result(result.text(), result.problems(), result.notes(), target, Change.NEW, statements.size(), 0);
	}

	/**
	 * The follow-ups the workbooks reopen, as {@link FollowUpForm#followUpsFor} finds them; the last
	 * one is the one this import updates: at the workbooks' point and year, the committee's own, else
	 * one without owner (a municipality-wide report); for a point without a month of its own, of the
	 * workbooks' month. Empty when there is none, and the import writes a new follow-up.
	 */
	private static List<FollowUp> reopened(FilledWorkbook workbook) {
		if (workbook.year() == null) {
			return List.of();
		}
		YearMonth month = null;
		if (!FollowUpForm.hasOwnMonth(workbook.point())) {
			if (workbook.period() == null || workbook.period().kind() != Period.Kind.MONTH) {
				return List.of();
			}
			month = workbook.period().start();
		}
		return FollowUpForm.followUpsFor(workbook.view(), workbook.committee(), workbook.point(), workbook.year(), month);
	}

	static Path fileOf(EObject object) {
		URI uri = object.eResource().getURI();
		return uri.isFile() ? Path.of(uri.toFileString()) : Path.of(uri.toString());
	}

	private static boolean sameFollowUp(FilledWorkbook a, FilledWorkbook b) {
		return a.view() == b.view() && a.committee() == b.committee() && a.point() == b.point()
				&& Objects.equals(a.year(), b.year());
	}

	private static String describe(FilledWorkbook workbook) {
		return Messages.get("import.followUpDescription", workbook.committee().getName(),
				workbook.point() == null ? "-" : workbook.point().getName(), workbook.year() == null ? "-" : workbook.year());
	}

	/** The statements of the workbooks, merged by element, each with the cell it came from. */
	static final class Statements {
		final Map<EObject, String[]> assessments = new LinkedHashMap<>();
		final Map<EObject, String[]> outcomes = new LinkedHashMap<>();
		/** Jämförelsevärden, by {@link ComparisonEntry.Key}: a measure may have one per group. */
		final Map<Object, String[]> comparisons = new LinkedHashMap<>();
		final Map<EObject, String[]> assignments = new LinkedHashMap<>();
		final Map<EObject, String[]> activities = new LinkedHashMap<>();
		/** The entries behind them, to compare with what a follow-up already says. */
		final Map<Object, Object> entries = new LinkedHashMap<>();

		/** The five kinds in the order a follow-up lists them. */
		List<Map<?, String[]>> parts() {
			return List.of(assessments, outcomes, comparisons, assignments, activities);
		}

		List<String> lines() {
			List<String> lines = new ArrayList<>();
			parts().forEach(part -> part.values().forEach(v -> lines.add(v[0])));
			return lines;
		}

		int size() {
			return entries.size();
		}
	}

	/** The merged statements; a value given differently in two workbooks is a problem. */
	private Statements statements(List<FilledWorkbook> filled, FollowUpText writer, List<String> problems) {
		Statements statements = new Statements();
		for (FilledWorkbook workbook : filled) {
			String file = workbook.file().getFileName().toString();
			for (AssessmentEntry entry : workbook.assessments()) {
				merge(statements.assessments, entry.goal(), writer.assessment(entry), file, entry.where(), problems);
				statements.entries.putIfAbsent(entry.goal(), entry);
			}
			for (OutcomeEntry entry : workbook.outcomes()) {
				merge(statements.outcomes, entry.measure(), writer.outcome(entry, workbook.period()), file, entry.where(),
						problems);
				statements.entries.putIfAbsent(entry.measure(), entry);
			}
			for (StatusEntry entry : workbook.assignmentStatuses()) {
				merge(statements.assignments, entry.element(), writer.status("uppdrag", entry), file, entry.where(),
						problems);
				statements.entries.putIfAbsent(entry.element(), entry);
			}
			for (StatusEntry entry : workbook.activityStatuses()) {
				merge(statements.activities, entry.element(), writer.status("aktivitet", entry), file, entry.where(),
						problems);
				statements.entries.putIfAbsent(entry.element(), entry);
			}
		}
		return statements;
	}

	/** A new follow-up file with the statements. */
	private String text(FilledWorkbook first, List<FilledWorkbook> filled, FollowUpText writer, Statements statements,
			Path target, List<String> problems) {
		GovernanceView view = first.view();
		Organisation committee = first.committee();
		FollowUpPoint point = first.point();
		// A point without a month of its own (a monthly report): the follow-up says which month it is.
		boolean monthly = !FollowUpForm.hasOwnMonth(point) && first.period() != null
				&& first.period().kind() == Period.Kind.MONTH;
		String when = first.year() == null ? "" : "_" + first.year()
				+ (monthly ? String.format(java.util.Locale.ROOT, "_%02d", first.period().start().getMonthValue()) : "");
		String id = uniqueId(view, committee.getName() + "_" + (point == null ? Messages.get("import.idWithoutPoint")
				: point.getName()) + when, target);
		String title = Messages.get("import.title",
				point == null ? Messages.get("workbook.noPoint") : point.getTitle(),
				first.period() == null ? "" : " " + first.period().label(), committee.getTitle());
		boolean withTitle = view.files().stream().anyMatch(f -> f.getTitle() != null);
		Month month = monthly ? Month.get(first.period().start().getMonthValue()) : null;
		return writer.file(view, withTitle, id, title, point == null ? null : point.getName(), first.year(), month,
				committee.getName(), filled.stream().map(f -> f.file().getFileName().toString()).toList(),
				statements.lines());
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
	private static String uniqueId(GovernanceView view, String base, Path replaced) {
		Set<String> used = new HashSet<>();
		Path skipped = replaced == null ? null : replaced.toAbsolutePath().normalize();
		for (File file : view.files()) {
			if (skipped != null && fileOf(file).toAbsolutePath().normalize().equals(skipped)) {
				continue;
			}
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

	/**
	 * Parses the text among the model's files (in place of the file at the target, if there is one),
	 * lays it out canonically if asked, and validates it there.
	 */
	Result validate(String text, Checker.Result check, Path target, Path model, boolean canonicalize,
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
		String canonical = canonicalize ? Checker.injector().getInstance(CanonicalText.class).of(resource) : text;
		if (canonicalize) {
			resource.reparse(canonical);
		}
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
