package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Goal;

/** Goals as a list: title (linked), owner, målområde and latest assessment. */
final class GoalList {

	private GoalList() {
	}

	static String render(Handbook handbook, List<Goal> goals) {
		if (goals.isEmpty()) {
			return "<p>" + Html.t("goals.none") + "</p>\n";
		}
		StringBuilder out = new StringBuilder("<ul class=\"mallista\">\n");
		for (Goal goal : goals) {
			out.append("<li>").append(handbook.link(goal)).append("<br><span class=\"detalj\">")
					.append(Html.esc(Handbook.goalTerm(goal)));
			if (ModelView.ownerOf(goal) != null) {
				out.append(", ").append(Html.esc(Handbook.title(ModelView.ownerOf(goal))));
			}
			if (goal.getArea() != null && !goal.getArea().eIsProxy()) {
				out.append(", ").append(Html.t("goals.area", Handbook.title(goal.getArea())));
			}
			out.append(". ").append(handbook.latestAssessment(goal)).append("</span></li>\n");
		}
		return out.append("</ul>\n").toString();
	}
}
