package governance.dsl.generator.xlsx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.YearMonth;

import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.ModelView;
import governance.dsl.model.Outcomes;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.ActivityFollowUp;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentFollowUp;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;

/**
 * What one follow-up workbook asks for: one committee (an organisation that owns goals) at one
 * follow-up point of one year. Decided once here from the {@link GovernanceView}; the workbook
 * writer lays it out and the import computes the same fingerprint from it.
 *
 * <p><b>Which year.</b> A workbook asks for the year being followed up: the year of the model's
 * latest follow-up in {@link FollowUpOrder}, since the reports of one year share it (the delårsrapport and the
 * årsbokslut of 2019 both report on 2019, and Perstorp's kvartalsuppföljning 4 in January still
 * reports on the year before). Without any follow-up it is the first year of the committee's
 * plan periods, the first year there is to follow up; failing that, the first year of any plan.
 * Without any period at all there is no year, and the indicators have no outcome cells. Within the
 * year the outcomes are asked for a {@link #period()}: the year, or the month of a monthly report.
 * The målvärde shown is the one that applies to that period ({@link MeasureFulfilment#targetFor}).
 *
 * <p><b>What is filled in.</b> Where a follow-up at the same point and year already exists (by
 * this committee, or one without owner; see {@link #followUpsFor}), its assessments, outcomes and statuses stand in the input
 * cells, so that a workbook reopens what was reported and importing it unchanged gives the same
 * values back.
 */
public final class FollowUpForm {

	/** A row of the indicator sheet: the total (group null) or one split group, with the target that applies. */
	public record IndicatorRow(Measure measure, SplitGroup group, Target target) {

		/** The target value for this row: the target's own for the total, its split's for a group. */
		public TargetValue targetValue() {
			return MeasureFulfilment.valueFor(target, group);
		}
	}

	private final GovernanceView view;
	private final Organisation committee;
	private final FollowUpPoint point;
	private final Integer year;
	private final Period period;
	private final List<FollowUp> reopened;
	private final List<Measure> measures = new ArrayList<>();
	private final List<IndicatorRow> indicatorRows = new ArrayList<>();
	private final List<Goal> goals;
	private final List<Assignment> assignments;
	private final List<Activity> activities;

	private final Map<Goal, GoalAssessment> assessments = new HashMap<>();
	private final Map<Measure, Outcome> outcomes = new HashMap<>();
	private final Map<Assignment, AssignmentFollowUp> assignmentStatuses = new HashMap<>();
	private final Map<Activity, ActivityFollowUp> activityStatuses = new HashMap<>();

	public FollowUpForm(GovernanceView view, Organisation committee, FollowUpPoint point) {
		this.view = view;
		this.committee = committee;
		this.point = point;
		this.year = yearOf(view, committee);
		this.goals = view.goalsOf(committee);
		this.reopened = year == null ? List.of() : followUpsFor(view, committee, point, year, null);
		for (Goal goal : goals) {
			measures.addAll(goal.getMeasures());
		}
		for (Measure measure : view.measures()) {
			Plan plan = ModelView.planOf(measure);
			if (ModelView.goalOf(measure) == null && plan != null && plan.getOwner() == committee) {
				measures.add(measure);
			}
		}
		this.period = year == null ? null : periodOf(reopened, point, year, measures);
		for (Measure measure : measures) {
			Target target = period == null ? null : MeasureFulfilment.targetFor(measure, period).orElse(null);
			indicatorRows.add(new IndicatorRow(measure, null, target));
			for (SplitGroup group : measure.getSplits()) {
				if (group != null && !group.eIsProxy()) {
					indicatorRows.add(new IndicatorRow(measure, group, target));
				}
			}
		}
		this.assignments = view.assignments().stream().filter(this::concerns).toList();
		this.activities = view.activities().stream().filter(this::concerns).toList();
		prefill();
	}

