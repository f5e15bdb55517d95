package governance.dsl.generator.html;

import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.GoalAssessment;

/** uppfoljning.html: every follow-up in the order they happen, with its summary and each goal's assessment. */
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
		for (FollowUp followUp : handbook.view.followUps()) {
			String id = handbook.site.id(followUp);
			page.line("<section id=\"" + id + "\" aria-labelledby=\"" + id + "-rubrik\">");
			page.line("<h2 id=\"" + id + "-rubrik\">" + Html.esc(Handbook.title(followUp)) + "</h2>");
			page.line("<dl class=\"fakta\">");
			if (followUp.getPoint() != null && !followUp.getPoint().eIsProxy()) {
				MeasureSection.fact(page.body, "followUp.point", Html.esc(Handbook.title(followUp.getPoint())));
			}
			if (followUp.getYear() != 0) {
				MeasureSection.fact(page.body, "followUp.year", Integer.toString(followUp.getYear()));
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
			if (!followUp.getAssessments().isEmpty()) {
				page.line("<h3 id=\"" + id + "-sammanfattning\">" + Html.t("followUp.summary") + "</h3>");
				page.add(StartPage.summary(handbook, followUp));
				page.line("<h3 id=\"" + id + "-bedomningar\">" + Html.t("followUp.assessments") + "</h3>");
				page.line("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"" + id + "-tabell\" tabindex=\"0\">");
				page.line("<table>\n<caption id=\"" + id + "-tabell\">"
						+ Html.t("followUp.caption", Handbook.title(followUp)) + "</caption>");
				page.line("<thead>\n<tr><th scope=\"col\">" + Html.t("followUp.goal") + "</th><th scope=\"col\">"
						+ Html.t("goal.assessment") + "</th><th scope=\"col\">" + Html.t("goal.analysisColumn")
						+ "</th></tr>\n</thead>\n<tbody>");
				for (GoalAssessment assessment : followUp.getAssessments()) {
					page.line("<tr><th scope=\"row\">" + handbook.link(assessment.getGoal()) + "</th><td>"
							+ handbook.assessment(assessment) + "</td><td>" + Html.text(assessment.getAnalysis())
							+ (assessment.getMeasures() != null
									? "<br><strong>" + Html.t("goal.actions") + "</strong> " + Html.text(assessment.getMeasures())
									: "")
							+ "</td></tr>");
				}
				page.line("</tbody>\n</table>\n</div>");
			}
			page.line("</section>");
		}
		return page;
	}
}
