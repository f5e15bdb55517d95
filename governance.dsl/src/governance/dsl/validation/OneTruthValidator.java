package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.GOAL_ASSESSMENT__LABEL;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TOP_ELEMENT__NAME;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import governance.dsl.Messages;
import governance.dsl.index.IndexedFollowUps;
import governance.dsl.index.IndexedOutcomes;
import governance.dsl.index.IndexedOutcomes.Entry;
import governance.dsl.index.StyrmodellResourceDescriptionStrategy;
import governance.dsl.index.WorkspaceIndex.IndexedFollowUp;
import governance.dsl.index.WorkspaceIndex.IndexedOutcome;
import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.Fulfilment;
import governance.dsl.model.Fulfilment.OutcomeSpec;
import governance.dsl.model.Fulfilment.Result;
import governance.dsl.model.GoalSuggestion;
import governance.dsl.model.GoalSuggestion.Contradiction;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.ModelView;
import governance.dsl.model.OutcomeTruth;
import governance.dsl.model.OutcomeTruth.Kind;
import governance.dsl.model.OutcomeTruth.Value;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * One truth per measure, period and group across the plans and follow-ups of a municipality, one
 * follow-up per point, year and owner, and assessments that clearly contradict their measures.
 * Other files are read from the index (the editor loads few files); the validated file from its
 * loaded text, so that what the planner just typed counts.
 */
public class OneTruthValidator extends StyrmodellCheck {

	/** A value of the validated file, with its measure's unit (a value without one has the measure's). */
	private record Own(Entry entry, String measureUnit, FollowUp followUp) {
	}

	/** Another value of the same cell: in another file (its URI), or in this one (file null). */
	private record Other(Entry entry, URI file) {
	}

	@Check(CheckType.NORMAL)
	public void checkOneOutcomePerCell(File file) {
		Resource resource = file.eResource();
		if (resource == null || file.getName() == null) {
			return;
		}
		List<Own> own = ownOutcomes(file);
		if (own.isEmpty()) {
			return;
		}
		Map<String, List<IndexedOutcome>> indexed = index.outcomes(file);
		// Only values of the same measure can conflict: compared within their measure, in the file's order.
		Map<String, List<Own>> byMeasure = ownByMeasure(file);
		for (Own mine : own) {
			Value truth = mine.entry().truth();
			if (!truth.isActual()) {
				continue;
			}
			List<Other> conflicts = new ArrayList<>();
			for (Own other : byMeasure.get(mine.entry().measure())) {
				if (other != mine
						&& OutcomeTruth.conflicts(truth, other.entry().truth(), mine.measureUnit())) {
					conflicts.add(new Other(other.entry(), null));
				}
			}
			for (IndexedOutcome other : indexed.getOrDefault(mine.entry().measure(), List.of())) {
				if (!other.file().equals(resource.getURI())
						&& OutcomeTruth.conflicts(truth, other.entry().truth(), mine.measureUnit())) {
					conflicts.add(new Other(other.entry(), other.file()));
				}
			}
			if (conflicts.isEmpty()) {
				continue;
			}
			// The first in the file, else the first by file name and line: the same one on every run.
			Other named = conflicts.stream().min(Comparator.comparing((Other o) -> o.file() == null ? "" : fileName(o.file()))
					.thenComparingInt(o -> o.entry().line())).get();
			String group = truth.group() == null ? ""
					: Messages.get("outcomeConflict.group", lastSegment(truth.group()));
			Period period = Period.parse(truth.period());
			error(Messages.get(IssueCodes.OUTCOME_CONFLICT, lastSegment(mine.entry().measure()),
					period == null ? truth.period() : period.label(), group,
					OutcomeTruth.text(named.entry().truth(), mine.measureUnit()), location(named.file(), named.entry().line())),
					mine.entry().value(), null, IssueCodes.OUTCOME_CONFLICT);
		}
	}

