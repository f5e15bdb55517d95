package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import governance.dsl.model.GoalSuggestion;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
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
 * A page per goal: the desired state, the chain of goals up to the top, the goals that lead to it,
 * its fulfilment, its indicators with their values, the assignments and activities for it, and the
 * decisions behind it.
 */
final class GoalPage {

	private GoalPage() {
	}

	static Page render(Handbook handbook, Goal goal) {
		Page page = new Page(handbook.site.file(goal), Handbook.title(goal), Page.Section.NONE);
		page.crumb(Html.raw("nav.start"), Site.START);
		if (goal.getArea() != null && handbook.site.has(goal.getArea())) {
			page.crumb(Handbook.title(goal.getArea()), handbook.site.file(goal.getArea()));
		}
		page.line("<h1>" + Html.esc(Handbook.title(goal)) + " <span class=\"typ\">" + Html.esc(Handbook.goalTerm(goal))
				+ "</span></h1>");
		facts(handbook, page, goal);

		section(page, "bedomning", Html.t("goal.fulfilment"));
		assessments(handbook, page, goal);
		page.line("</section>");

		if (goal.getDesiredState() != null || goal.getDescription() != null) {
			section(page, "onskat-lage", Html.t(goal.getDesiredState() != null ? "goal.desiredState" : "goal.description"));
			if (goal.getDesiredState() != null) {
				page.line("<p class=\"ingress\">" + Html.text(goal.getDesiredState()) + "</p>");
			}
			if (goal.getDescription() != null) {
				page.line(Html.blocks(goal.getDescription()));
			}
			page.line("</section>");
		}

		section(page, "malkedjan", Html.t("goal.chain"));
		chain(handbook, page, goal);
		page.line("</section>");

		section(page, "leder-hit", Html.t("goal.children"));
		List<Goal> children = handbook.view.children(goal);
		if (children.isEmpty()) {
			page.line("<p>" + Html.t("goal.noChildren") + "</p>");
		} else {
			page.add(GoalList.render(handbook, children));
		}
		page.line("</section>");

		section(page, "indikatorer", Html.t("goal.measures"));
		if (goal.getMeasures().isEmpty()) {
			page.line("<p>" + Html.t("goal.noMeasures") + "</p>");
		}
		for (Measure measure : goal.getMeasures()) {
			page.add(MeasureSection.render(handbook, measure, 3));
		}
		page.line("</section>");

		section(page, "uppdrag", Html.t("goal.assignments"));
		List<Assignment> assignments = handbook.view.assignmentsFor(goal);
		if (assignments.isEmpty()) {
			page.line("<p>" + Html.t("goal.noAssignments") + "</p>");
		} else {
			page.add(Templates.render("AssignmentTable.jte", java.util.Map.of("table", AssignmentsPage.table(handbook, assignments,
					Html.raw("goal.assignmentsCaption", Handbook.title(goal)), handbook.site.freshId("uppdrag-" + handbook.site.id(goal))))));
		}
		page.line("</section>");

		section(page, "aktiviteter", Html.t("goal.activities"));
		List<Activity> activities = handbook.view.activitiesFor(goal);
		if (activities.isEmpty()) {
			page.line("<p>" + Html.t("goal.noActivities") + "</p>");
		} else {
			page.add(ActivitiesPage.tableMarkup(handbook, activities, Html.raw("goal.activitiesCaption", Handbook.title(goal)),
					handbook.site.freshId("aktiviteter-" + handbook.site.id(goal)), false));
		}
		page.line("</section>");

		section(page, "beslut", Html.t("goal.decisions"));
		decisions(handbook, page, goal);
		page.line("</section>");
		return page;
	}

	private static void section(Page page, String id, String heading) {
		page.line("<section aria-labelledby=\"" + id + "\">");
		page.line("<h2 id=\"" + id + "\">" + heading + "</h2>");
	}

