package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Plan;

/** aktiviteter.html: every activity by plan, with ansvarig, utförare, start, slut, status and what it contributes to. */
final class ActivitiesPage {

	private ActivitiesPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.ACTIVITIES, Html.raw("activities.title"), Page.Section.ACTIVITIES);
		page.line("<h1>" + Html.t("activities.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("activities.intro") + "</p>");
		if (handbook.view.activities().isEmpty()) {
			page.line("<p>" + Html.t("activities.none") + "</p>");
		}
		Map<Plan, List<Activity>> byPlan = new LinkedHashMap<>();
		for (Activity activity : handbook.view.activities()) {
			byPlan.computeIfAbsent(ModelView.planOf(activity), k -> new ArrayList<>()).add(activity);
		}
		for (Map.Entry<Plan, List<Activity>> entry : byPlan.entrySet()) {
			Plan plan = entry.getKey();
			String heading = plan == null ? Html.raw("activities.noPlan") : Handbook.title(plan);
			String id = handbook.site.freshId(plan == null ? "utan-plan" : "aktiviteter-" + handbook.site.id(plan));
			page.line("<section aria-labelledby=\"" + id + "-rubrik\">");
			page.line("<h2 id=\"" + id + "-rubrik\">" + Html.esc(heading) + "</h2>");
			if (plan != null && plan.getOwner() != null) {
				page.line("<p>" + Html.t("activities.owner") + " " + handbook.organisation(plan.getOwner()) + "</p>");
			}
			page.add(table(handbook, entry.getValue(), Html.raw("activities.caption", heading), id, true));
			page.line("</section>");
		}
		return page;
	}

	/** Activities as a table; the full list carries their anchors and what they contribute to. */
	static String table(Handbook handbook, List<Activity> activities, String caption, String id, boolean full) {
		StringBuilder out = new StringBuilder();
		out.append("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"").append(id).append("\" tabindex=\"0\">\n");
		out.append("<table class=\"aktiviteter\">\n<caption id=\"").append(id).append("\">").append(Html.esc(caption))
				.append("</caption>\n");
		out.append("<thead>\n<tr><th scope=\"col\">").append(Html.t("activity.title")).append("</th><th scope=\"col\">")
				.append(Html.t("activity.responsible")).append("</th><th scope=\"col\">").append(Html.t("activity.start"))
				.append("</th><th scope=\"col\">").append(Html.t("activity.end")).append("</th><th scope=\"col\">")
				.append(Html.t("activity.status")).append("</th>");
		if (full) {
			out.append("<th scope=\"col\">").append(Html.t("activity.contributesTo")).append("</th>");
		}
		out.append("</tr>\n</thead>\n<tbody>\n");
		for (Activity activity : activities) {
			out.append("<tr");
			if (full) {
				out.append(" id=\"").append(handbook.site.id(activity)).append('"');
			}
			out.append("><th scope=\"row\">");
			out.append(full ? Html.esc(Handbook.title(activity)) : handbook.link(activity));
			if (full && activity.getDescription() != null) {
				out.append("<div class=\"detalj\">").append(Html.blocks(activity.getDescription())).append("</div>");
			}
			out.append("</th><td>").append(responsible(handbook, activity)).append("</td><td>")
					.append(Html.esc(Handbook.deadline(activity.getStart()))).append("</td><td>")
					.append(Html.esc(Handbook.deadline(activity.getEnd())))
					.append("</td><td>").append(handbook.status(activity)).append("</td>");
			if (full) {
				out.append("<td>").append(handbook.links(activity.getLinks())).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table>\n</div>\n");
		return out.toString();
	}

	static String responsible(Handbook handbook, Activity activity) {
		StringBuilder out = new StringBuilder();
		if (activity.getResponsible() != null) {
			out.append(Html.text(activity.getResponsible()));
		}
		if (activity.getPerformer() != null && !activity.getPerformer().eIsProxy()) {
			out.append(out.length() > 0 ? "<br>" : "").append(Html.t("activity.performer")).append(' ')
					.append(handbook.organisation(activity.getPerformer()));
		}
		return out.toString();
	}
}