	/** The file's utfall values, read once per validation of the file. */
	@SuppressWarnings("unchecked")
	private List<Own> ownOutcomes(File file) {
		return (List<Own>) cached("ownOutcomes", () -> {
			List<Own> own = new ArrayList<>();
			String namespace = file.getName();
			for (Measure measure : EcoreUtil2.eAllOfType(file, Measure.class)) {
				String name = nameOf(measure);
				for (Outcome outcome : measure.getOutcomes()) {
					IndexedOutcomes.read(outcome, namespace, false,
							entry -> own.add(new Own(new Entry(name, entry.truth(), entry.line(), entry.value()),
									measure.getUnit(), null)));
				}
			}
			for (EObject element : file.getElements()) {
				if (element instanceof FollowUp followUp) {
					for (Outcome outcome : followUp.getOutcomes()) {
						Measure measure = outcome.getMeasure();
						String unit = measure == null || measure.eIsProxy() ? null : measure.getUnit();
						IndexedOutcomes.read(outcome, namespace, true, entry -> own.add(new Own(entry, unit, followUp)));
					}
				}
			}
			return own;
		});
	}

	/** The file's utfall values by measure (qualified name), each list in the file's order. */
	@SuppressWarnings("unchecked")
	private Map<String, List<Own>> ownByMeasure(File file) {
		return (Map<String, List<Own>>) cached("ownByMeasure", () -> {
			Map<String, List<Own>> byMeasure = new HashMap<>();
			for (Own value : ownOutcomes(file)) {
				byMeasure.computeIfAbsent(value.entry().measure(), k -> new ArrayList<>()).add(value);
			}
			return byMeasure;
		});
	}

	private static String lastSegment(String qualifiedName) {
		return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
	}

	private static String fileName(URI file) {
		return URI.decode(file.lastSegment());
	}

	/** "på rad 12" in the same file, "i uppföljning-2019.styr, rad 12" in another. */
	static String location(URI file, int line) {
		return file == null ? Messages.get("location.line", line) : Messages.get("truth.location.file", fileName(file), line);
	}

	// --- one follow-up per point, year and owner ----------------------------------------------------

	@Check(CheckType.NORMAL)
	public void checkOneFollowUpPerPoint(FollowUp followUp) {
		int year = FollowUpOrder.year(followUp);
		String namespace = ModelView.namespaceOf(followUp);
		Resource resource = followUp.eResource();
		if (year == 0 || namespace == null || resource == null) {
			return;
		}
		String point = StyrmodellResourceDescriptionStrategy.referenceText(followUp, Literals.FOLLOW_UP__POINT, namespace);
		String owner = StyrmodellResourceDescriptionStrategy.referenceText(followUp, Literals.FOLLOW_UP__OWNER, namespace);
		String month = IndexedFollowUps.ownMonth(followUp);
		FollowUpPoint resolved = followUp.getPoint();
		// A point with a fixed month is made once a year; one without (a monthly report) once per month.
		boolean perMonth = point == null || resolved == null || resolved.eIsProxy() || resolved.getMonth() == null
				|| resolved.getMonth() == Month.NOT_STATED;
		if (perMonth && month == null) {
			return;
		}
		URI fileUri = null;
		int line = 0;
		String otherName = null;
		File file = EcoreUtil2.getContainerOfType(followUp, File.class);
		for (EObject element : file.getElements()) {
			if (element instanceof FollowUp other && other != followUp && FollowUpOrder.year(other) == year
					&& Objects.equals(point, StyrmodellResourceDescriptionStrategy.referenceText(other,
							Literals.FOLLOW_UP__POINT, namespace))
					&& Objects.equals(owner, StyrmodellResourceDescriptionStrategy.referenceText(other,
							Literals.FOLLOW_UP__OWNER, namespace))
					&& (!perMonth || Objects.equals(month, IndexedFollowUps.ownMonth(other)))) {
				otherName = other.getName();
				INode node = NodeModelUtils.getNode(other);
				line = node == null ? 0 : node.getStartLine();
				break;
			}
		}
		if (otherName == null) {
			for (IndexedFollowUp other : index.followUps(followUp)) {
				if (!other.file().equals(resource.getURI()) && other.year() == year && Objects.equals(point, other.point())
						&& Objects.equals(owner, other.owner()) && (!perMonth || Objects.equals(month, other.month()))) {
					otherName = other.description().getQualifiedName().getLastSegment();
					fileUri = other.file();
					line = other.line();
					break;
				}
			}
		}
		if (otherName == null) {
			return;
		}
		String when = point != null ? lastSegment(point)
				: Messages.get("period.month." + month);
		String key = Messages.get("followUpDuplicate.key", when, year,
				owner == null ? Messages.get("followUpDuplicate.wholeMunicipality") : lastSegment(owner));
		errorAt(IssueCodes.FOLLOW_UP_DUPLICATE, followUp, TOP_ELEMENT__NAME, key, otherName, location(fileUri, line));
	}