	private static void facts(Handbook handbook, Page page, Goal goal) {
		page.line("<dl class=\"fakta\">");
		if (goal.getArea() != null && !goal.getArea().eIsProxy()) {
			MeasureSection.fact(page.body, "goal.area", handbook.link(goal.getArea()));
		}
		Organisation owner = ModelView.ownerOf(goal);
		if (owner != null && !owner.eIsProxy()) {
			MeasureSection.fact(page.body, "goal.owner", handbook.link(owner));
		}
		if (goal.getDecidedBy() != null && !goal.getDecidedBy().eIsProxy()) {
			MeasureSection.fact(page.body, "goal.decidedBy", handbook.link(goal.getDecidedBy()));
		}
		if (goal.getResponsible() != null) {
			MeasureSection.fact(page.body, "goal.responsible", Html.text(goal.getResponsible()));
		}
		Period period = ModelView.periodOf(goal);
		if (period != null) {
			MeasureSection.fact(page.body, "goal.period", Html.esc(Handbook.period(period)));
		}
		if (!goal.getSdgTargets().isEmpty()) {
			MeasureSection.fact(page.body, "goal.agenda2030", Html.esc(String.join(", ", goal.getSdgTargets())));
		}
		MeasureSection.fact(page.body, "goal.id", "<code>" + Html.esc(goal.getName()) + "</code>");
		page.line("</dl>");
	}

	private static void assessments(Handbook handbook, Page page, Goal goal) {
		List<GoalAssessment> history = new ArrayList<>();
		for (FollowUp followUp : handbook.view.followUps()) {
			handbook.view.assessment(goal, followUp).ifPresent(history::add);
		}
		Optional<GoalAssessment> latest = handbook.view.latestAssessment(goal);
		if (latest.isEmpty()) {
			page.line("<p>" + Html.t("goal.notAssessed") + "</p>");
			computed(handbook, page, goal, latest);
			return;
		}
		GoalAssessment assessment = latest.get();
		page.line("<p class=\"senaste-bedomning\">" + handbook.assessment(assessment) + " <span class=\"kalla\">("
				+ handbook.link(assessment.eContainer()) + ")</span></p>");
		if (assessment.getLabel() != null && assessment.getLabel().getMeaning() != null) {
			page.line("<p class=\"detalj\">" + Html.text(assessment.getLabel().getMeaning()) + "</p>");
		}
		if (assessment.getAnalysis() != null) {
			page.line(Html.blocks(assessment.getAnalysis(), "<strong>" + Html.t("goal.analysis") + "</strong>"));
		}
		if (assessment.getMeasures() != null) {
			page.line(Html.blocks(assessment.getMeasures(), "<strong>" + Html.t("goal.actions") + "</strong>"));
		}
		if (history.size() > 1) {
			String id = handbook.site.freshId("bedomningar-" + handbook.site.id(goal));
			page.line("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"" + id + "\" tabindex=\"0\">");
			page.line("<table>\n<caption id=\"" + id + "\">" + Html.t("goal.historyCaption") + "</caption>");
			page.line("<thead>\n<tr><th scope=\"col\">" + Html.t("goal.followUp") + "</th><th scope=\"col\">"
					+ Html.t("goal.assessment") + "</th><th scope=\"col\">" + Html.t("goal.analysisColumn") + "</th></tr>\n</thead>\n<tbody>");
			for (GoalAssessment earlier : history) {
				page.line("<tr><th scope=\"row\">" + handbook.link(earlier.eContainer()) + "</th><td>"
						+ handbook.assessment(earlier) + "</td><td>" + Html.blocks(earlier.getAnalysis()) + "</td></tr>");
			}
			page.line("</tbody>\n</table>\n</div>");
		}
		computed(handbook, page, goal, latest);
	}

