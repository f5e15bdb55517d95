package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import governance.dsl.model.GoalSuggestion;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Plan;

/**
 * A page per goal (GoalPage.jte): the desired state, the chain of goals up to the top, the goals that
 * lead to it, its fulfilment, its indicators in brief (each linked to its own page), the assignments
 * and activities for it, and the decisions behind it.
 */
final class GoalPage {

	record Model(String title, String term, List<Facts.Fact> facts, Fulfilment fulfilment, String desiredState,
			String description, Chain chain, List<GoalList.Item> children, List<Indicator> measures,
			AssignmentsPage.Table assignments, ActivitiesPage.Table activities, Decisions decisions) {
	}

	/** An indicator in brief, linked to its page: its anchor (links to the goal page's old anchors land here), kind, standing. */
	record Indicator(String id, Handbook.Link measure, String kind, MeasuresPage.Standing standing) {
	}

	/** An assessment with the follow-up it comes from. */
	record Assessed(Handbook.Assessment assessment, Handbook.Link followUp) {
	}

	/**
	 * The latest assessment (null: none) with its label's meaning, analysis and åtgärder, every
	 * assessment when there are several ({@code historyId} null otherwise), and what the measures show
	 * (null for a goal without measures).
	 */
	record Fulfilment(Assessed latest, String meaning, String analysis, String actions, String historyId,
			List<HistoryRow> history, Computed computed) {
	}

	record HistoryRow(Handbook.Link followUp, Handbook.Assessment assessment, String analysis) {
	}

	/** {@code suggestion} null when the rules suggest nothing, then {@code reason} says why. */
	record Computed(String captionId, List<StandingRow> rows, Handbook.Assessment suggestion, String reason, String counts,
			Assessed decided) {
	}

	record StandingRow(Handbook.Link measure, MeasuresPage.Standing standing) {
	}

	/** The goals above, from the top ({@code up} empty for a top goal), every goal it leads to when several, its grunduppdrag. */
	record Chain(List<Step> up, List<Handbook.Link> parents, List<Handbook.Link> missions) {
	}

	/** A goal of the chain, or (goal null) the count of goals left out between the top and the nearest. */
	record Step(Handbook.Link goal, String term) {
	}

	record Decisions(String decision, Handbook.Link plan, String planDecision, List<Handbook.Link> documents) {
	}

	private GoalPage() {
	}

	static Page render(Handbook handbook, Goal goal) {
		Page page = new Page(handbook.site.file(goal), Handbook.title(goal), Page.Section.NONE);
		page.crumb(Html.msg("nav.start"), Site.START);
		if (goal.getArea() != null && handbook.site.has(goal.getArea())) {
			page.crumb(Handbook.title(goal.getArea()), handbook.site.file(goal.getArea()));
		}
		Fulfilment fulfilment = fulfilment(handbook, goal);
		List<Indicator> measures = goal.getMeasures().stream().map(m -> new Indicator(handbook.site.id(m), handbook.ref(m),
				IndicatorPage.kind(m), MeasuresPage.standingOf(handbook, m))).toList();
		List<Assignment> assignments = handbook.view.assignmentsFor(goal);
		List<Activity> activities = handbook.view.activitiesFor(goal);
		String title = Handbook.title(goal);
		Model model = new Model(title, Handbook.goalTerm(goal), facts(handbook, goal), fulfilment,
				goal.getDesiredState() == null ? null : Values.prose(goal.getDesiredState()), goal.getDescription(),
				chain(handbook, goal), GoalList.items(handbook, handbook.view.children(goal)), measures,
				assignments.isEmpty() ? null
						: AssignmentsPage.table(handbook, assignments, Html.msg("goal.assignmentsCaption", title),
								handbook.site.freshId("uppdrag-" + handbook.site.id(goal))),
				activities.isEmpty() ? null
						: ActivitiesPage.table(handbook, activities, Html.msg("goal.activitiesCaption", title),
								handbook.site.freshId("aktiviteter-" + handbook.site.id(goal)), false),
				decisions(handbook, goal));
		return page.content(Templates.content("GoalPage.jte", model));
	}

	private static List<Facts.Fact> facts(Handbook handbook, Goal goal) {
		Facts facts = new Facts();
		if (goal.getArea() != null && !goal.getArea().eIsProxy()) {
			facts.link("goal.area", handbook.ref(goal.getArea()));
		}
		Organisation owner = ModelView.ownerOf(goal);
		if (owner != null && !owner.eIsProxy()) {
			facts.link("goal.owner", handbook.ref(owner));
		}
		if (goal.getDecidedBy() != null && !goal.getDecidedBy().eIsProxy()) {
			facts.link("goal.decidedBy", handbook.ref(goal.getDecidedBy()));
		}
		if (goal.getResponsible() != null) {
			facts.text("goal.responsible", Values.prose(goal.getResponsible()));
		}
		Period period = ModelView.periodOf(goal);
		if (period != null) {
			facts.text("goal.period", Handbook.period(period));
		}
		if (!goal.getSdgTargets().isEmpty()) {
			facts.text("goal.agenda2030", String.join(", ", goal.getSdgTargets()));
		}
		return facts.id(handbook, "goal.id", goal.getName()).list();
	}

