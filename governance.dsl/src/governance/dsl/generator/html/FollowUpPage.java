package governance.dsl.generator.html;

import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Month;

/**
 * uppfoljning.html: every follow-up in the one order of {@code FollowUpOrder} (the latest named and
 * marked), with its own texts (samlad bedömning, viktiga händelser, framåtblick), its summary and
 * each goal's assessment.
 */
final class FollowUpPage {

	private FollowUpPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.FOLLOW_UP, Html.raw("followUp.title"), Page.Section.FOLLOW_UP);
		page.line("<h1>" + Html.t("followUp.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("followUp.intro") + "</p>");
		if (handbook.view.followUps().isEmpty()) {
			page.line("<p>" + Html.t("followUp.none") + "</p>");
		}
		FollowUp latest = handbook.view.latestFollowUp().orElse(null);
		if (latest != null) {
			page.line("<p>" + Html.t("followUp.latest") + " " + handbook.link(latest) + ".</p>");
		}
		for (FollowUp followUp : handbook.view.followUps()) {
			String id = handbook.site.id(followUp);
			page.line("<section id=\"" + id + "\" aria-labelledby=\"" + id + "-rubrik\">");
			page.line("<h2 id=\"" + id + "-rubrik\">" + Html.esc(Handbook.title(followUp))
					+ (followUp == latest ? " <span class=\"typ\">" + Html.t("followUp.latestMark") + "</span>" : "") + "</h2>");
			page.line("<dl class=\"fakta\">");
			if (followUp.getPoint() != null && !followUp.getPoint().eIsProxy()) {
				MeasureSection.fact(page.body, "followUp.point", Html.esc(Handbook.title(followUp.getPoint())));
			}
			if (followUp.getYear() != 0) {
				MeasureSection.fact(page.body, "followUp.year", Integer.toString(followUp.getYear()));
			}
			if (followUp.getMonth() != null && followUp.getMonth() != Month.NOT_STATED) {
				MeasureSection.fact(page.body, "followUp.month", Html.esc(Handbook.month(followUp.getMonth())));
			}
			if (followUp.getDate() != null) {
				MeasureSection.fact(page.body, "followUp.date", Html.esc(followUp.getDate()));
			}
			if (followUp.getOwner() != null) {
				MeasureSection.fact(page.body, "followUp.owner", handbook.organisation(followUp.getOwner()));
			}
			MeasureSection.fact(page.body, "followUp.counts", Html.t("followUp.countsText", followUp.getOutcomes().size(),
					followUp.getAssignmentStatuses().size(), followUp.getActivityStatuses().size()));
			page.line("</dl>");
			text(page, id + "-samlad", "followUp.overall", followUp.getSummary());
			text(page, id + "-handelser", "followUp.events", followUp.getEvents());
			text(page, id + "-framatblick", "followUp.outlook", followUp.getOutlook());
			if (!followUp.getAssessments().isEmpty()) {
				page.line("<h3 id=\"" + id + "-sammanfattning\">" + Html.t("followUp.fulfilmentSummary") + "</h3>");
				page.add(Templates.render("Summary.jte", java.util.Map.of("summary", StartPage.summary(handbook, followUp))));
				page.line("<h3 id=\"" + id + "-bedomningar\">" + Html.t("followUp.assessments") + "</h3>");
				page.line("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"" + id + "-tabell\" tabindex=\"0\">");
				page.line("<table>\n<caption id=\"" + id + "-tabell\">"
						+ Html.t("followUp.caption", Handbook.title(followUp)) + "</caption>");
				page.line("<thead>\n<tr><th scope=\"col\">" + Html.t("followUp.goal") + "</th><th scope=\"col\">"
						+ Html.t("goal.assessment") + "</th><th scope=\"col\">" + Html.t("goal.analysisColumn")
						+ "</th></tr>\n</thead>\n<tbody>");
				for (GoalAssessment assessment : followUp.getAssessments()) {
					page.line("<tr><th scope=\"row\">" + handbook.link(assessment.getGoal()) + "</th><td>"
							+ handbook.assessment(assessment) + "</td><td>" + Html.blocks(assessment.getAnalysis())
							+ Html.blocks(assessment.getMeasures(), "<strong>" + Html.t("goal.actions") + "</strong>")
							+ "</td></tr>");
				}
				page.line("</tbody>\n</table>\n</div>");
			}
			page.line("</section>");
		}
		return page;
	}

	/** A follow-up-wide text (samlad bedömning, viktiga händelser, framåtblick) under its heading. */
	private static void text(Page page, String id, String heading, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		page.line("<h3 id=\"" + id + "\">" + Html.t(heading) + "</h3>");
		page.line(Html.blocks(text));
	}
}