	/**
	 * What the measures say, computed and shown beside the planners' judgement, never instead of
	 * it: each measure's latest utfall against the målvärde for that utfall's period, and the
	 * assessment the model's rules suggest (or why they suggest none).
	 */
	private static void computed(Handbook handbook, Page page, Goal goal, Optional<GoalAssessment> latest) {
		if (goal.getMeasures().isEmpty()) {
			return;
		}
		page.line("<h3 id=\"beraknad\">" + Html.t("goal.computed") + "</h3>");
		page.line("<p class=\"detalj\">" + Html.t("goal.computedIntro") + "</p>");
		String id = handbook.site.freshId("matt-mot-malvarde-" + handbook.site.id(goal));
		page.line("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"" + id + "\" tabindex=\"0\">");
		page.line("<table>\n<caption id=\"" + id + "\">" + Html.t("goal.computedCaption") + "</caption>");
		page.line("<thead>\n<tr><th scope=\"col\">" + Html.t("measures.measure") + "</th><th scope=\"col\">"
				+ Html.t("measures.latestOutcome") + "</th><th scope=\"col\">" + Html.t("measures.applyingTarget")
				+ "</th><th scope=\"col\">" + Html.t("measures.status") + "</th></tr>\n</thead>\n<tbody>");
		for (Measure measure : goal.getMeasures()) {
			page.line("<tr><th scope=\"row\">" + handbook.link(measure) + "</th>" + MeasuresPage.standing(handbook, measure)
					+ "</tr>");
		}
		page.line("</tbody>\n</table>\n</div>");
		GoalSuggestion.Suggestion suggestion = handbook.suggestion(goal);
		AssessmentLabel label = suggestion.label().map(handbook::label).orElse(null);
		String counts = Html.t("goal.suggestionCounts", suggestion.reached(), suggestion.comparable(), suggestion.total());
		if (label != null) {
			page.line("<p class=\"forslag\"><strong>" + Html.t("goal.suggestion") + "</strong> "
					+ handbook.assessment(label, false) + ". " + counts + "</p>");
		} else {
			page.line("<p class=\"forslag\"><strong>" + Html.t("goal.suggestion") + "</strong> " + Html.t("goal.noSuggestion")
					+ " " + Html.esc(suggestion.reason()) + " " + counts + "</p>");
		}
		page.line("<p><strong>" + Html.t("goal.decided") + "</strong> "
				+ latest.map(a -> handbook.assessment(a) + " <span class=\"kalla\">(" + handbook.link(a.eContainer()) + ")</span>")
						.orElse(Html.t("assessment.none"))
				+ "</p>");
	}

	/** The chain from the top down to this goal, then every goal it leads to, then its grunduppdrag. */
	private static void chain(Handbook handbook, Page page, Goal goal) {
		List<Goal> up = new ArrayList<>(handbook.view.parentChain(goal));
		if (up.isEmpty() && goal.getMissions().isEmpty()) {
			page.line("<p>" + Html.t("goal.top") + "</p>");
		}
		if (!up.isEmpty()) {
			Collections.reverse(up);
			page.line("<ol class=\"kedja\">");
			for (Goal parent : up) {
				page.line("<li>" + handbook.link(parent) + " <span class=\"detalj\">(" + Html.esc(Handbook.goalTerm(parent))
						+ ")</span></li>");
			}
			page.line("<li><span aria-current=\"page\">" + Html.esc(Handbook.title(goal)) + "</span> <span class=\"detalj\">("
					+ Html.esc(Handbook.goalTerm(goal)) + ")</span></li>");
			page.line("</ol>");
		}
		List<Goal> parents = goal.getParents().stream().filter(p -> !p.eIsProxy()).toList();
		if (parents.size() > 1) {
			page.line("<p>" + Html.t("goal.leadsTo") + " " + handbook.links(parents) + ".</p>");
		}
		if (!goal.getMissions().isEmpty()) {
			page.line("<p>" + Html.t("goal.missions") + " " + handbook.links(goal.getMissions()) + ".</p>");
		}
	}

	private static void decisions(Handbook handbook, Page page, Goal goal) {
		page.line("<ul>");
		if (goal.getDecision() != null) {
			page.line("<li>" + Html.t("goal.decision") + " " + Html.text(goal.getDecision()) + "</li>");
		}
		Plan plan = ModelView.planOf(goal);
		if (plan != null) {
			StringBuilder line = new StringBuilder("<li>").append(Html.t("goal.plan")).append(' ').append(handbook.link(plan));
			if (plan.getDecision() != null) {
				line.append(", ").append(Html.t("goal.planDecision")).append(' ').append(Html.text(plan.getDecision()));
			}
			page.line(line.append("</li>").toString());
		}
		if (!goal.getDocuments().isEmpty()) {
			page.line("<li>" + Html.t("goal.documents") + " " + handbook.links(goal.getDocuments()) + "</li>");
		}
		if (goal.getDecision() == null && plan == null && goal.getDocuments().isEmpty()) {
			page.line("<li>" + Html.t("goal.noDecision") + "</li>");
		}
		page.line("</ul>");
	}
}