	/** Every workbook of a municipality: each goal owner at each follow-up point (or once, if the model names none). */
	public static List<FollowUpForm> all(GovernanceView view) {
		List<FollowUpForm> forms = new ArrayList<>();
		for (Organisation committee : view.goalOwners()) {
			if (view.followUpPoints().isEmpty()) {
				forms.add(new FollowUpForm(view, committee, null));
			}
			for (FollowUpPoint point : view.followUpPoints()) {
				forms.add(new FollowUpForm(view, committee, point));
			}
		}
		return forms;
	}

	// --- Which year, which elements -------------------------------------------------------------------

	/** The year followed up: see the class comment. */
	public static Integer yearOf(GovernanceView view, Organisation committee) {
		Optional<FollowUp> latest = FollowUpOrder.latest(view.followUps().stream()
				.filter(f -> FollowUpOrder.year(f) != 0).toList());
		if (latest.isPresent()) {
			return FollowUpOrder.year(latest.get());
		}
		Integer first = view.goalsOf(committee).stream().map(ModelView::periodOf).filter(Objects::nonNull)
				.map(Period::first).min(Comparator.naturalOrder()).orElse(null);
		if (first != null) {
			return first;
		}
		return view.plans().stream().map(p -> Period.parse(p.getPeriod())).filter(Objects::nonNull).map(Period::first)
				.min(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * The follow-ups a workbook for the committee at the point and year reopens, in {@link FollowUpOrder}:
	 * those without owner first (a municipality-wide report), then the committee's own, so that the
	 * committee's word is the last. For a point without a month of its own (a monthly report) only
	 * those of one month count: {@code month} if given, else the latest month reported.
	 */
	public static List<FollowUp> followUpsFor(GovernanceView view, Organisation committee, FollowUpPoint point, int year,
			YearMonth month) {
		List<FollowUp> matching = view.followUps().stream()
				.filter(f -> (point == null ? f.getPoint() == null : f.getPoint() == point) && FollowUpOrder.year(f) == year
						&& (f.getOwner() == null || f.getOwner() == committee))
				.sorted(FollowUpOrder.ORDER).toList();
		if (hasOwnMonth(point) || matching.isEmpty()) {
			return ordered(matching);
		}
		YearMonth wanted = month != null ? month : FollowUpOrder.when(matching.get(matching.size() - 1));
		return ordered(matching.stream().filter(f -> Objects.equals(FollowUpOrder.when(f), wanted)).toList());
	}

	private static List<FollowUp> ordered(List<FollowUp> followUps) {
		List<FollowUp> ordered = new ArrayList<>(followUps.stream().filter(f -> f.getOwner() == null).toList());
		ordered.addAll(followUps.stream().filter(f -> f.getOwner() != null).toList());
		return ordered;
	}

	/** Whether the point says in which month it is made; a monthly report does not. */
	public static boolean hasOwnMonth(FollowUpPoint point) {
		return point == null || point.getMonth() != null && point.getMonth() != Month.NOT_STATED;
	}

	/**
	 * The period the outcome column asks for. A monthly report (a point without a month) asks for the
	 * month of the report it reopens. Another point asks for the year, unless what it reopens reports
	 * its outcomes for one period within the year (a delårsrapport written per 2019-08).
	 */
	private static Period periodOf(List<FollowUp> reopened, FollowUpPoint point, int year, List<Measure> measures) {
		if (!hasOwnMonth(point)) {
			YearMonth when = reopened.isEmpty() ? null : FollowUpOrder.when(reopened.get(reopened.size() - 1));
			return when != null && when.getYear() == year ? Period.month(when) : Period.year(year);
		}
		Set<Period> periods = new LinkedHashSet<>();
		for (FollowUp followUp : reopened) {
			for (Outcome outcome : followUp.getOutcomes()) {
				Period period = Outcomes.periodOf(outcome);
				if (measures.contains(outcome.getMeasure()) && period != null) {
					periods.add(period);
				}
			}
		}
		if (periods.size() == 1) {
			Period only = periods.iterator().next();
			if (only.isWithinYear() && only.first() == year) {
				return only;
			}
		}
		return Period.year(year);
	}

	/** Assignments to the committee (or to all), given by it, or to an organisation under it. */
	private boolean concerns(Assignment assignment) {
		if (assignment.isToAll() || assignment.getIssuer() == committee) {
			return true;
		}
		if (assignment.getRecipients().stream().anyMatch(this::isWithin)) {
			return true;
		}
		Plan plan = ModelView.planOf(assignment);
		return plan != null && plan.getOwner() == committee;
	}

	/** Activities in the committee's plans, or outside any plan carried out by the committee or under it. */
	private boolean concerns(Activity activity) {
		Plan plan = ModelView.planOf(activity);
		if (plan != null && plan.getOwner() != null) {
			return plan.getOwner() == committee;
		}
		return activity.getPerformer() != null && isWithin(activity.getPerformer());
	}

	/** The committee itself or an organisation below it. */
	private boolean isWithin(Organisation organisation) {
		Set<Organisation> seen = new LinkedHashSet<>();
		for (Organisation current = organisation; current != null && !current.eIsProxy()
				&& seen.add(current); current = current.getParent()) {
			if (current == committee) {
				return true;
			}
		}
		return false;
	}

	// --- What was already reported -----------------------------------------------------------------------

	private void prefill() {
		for (FollowUp followUp : reopened) {
			for (GoalAssessment assessment : followUp.getAssessments()) {
				if (goals.contains(assessment.getGoal())) {
					assessments.put(assessment.getGoal(), assessment);
				}
			}
			for (Outcome outcome : followUp.getOutcomes()) {
				if (measures.contains(outcome.getMeasure()) && period.equals(Outcomes.periodOf(outcome))) {
					outcomes.put(outcome.getMeasure(), outcome);
				}
			}
			for (AssignmentFollowUp status : followUp.getAssignmentStatuses()) {
				if (assignments.contains(status.getAssignment())) {
					assignmentStatuses.put(status.getAssignment(), status);
				}
			}
			for (ActivityFollowUp status : followUp.getActivityStatuses()) {
				if (activities.contains(status.getActivity())) {
					activityStatuses.put(status.getActivity(), status);
				}
			}
		}
	}

	// --- Accessors ---------------------------------------------------------------------------------------

	public GovernanceView view() {
		return view;
	}

	public Organisation committee() {
		return committee;
	}

	/** The follow-up point, or null when the model names none. */
	public FollowUpPoint point() {
		return point;
	}

	/** The year followed up, or null when the model has no period at all. */
	public Integer year() {
		return year;
	}

	/** The period the outcomes are asked for: the year, or a month or quarter within it; null without a year. */
	public Period period() {
		return period;
	}

	/** The follow-ups whose values stand in the inputs, the committee's own last. */
	public List<FollowUp> reopened() {
		return reopened;
	}

	public List<IndicatorRow> indicatorRows() {
		return indicatorRows;
	}

	public List<Goal> goals() {
		return goals;
	}

	public List<Assignment> assignments() {
		return assignments;
	}

	public List<Activity> activities() {
		return activities;
	}

	public GoalAssessment reportedAssessment(Goal goal) {
		return assessments.get(goal);
	}

	public Outcome reportedOutcome(Measure measure) {
		return outcomes.get(measure);
	}

	public AssignmentFollowUp reportedStatus(Assignment assignment) {
		return assignmentStatuses.get(assignment);
	}

	public ActivityFollowUp reportedStatus(Activity activity) {
		return activityStatuses.get(activity);
	}

	/** "bun-delårsrapport.xlsx": the committee's id and the point's, as planners know them. */
	public String fileName() {
		return committee.getName() + (point == null ? "" : "-" + point.getName()) + ".xlsx";
	}

	/** The model definition's qualified id, or the municipality's id when the model has no definition. */
	public String modelId() {
		return view.definition() == null ? view.id() : ModelView.qualifiedId(view.definition());
	}

	// --- Fingerprint -------------------------------------------------------------------------------------

	/**
	 * What the workbook is for and which rows it has, under the workspace's key: the metadata and, sheet
	 * by sheet, the ids in the hidden columns. The import recomputes it from a workbook's hidden cells
	 * (edited ids do not match) and from the current model (a changed model does not match); without
	 * the key nobody can make one that matches.
	 */
	public String fingerprint(WorkbookKey key) {
		return fingerprint(key, view.id(), modelId(), ModelView.qualifiedId(committee),
				point == null ? "" : ModelView.qualifiedId(point), year == null ? "" : year.toString(),
				period == null ? "" : period.toString(), rowIds());
	}

	/** The rows' ids, sheet by sheet (for the indicator sheet "measure|group"). */
	public Map<WorkbookLayout.Sheet, List<String>> rowIds() {
		List<String> indicatorIds = indicatorRows.stream()
				.map(row -> ModelView.qualifiedId(row.measure()) + "|" + (row.group() == null ? "" : ModelView.qualifiedId(row.group())))
				.toList();
		return Map.of(WorkbookLayout.Sheet.INDICATORS, indicatorIds,
				WorkbookLayout.Sheet.GOALS, goals.stream().map(ModelView::qualifiedId).toList(),
				WorkbookLayout.Sheet.ASSIGNMENTS, assignments.stream().map(ModelView::qualifiedId).toList(),
				WorkbookLayout.Sheet.ACTIVITIES, activities.stream().map(ModelView::qualifiedId).toList());
	}

	/** What part of a workbook its fingerprint shows was changed. */
	public enum Tampering {
		NONE, COMMITTEE, YEAR, ROWS
	}

	/**
	 * The keyed fingerprint: three HMACs, each over everything before it, so that a refusal can name
	 * what was changed — the municipality, model, committee or point; the year or period; the rows.
	 */
	public static String fingerprint(WorkbookKey key, String municipality, String model, String committee, String point,
			String year, String period, Map<WorkbookLayout.Sheet, List<String>> rowIds) {
		String[] parts = parts(municipality, model, committee, point, year, period, rowIds);
		return key.mac("nämnd\n" + parts[0]) + "-" + key.mac("år\n" + parts[1]) + "-" + key.mac("rader\n" + parts[2]);
	}

	/** Which part of the metadata and rows the fingerprint does not vouch for; NONE when it matches. */
	public static Tampering verify(String fingerprint, WorkbookKey key, String municipality, String model, String committee,
			String point, String year, String period, Map<WorkbookLayout.Sheet, List<String>> rowIds) {
		String[] expected = fingerprint(key, municipality, model, committee, point, year, period, rowIds).split("-");
		String[] found = fingerprint.split("-", -1);
		if (found.length != 3 || !equal(expected[0], found[0])) {
			return Tampering.COMMITTEE;
		}
		if (!equal(expected[1], found[1])) {
			return Tampering.YEAR;
		}
		return equal(expected[2], found[2]) ? Tampering.NONE : Tampering.ROWS;
	}

	private static boolean equal(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	private static String[] parts(String municipality, String model, String committee, String point, String year,
			String period, Map<WorkbookLayout.Sheet, List<String>> rowIds) {
		StringBuilder text = new StringBuilder();
		text.append(WorkbookLayout.FORMAT).append('\n').append(WorkbookLayout.FORMAT_VERSION).append('\n');
		text.append(municipality).append('\n').append(model).append('\n').append(committee).append('\n').append(point)
				.append('\n');
		String head = text.toString();
		text.append(year).append('\n').append(period).append('\n');
		String dated = text.toString();
		for (WorkbookLayout.Sheet sheet : WorkbookLayout.Sheet.values()) {
			text.append('[').append(sheet.key()).append("]\n");
			for (String id : rowIds.getOrDefault(sheet, List.of())) {
				text.append(id).append('\n');
			}
		}
		return new String[] { head, dated, text.toString() };
	}
}
