package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Plan;

/**
 * A page per committee (and every other organisation: fullmäktige, styrelse, förvaltning …;
 * CommitteePage.jte): its goals level by level, its plans, the assignments it gets and gives, and the
 * activities it runs.
 */
final class CommitteePage {

	/** {@code given} null when the organisation gives no assignments (the section is left out). */
	record Model(String title, String kind, List<Facts.Fact> facts, List<AreaPage.LevelGoals> levels, List<PlanItem> plans,
			List<AreaPage.NotApplicable> notApplicable, AssignmentsPage.Table received, AssignmentsPage.Table given,
			ActivitiesPage.Table activities) {
	}

	record PlanItem(Handbook.Link plan, String period, String decision) {
	}

	private CommitteePage() {
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
		handbook.view.goalsOf(organisation).forEach(g -> byLevel.computeIfAbsent(ModelView.levelOf(g), k -> new ArrayList<>()).add(g));
		List<AreaPage.LevelGoals> levels = new ArrayList<>();
		for (Map.Entry<Level, List<Goal>> entry : byLevel.entrySet()) {
			String id = handbook.site.freshId("mal-niva-" + (entry.getKey() == null ? "okand" : Site.slug(entry.getKey().getName())));
			levels.add(new AreaPage.LevelGoals(id, Handbook.goalTerm(entry.getKey()), GoalList.items(handbook, entry.getValue())));
		}

		List<Plan> plans = handbook.view.plans().stream().filter(p -> p.getOwner() == organisation).toList();
		List<PlanItem> planItems = plans.stream().map(plan -> new PlanItem(handbook.ref(plan),
				plan.getPeriod() == null ? null : Handbook.period(plan.getPeriod()),
				plan.getDecision() == null ? null : Values.prose(plan.getDecision()))).toList();
		List<AreaPage.NotApplicable> notApplicable = plans.stream().flatMap(p -> p.getNotApplicable().stream())
				.filter(n -> n.getArea() != null && !n.getArea().eIsProxy())
				.map(n -> new AreaPage.NotApplicable(handbook.ref(n.getArea()), AreaPage.reasonText(n), handbook.ref(n.eContainer())))
				.toList();

		List<Assignment> received = handbook.view.assignmentsTo(organisation);
		List<Assignment> given = handbook.view.assignments().stream().filter(a -> a.getIssuer() == organisation).toList();
		List<Activity> activities = handbook.view.activities().stream().filter(a -> a.getPerformer() == organisation
				|| a.getPerformer() == null && ModelView.planOf(a) != null && ModelView.planOf(a).getOwner() == organisation)
				.toList();
		String title = Handbook.title(organisation);
		Model model = new Model(title, Html.msg("organisationKind." + organisation.getKind().getName()), facts.list(), levels,
				planItems, notApplicable,
				received.isEmpty() ? null
						: AssignmentsPage.table(handbook, received, Html.msg("organisation.assignmentsToCaption", title), "uppdrag-till-tabell"),
				given.isEmpty() ? null
						: AssignmentsPage.table(handbook, given, Html.msg("organisation.assignmentsFromCaption", title), "uppdrag-fran-tabell"),
				activities.isEmpty() ? null
						: ActivitiesPage.table(handbook, activities, Html.msg("organisation.activitiesCaption", title), "aktiviteter-tabell", false));
		return page.content(Templates.content("CommitteePage.jte", model));
	}
}
