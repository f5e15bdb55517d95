package governance.dsl.generator.xlsx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
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
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;

/**
 * What one follow-up workbook asks for: one committee (an organisation that owns goals) at one
 * follow-up point of one year. Decided once here from the {@link GovernanceView}; the workbook
 * writer lays it out and the import computes the same fingerprint from it.
 *
 * <p><b>Which year.</b> A workbook asks for the year being followed up: the year of the model's
 * latest follow-up ({@code år}), since the reports of one year share it (the delårsrapport and the
 * årsbokslut of 2019 both report on 2019, and Perstorp's kvartalsuppföljning 4 in January still
 * reports on the year before). Without any follow-up it is the first year of the committee's
 * plan periods, the first year there is to follow up; failing that, the first year of any plan.
 * Without any period at all there is no year, and the indicators have no outcome cells.
 *
 * <p><b>What is filled in.</b> Where a follow-up at the same point and year already exists (by
 * this committee, or one without owner), its assessments, outcomes and statuses stand in the input
 * cells, so that a workbook reopens what was reported and importing it unchanged gives the same
 * values back.
 */
public final class FollowUpForm {

	/** A row of the indicator sheet: the total (group null) or one split group, with the target that applies. */
	public record IndicatorRow(Measure measure, SplitGroup group, Target target) {

		/** The target value for this row: the target's own for the total, its split's for a group. */
		public TargetValue targetValue() {
			if (target == null) {
				return null;
			}
			if (group == null) {
				return target.getValue();
			}
			return target.getSplits().stream().filter(s -> s.getGroup() == group).map(SplitTarget::getValue)
					.findFirst().orElse(null);
		}
	}

	private final GovernanceView view;
	private final Organisation committee;
	private final FollowUpPoint point;
	private final Integer year;
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
		for (Goal goal : goals) {
			measures.addAll(goal.getMeasures());
		}
		for (Measure measure : view.measures()) {
			Plan plan = ModelView.planOf(measure);
			if (ModelView.goalOf(measure) == null && plan != null && plan.getOwner() == committee) {
				measures.add(measure);
			}
		}
		for (Measure measure : measures) {
			Target target = targetFor(measure, year);
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
		List<FollowUp> followUps = view.followUps();
		for (int i = followUps.size() - 1; i >= 0; i--) {
			if (ModelView.isWritten(followUps.get(i), governance.dsl.styrmodell.StyrmodellPackage.Literals.FOLLOW_UP__YEAR)) {
				return followUps.get(i).getYear();
			}
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
	 * The målvärde to compare the year's outcome with: the one whose period holds the year, else the
	 * next one after it (the period's goal), else the last one before it.
	 */
	static Target targetFor(Measure measure, Integer year) {
		Target after = null;
		Target before = null;
		for (Target target : measure.getTargets()) {
			Period years = Period.parse(target.getPeriod());
			if (years == null) {
				continue;
			}
			if (year == null) {
				before = target;
			} else if (years.first() <= year && year <= years.last()) {
				return target;
			} else if (years.first() > year) {
				if (after == null || years.first() < Period.parse(after.getPeriod()).first()) {
					after = target;
				}
			} else if (before == null || years.last() >= Period.parse(before.getPeriod()).last()) {
				before = target;
			}
		}
		return after != null ? after : before;
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
		if (year == null) {
			return;
		}
		for (FollowUp followUp : view.followUps()) {
			boolean samePoint = point == null ? followUp.getPoint() == null : followUp.getPoint() == point;
			boolean sameOwner = followUp.getOwner() == null || followUp.getOwner() == committee;
			if (!samePoint || !sameOwner || followUp.getYear() != year) {
				continue;
			}
			for (GoalAssessment assessment : followUp.getAssessments()) {
				if (goals.contains(assessment.getGoal())) {
					assessments.put(assessment.getGoal(), assessment);
				}
			}
			for (Outcome outcome : followUp.getOutcomes()) {
				if (measures.contains(outcome.getMeasure()) && Period.year(year).equals(Period.parse(outcome.getPeriod()))) {
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
	 * What the workbook is for and which rows it has, hashed: the metadata and, sheet by sheet, the ids in
	 * the hidden columns. The import recomputes it from a workbook's hidden cells (edited ids do not
	 * match) and from the current model (a changed model does not match).
	 */
	public String fingerprint() {
		List<String> indicatorIds = indicatorRows.stream()
				.map(row -> ModelView.qualifiedId(row.measure()) + "|" + (row.group() == null ? "" : ModelView.qualifiedId(row.group())))
				.toList();
		return fingerprint(view.id(), modelId(), ModelView.qualifiedId(committee),
				point == null ? "" : ModelView.qualifiedId(point), year == null ? "" : year.toString(),
				Map.of(WorkbookLayout.Sheet.INDICATORS, indicatorIds,
						WorkbookLayout.Sheet.GOALS, goals.stream().map(ModelView::qualifiedId).toList(),
						WorkbookLayout.Sheet.ASSIGNMENTS, assignments.stream().map(ModelView::qualifiedId).toList(),
						WorkbookLayout.Sheet.ACTIVITIES, activities.stream().map(ModelView::qualifiedId).toList()));
	}

	/** The fingerprint of the metadata and the rows' ids (for the indicator sheet "measure|group"). */
	public static String fingerprint(String municipality, String model, String committee, String point, String year,
			Map<WorkbookLayout.Sheet, List<String>> rowIds) {
		StringBuilder text = new StringBuilder();
		text.append(WorkbookLayout.FORMAT).append('\n').append(WorkbookLayout.FORMAT_VERSION).append('\n');
		text.append(municipality).append('\n').append(model).append('\n').append(committee).append('\n').append(point)
				.append('\n').append(year).append('\n');
		for (WorkbookLayout.Sheet sheet : WorkbookLayout.Sheet.values()) {
			text.append('[').append(sheet.key()).append("]\n");
			for (String id : rowIds.getOrDefault(sheet, List.of())) {
				text.append(id).append('\n');
			}
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