	private static Assessed assessed(Handbook handbook, GoalAssessment assessment) {
		return new Assessed(handbook.assessmentOf(assessment.getLabel(), assessment.isForecast()),
				handbook.ref(assessment.eContainer()));
	}

	private static Fulfilment fulfilment(Handbook handbook, Goal goal) {
		List<GoalAssessment> history = new ArrayList<>();
		for (FollowUp followUp : handbook.view.followUps()) {
			handbook.view.assessment(goal, followUp).ifPresent(history::add);
		}
		Optional<GoalAssessment> latest = handbook.view.latestAssessment(goal);
		Computed computed = computed(handbook, goal, latest);
		if (latest.isEmpty()) {
			return new Fulfilment(null, null, null, null, null, List.of(), computed);
		}
		GoalAssessment assessment = latest.get();
		String meaning = assessment.getLabel() != null && assessment.getLabel().getMeaning() != null
				? Values.prose(assessment.getLabel().getMeaning()) : null;
		String historyId = history.size() > 1 ? handbook.site.freshId("bedomningar-" + handbook.site.id(goal)) : null;
		List<HistoryRow> rows = historyId == null ? List.of() : history.stream()
				.map(a -> new HistoryRow(handbook.ref(a.eContainer()), handbook.assessmentOf(a.getLabel(), a.isForecast()),
						a.getAnalysis()))
				.toList();
		return new Fulfilment(assessed(handbook, assessment), meaning, assessment.getAnalysis(), assessment.getMeasures(),
				historyId, rows, computed);
	}

	/**
	 * What the measures say, computed and shown beside the planners' judgement, never instead of
	 * it: each measure's latest utfall against the målvärde for that utfall's period, and the
	 * assessment the model's rules suggest (or why they suggest none).
	 */
	private static Computed computed(Handbook handbook, Goal goal, Optional<GoalAssessment> latest) {
		if (goal.getMeasures().isEmpty()) {
			return null;
		}
		String id = handbook.site.freshId("matt-mot-malvarde-" + handbook.site.id(goal));
		List<StandingRow> rows = goal.getMeasures().stream()
				.map(m -> new StandingRow(handbook.ref(m), MeasuresPage.standingOf(handbook, m))).toList();
		GoalSuggestion.Suggestion suggestion = handbook.suggestion(goal);
		AssessmentLabel label = suggestion.label().map(handbook::label).orElse(null);
		return new Computed(id, rows, label == null ? null : handbook.assessmentOf(label, false), suggestion.reason(),
				Html.msg("goal.suggestionCounts", suggestion.reached(), suggestion.comparable(), suggestion.total()),
				latest.map(a -> assessed(handbook, a)).orElse(null));
	}

	/** The chain from the top down to this goal, then every goal it leads to, then its grunduppdrag. */
	/** The most goals above this one that its page lists; more are counted, not listed. */
	private static final int MAX_CHAIN = 10;

	private static Chain chain(Handbook handbook, Goal goal) {
		List<Goal> up = new ArrayList<>(handbook.view.parentChain(goal));
		Collections.reverse(up);
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < up.size(); i++) {
			// A chain longer than any level structure (goals leading to goals on one level) shows its top and
			// the nearest goals: every page listing the whole chain would make the handbook grow with its square.
			if (up.size() > MAX_CHAIN && i == 1) {
				steps.add(new Step(null, Html.msg("goal.chainElided", up.size() - MAX_CHAIN)));
				i = up.size() - MAX_CHAIN + 1;
			}
			steps.add(new Step(handbook.ref(up.get(i)), Handbook.goalTerm(up.get(i))));
		}
		List<Goal> parents = goal.getParents().stream().filter(p -> !p.eIsProxy()).toList();
		return new Chain(steps, parents.size() > 1 ? handbook.refs(parents) : List.of(), handbook.refs(goal.getMissions()));
	}

	private static Decisions decisions(Handbook handbook, Goal goal) {
		Plan plan = ModelView.planOf(goal);
		return new Decisions(goal.getDecision() == null ? null : Values.prose(goal.getDecision()),
				plan == null ? null : handbook.ref(plan),
				plan == null || plan.getDecision() == null ? null : Values.prose(plan.getDecision()),
				handbook.refs(goal.getDocuments()));
	}
}
