package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Locale;

import governance.dsl.model.Fulfilment;
import governance.dsl.model.ModelView;
import governance.dsl.model.Responsibility;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Plan;

/**
 * A page per committee (and every other organisation: fullmäktige, styrelse, förvaltning …;
 * CommitteePage.jte): everything it answers for by {@link Responsibility}, the one rule the follow-up
 * workbooks choose their rows by (its own and its förvaltningar's and verksamheters'): goals level by
 * level, measures with their computed status, assignments and activities with their status counts;
 * and its plans.
 */
final class CommitteePage {

	/**
	 * Everything the organisation answers for by {@link Responsibility} (with the organisations under it):
	 * goals by level, measures, assignments and activities, each list null when empty, each with its count.
	 */
	record Model(String title, String kind, String scope, List<Facts.Fact> facts, List<AreaPage.LevelGoals> levels,
			List<PlanItem> plans, List<AreaPage.NotApplicable> notApplicable, List<MeasuresPage.Row> measures,
			String measureCount, String measuresCaption, AssignmentsPage.Table assignments, String assignmentCount,
			ActivitiesPage.Table activities, String activityCount) {
	}

	record PlanItem(Handbook.Link plan, String period, String decision) {
	}

	private CommitteePage() {
	}

	/** How many have each status word, in the model's order of status words; those without one last. */
	static Map<String, Integer> statusCounts(Handbook handbook, List<Handbook.Status> statuses) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		handbook.view.statusWords().forEach(w -> counts.put(Handbook.title(w), 0));
		for (Handbook.Status status : statuses) {
			counts.merge(status.word() == null ? Html.msg("organisation.noStatus") : status.word(), 1, Integer::sum);
		}
		return counts;
	}

	/** "7 totalt: 3 pågående, 4 genomförd." (counts of 0 left out), or "7 totalt." */
	static String count(int total, Map<String, Integer> counts) {
		List<String> parts = new ArrayList<>();
		counts.forEach((word, count) -> {
			if (count > 0) {
				parts.add(Html.msg("followUp.statusCount", count, word.toLowerCase(Locale.ROOT)));
			}
		});
		return parts.isEmpty() ? Html.msg("organisation.count", total)
				: Html.msg("organisation.countWithStatus", total, String.join(", ", parts));
	}

	static Page render(Handbook handbook, Organisation organisation) {
		Page page = new Page(handbook.site.file(organisation), Handbook.title(organisation), Page.Section.ORGANISATION);
		page.crumb(Html.msg("nav.start"), Site.START);
		page.crumb(Html.msg("nav.organisation"), Site.ORGANISATION);
		List<Organisation> above = new ArrayList<>();
		for (Organisation parent = organisation.getParent(); parent != null && !parent.eIsProxy()
				&& handbook.site.has(parent) && !above.contains(parent) && parent != organisation; parent = parent.getParent()) {
			above.add(0, parent);
		}
		above.forEach(parent -> page.crumb(Handbook.title(parent), handbook.site.file(parent)));

		Facts facts = new Facts();
		if (organisation.getAbbreviation() != null) {
			facts.text("organisation.abbreviation", Values.prose(organisation.getAbbreviation()));
		}
		Level level = ModelView.levelOf(organisation);
		if (level != null) {
			facts.text("organisation.level", Handbook.title(level));
		}
		if (organisation.getParent() != null && !organisation.getParent().eIsProxy()) {
			facts.link("organisation.parent", handbook.ref(organisation.getParent()));
		}
		List<Organisation> below = handbook.view.organisations().stream().filter(o -> o.getParent() == organisation).toList();
		if (!below.isEmpty()) {
			facts.links("organisation.children", handbook.refs(below));
		}
		facts.id(handbook, "organisation.id", organisation.getName());

		Map<Level, List<Goal>> byLevel = new LinkedHashMap<>();
		Responsibility.of(organisation, handbook.view.goals())
				.forEach(g -> byLevel.computeIfAbsent(ModelView.levelOf(g), k -> new ArrayList<>()).add(g));
		List<AreaPage.LevelGoals> levels = new ArrayList<>();
		for (Map.Entry<Level, List<Goal>> entry : byLevel.entrySet()) {
			String id = handbook.site.freshId("mal-niva-" + (entry.getKey() == null ? "okand" : Site.slug(entry.getKey().getName())));
			levels.add(new AreaPage.LevelGoals(id, Handbook.goalTerm(entry.getKey()), GoalList.items(handbook, entry.getValue())));
		}

		List<Plan> plans = handbook.view.plans().stream()
				.filter(p -> p.getOwner() != null && Responsibility.isWithin(organisation, p.getOwner())).toList();
		List<PlanItem> planItems = plans.stream().map(plan -> new PlanItem(handbook.ref(plan),
				plan.getPeriod() == null ? null : Handbook.period(plan.getPeriod()),
				plan.getDecision() == null ? null : Values.prose(plan.getDecision()))).toList();
		List<AreaPage.NotApplicable> notApplicable = plans.stream().flatMap(p -> p.getNotApplicable().stream())
				.filter(n -> n.getArea() != null && !n.getArea().eIsProxy())
				.map(n -> new AreaPage.NotApplicable(handbook.ref(n.getArea()), AreaPage.reasonText(n), handbook.ref(n.eContainer())))
				.toList();

		List<Measure> measures = Responsibility.of(organisation, handbook.view.measures());
		List<MeasuresPage.Row> measureRows = measures.stream().map(measure -> {
			MeasuresPage.Standing standing = MeasuresPage.standingOf(handbook, measure);
			return new MeasuresPage.Row(handbook.ref(measure), IndicatorPage.kind(measure), handbook.ref(ModelView.goalOf(measure)),
					standing.outcome(), standing.target(), standing.result());
		}).toList();
		Map<String, Integer> measureCounts = new LinkedHashMap<>();
		for (Fulfilment.Status status : Fulfilment.Status.values()) {
			measureCounts.put(Fulfilment.text(status), 0);
		}
		measureRows.stream().filter(r -> r.result() != null).forEach(r -> measureCounts.merge(r.result().text(), 1, Integer::sum));
		List<Assignment> assignments = Responsibility.of(organisation, handbook.view.assignments());
		List<Activity> activities = Responsibility.of(organisation, handbook.view.activities());
		String title = Handbook.title(organisation);
		List<Organisation> within = handbook.view.organisations().stream()
				.filter(o -> o != organisation && Responsibility.isWithin(organisation, o)).toList();
		String scope = within.isEmpty() ? Html.msg("organisation.responsibility", title)
				: Html.msg("organisation.responsibilityWithin", title,
						String.join(", ", within.stream().map(Handbook::title).toList()));
		Model model = new Model(title, Html.msg("organisationKind." + organisation.getKind().getName()), scope, facts.list(),
				levels, planItems, notApplicable, measureRows, count(measures.size(), measureCounts),
				Html.msg("organisation.indicatorsCaption", title),
				assignments.isEmpty() ? null
						: AssignmentsPage.table(handbook, assignments, Html.msg("organisation.assignmentsCaption", title), "uppdrag-tabell"),
				count(assignments.size(), statusCounts(handbook, assignments.stream().map(handbook::statusOf).toList())),
				activities.isEmpty() ? null
						: ActivitiesPage.table(handbook, activities, Html.msg("organisation.activitiesResponsibleCaption", title),
								"aktiviteter-tabell", false),
				count(activities.size(), statusCounts(handbook, activities.stream().map(handbook::statusOf).toList())));
		return page.content(Templates.content("CommitteePage.jte", model));
	}
}
