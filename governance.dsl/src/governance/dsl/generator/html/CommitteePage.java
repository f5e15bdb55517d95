package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.AreaNotApplicable;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Plan;

/**
 * A page per committee (and every other organisation: fullmäktige, styrelse, förvaltning …): its
 * goals level by level, its plans, the assignments it gets and gives, and the activities it runs.
 */
final class CommitteePage {

	private CommitteePage() {
	}

	static Page render(Handbook handbook, Organisation organisation) {
		Page page = new Page(handbook.site.file(organisation), Handbook.title(organisation), Page.Section.ORGANISATION);
		page.crumb(Html.raw("nav.start"), Site.START);
		page.crumb(Html.raw("nav.organisation"), Site.ORGANISATION);
		List<Organisation> above = new ArrayList<>();
		for (Organisation parent = organisation.getParent(); parent != null && !parent.eIsProxy()
				&& handbook.site.has(parent) && !above.contains(parent) && parent != organisation; parent = parent.getParent()) {
			above.add(0, parent);
		}
		above.forEach(parent -> page.crumb(Handbook.title(parent), handbook.site.file(parent)));
		page.line("<h1>" + Html.esc(Handbook.title(organisation)) + " <span class=\"typ\">"
				+ Html.t("organisationKind." + organisation.getKind().getName()) + "</span></h1>");
		page.line("<dl class=\"fakta\">");
		if (organisation.getAbbreviation() != null) {
			MeasureSection.fact(page.body, "organisation.abbreviation", Html.text(organisation.getAbbreviation()));
		}
		Level level = ModelView.levelOf(organisation);
		if (level != null) {
			MeasureSection.fact(page.body, "organisation.level", Html.esc(Handbook.title(level)));
		}
		if (organisation.getParent() != null && !organisation.getParent().eIsProxy()) {
			MeasureSection.fact(page.body, "organisation.parent", handbook.link(organisation.getParent()));
		}
		List<Organisation> below = handbook.view.organisations().stream().filter(o -> o.getParent() == organisation).toList();
		if (!below.isEmpty()) {
			MeasureSection.fact(page.body, "organisation.children", handbook.links(below));
		}
		MeasureSection.fact(page.body, "organisation.id", "<code>" + Html.esc(organisation.getName()) + "</code>");
		page.line("</dl>");

		List<Goal> goals = handbook.view.goalsOf(organisation);
		page.line("<section aria-labelledby=\"mal\">");
		page.line("<h2 id=\"mal\">" + Html.t("organisation.goals") + "</h2>");
		if (goals.isEmpty()) {
			page.line("<p>" + Html.t("organisation.noGoals") + "</p>");
		}
		Map<Level, List<Goal>> byLevel = new LinkedHashMap<>();
		goals.forEach(g -> byLevel.computeIfAbsent(ModelView.levelOf(g), k -> new ArrayList<>()).add(g));
		for (Map.Entry<Level, List<Goal>> entry : byLevel.entrySet()) {
			String id = handbook.site.freshId("mal-niva-" + (entry.getKey() == null ? "okand" : Site.slug(entry.getKey().getName())));
			page.line("<h3 id=\"" + id + "\">" + Html.esc(Handbook.goalTerm(entry.getKey())) + "</h3>");
			page.add(GoalList.render(handbook, entry.getValue()));
		}
		page.line("</section>");

		List<Plan> plans = handbook.view.plans().stream().filter(p -> p.getOwner() == organisation).toList();
		if (!plans.isEmpty()) {
			page.line("<section aria-labelledby=\"planer\">");
			page.line("<h2 id=\"planer\">" + Html.t("organisation.plans") + "</h2>");
			page.line("<ul>");
			for (Plan plan : plans) {
				page.line("<li>" + handbook.link(plan) + (plan.getPeriod() != null ? " (" + Html.esc(Handbook.period(plan.getPeriod())) + ")" : "")
						+ (plan.getDecision() != null ? ". " + Html.t("goal.planDecision") + " " + Html.text(plan.getDecision()) : "")
						+ "</li>");
			}
			page.line("</ul>");
			page.line("</section>");
		}

		List<AreaNotApplicable> notApplicable = plans.stream().flatMap(p -> p.getNotApplicable().stream())
				.filter(n -> n.getArea() != null && !n.getArea().eIsProxy()).toList();
		if (!notApplicable.isEmpty()) {
			page.line("<section aria-labelledby=\"ej-tillampligt\">");
			page.line("<h2 id=\"ej-tillampligt\">" + Html.t("organisation.notApplicable") + "</h2>");
			page.line("<ul>");
			for (AreaNotApplicable statement : notApplicable) {
				page.line("<li>" + handbook.link(statement.getArea()) + ": " + AreaPage.reason(statement)
						+ " <span class=\"kalla\">(" + handbook.link(statement.eContainer()) + ")</span></li>");
			}
			page.line("</ul>");
			page.line("</section>");
		}

		List<Assignment> received = handbook.view.assignmentsTo(organisation);
		page.line("<section aria-labelledby=\"uppdrag-till\">");
		page.line("<h2 id=\"uppdrag-till\">" + Html.t("organisation.assignmentsTo") + "</h2>");
		if (received.isEmpty()) {
			page.line("<p>" + Html.t("organisation.noAssignments") + "</p>");
		} else {
			page.add(AssignmentsPage.table(handbook, received,
					Html.raw("organisation.assignmentsToCaption", Handbook.title(organisation)), "uppdrag-till-tabell"));
		}
		page.line("</section>");

		List<Assignment> given = handbook.view.assignments().stream().filter(a -> a.getIssuer() == organisation).toList();
		if (!given.isEmpty()) {
			page.line("<section aria-labelledby=\"uppdrag-fran\">");
			page.line("<h2 id=\"uppdrag-fran\">" + Html.t("organisation.assignmentsFrom") + "</h2>");
			page.add(AssignmentsPage.table(handbook, given,
					Html.raw("organisation.assignmentsFromCaption", Handbook.title(organisation)), "uppdrag-fran-tabell"));
			page.line("</section>");
		}

		List<Activity> activities = handbook.view.activities().stream().filter(a -> a.getPerformer() == organisation
				|| a.getPerformer() == null && ModelView.planOf(a) != null && ModelView.planOf(a).getOwner() == organisation)
				.toList();
		page.line("<section aria-labelledby=\"aktiviteter\">");
		page.line("<h2 id=\"aktiviteter\">" + Html.t("organisation.activities") + "</h2>");
		if (activities.isEmpty()) {
			page.line("<p>" + Html.t("organisation.noActivities") + "</p>");
		} else {
			page.add(ActivitiesPage.tableMarkup(handbook, activities,
					Html.raw("organisation.activitiesCaption", Handbook.title(organisation)), "aktiviteter-tabell", false));
		}
		page.line("</section>");
		return page;
	}
}