	// --- assessments that clearly contradict the measures -------------------------------------------

	@Check(CheckType.NORMAL)
	public void checkAssessmentAgainstMeasures(GoalAssessment assessment) {
		Goal goal = assessment.getGoal();
		AssessmentLabel label = assessment.getLabel();
		FollowUp followUp = EcoreUtil2.getContainerOfType(assessment, FollowUp.class);
		ModelDefinition definition = definition(assessment);
		if (goal == null || goal.eIsProxy() || label == null || label.eIsProxy() || label.isNotAssessed()
				|| followUp == null || definition == null || definition.getScales().isEmpty()
				|| goal.getMeasures().isEmpty()) {
			return;
		}
		List<AssessmentLabel> scale = definition.getScales().get(0).getLabels();
		int rank = scale.indexOf(label);
		int best = -1;
		int worst = -1;
		for (int i = 0; i < scale.size(); i++) {
			if (!scale.get(i).isNotAssessed()) {
				best = best < 0 ? i : best;
				worst = i;
			}
		}
		int year = FollowUpOrder.year(followUp);
		if (rank < 0 || best < 0 || year == 0) {
			return;
		}
		YearMonth when = FollowUpOrder.when(followUp);
		File file = EcoreUtil2.getContainerOfType(followUp, File.class);
		List<Result> results = new ArrayList<>();
		for (Measure measure : goal.getMeasures()) {
			Candidate latest = latestInYear(measure, file, followUp, year, when);
			OutcomeSpec spec = latest == null || latest.value().kind() != Kind.MEASURED ? OutcomeSpec.missing()
					: new OutcomeSpec(latest.value().number(), latest.value().bound(), latest.value().forecast());
			Period period = latest == null ? null : Period.parse(latest.value().period());
			results.add(Fulfilment.evaluate(period == null ? null
					: MeasureFulfilment.spec(MeasureFulfilment.valueFor(MeasureFulfilment.targetFor(measure, period)
							.orElse(null), null)), measure.getDirection(), spec));
		}
		int reached = (int) results.stream().filter(r -> r.status() == Fulfilment.Status.REACHED).count();
		int comparable = (int) results.stream().filter(Result::isComparable).count();
		GoalSuggestion.contradiction(rank, best, worst, reached, comparable).ifPresent(contradiction -> warningAt(
				IssueCodes.ASSESSMENT_CONTRADICTS, assessment, GOAL_ASSESSMENT__LABEL,
				GoalSuggestion.message(contradiction, label.getTitle(), comparable)));
	}

	/** A total value for a measure, and whether it stands in the follow-up being validated. */
	private record Candidate(Value value, boolean own) {
	}

	/**
	 * The measure's latest total outcome in the follow-up's year, up to the follow-up's month: those
	 * of periods that have ended by then, and whatever the follow-up itself reports. By the order of
	 * periods, an actual outcome after a prognos, the follow-up's own value last.
	 */
	private Candidate latestInYear(Measure measure, File file, FollowUp followUp, int year, YearMonth when) {
		String name = nameOf(measure);
		Period wholeYear = Period.year(year);
		List<Candidate> candidates = new ArrayList<>();
		for (Own own : ownByMeasure(file).getOrDefault(name, List.of())) {
			candidates.add(new Candidate(own.entry().truth(), own.followUp() == followUp));
		}
		URI self = file.eResource().getURI();
		for (IndexedOutcome other : index.outcomes(file).getOrDefault(name, List.of())) {
			if (!other.file().equals(self)) {
				candidates.add(new Candidate(other.entry().truth(), false));
			}
		}
		Comparator<Candidate> order = Comparator.comparing((Candidate c) -> Period.parse(c.value().period()), Period.ORDER)
				.thenComparing(c -> c.value().isActual()).thenComparing(Candidate::own);
		return candidates.stream().filter(c -> c.value().group() == null).filter(c -> {
			Period period = Period.parse(c.value().period());
			return period != null && wholeYear.contains(period)
					&& (c.own() || when == null || !period.end().isAfter(when));
		}).max(order).orElse(null);
	}
}
