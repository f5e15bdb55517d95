package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.AreaNotApplicable;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Plan;

/**
 * A page per målområde: what it covers, its goals level by level in the model's own terms, and the
 * organisations it does not apply to, with their reasons.
 */
final class AreaPage {

	private AreaPage() {
	}

	static Page render(Handbook handbook, GoalArea area) {
		Page page = new Page(handbook.site.file(area), Handbook.title(area), Page.Section.NONE);
		page.crumb(Html.raw("nav.start"), Site.START);
		page.line("<h1>" + Html.esc(Handbook.title(area)) + " <span class=\"typ\">" + Html.t("area.kind") + "</span></h1>");
		page.line("<dl class=\"fakta\">");
		MeasureSection.fact(page.body, "area.focus", Html.t("focus." + area.getFocus().getName()));
		MeasureSection.fact(page.body, "area.goalCount", Integer.toString(handbook.view.goalsIn(area).size()));
		page.line("</dl>");
		if (area.getDescription() != null) {
			page.line("<div class=\"ingress\">" + Html.blocks(area.getDescription()) + "</div>");
		}
		notApplicable(handbook, page, area);
		Map<Level, List<Goal>> byLevel = new LinkedHashMap<>();
		for (Goal goal : handbook.view.goalsIn(area)) {
			byLevel.computeIfAbsent(ModelView.levelOf(goal), k -> new ArrayList<>()).add(goal);
		}
		if (byLevel.isEmpty()) {
			page.line("<p>" + Html.t("area.noGoals") + "</p>");
		}
		for (Map.Entry<Level, List<Goal>> entry : byLevel.entrySet()) {
			String headingId = handbook.site.freshId("niva-" + (entry.getKey() == null ? "okand" : Site.slug(entry.getKey().getName())));
			page.line("<section aria-labelledby=\"" + headingId + "\">");
			page.line("<h2 id=\"" + headingId + "\">" + Html.esc(Handbook.goalTerm(entry.getKey())) + "</h2>");
			page.add(GoalList.render(handbook, entry.getValue()));
			page.line("</section>");
		}
		return page;
	}

	/** The organisations whose plans state that the area does not apply to them, with their reasons. */
	private static void notApplicable(Handbook handbook, Page page, GoalArea area) {
		List<AreaNotApplicable> statements = handbook.view.plans().stream().flatMap(p -> p.getNotApplicable().stream())
				.filter(n -> n.getArea() == area).toList();
		if (statements.isEmpty()) {
			return;
		}
		page.line("<section aria-labelledby=\"ej-tillampligt\">");
		page.line("<h2 id=\"ej-tillampligt\">" + Html.t("area.notApplicable") + "</h2>");
		page.line("<ul>");
		for (AreaNotApplicable statement : statements) {
			Plan plan = (Plan) statement.eContainer();
			String who = plan.getOwner() != null && !plan.getOwner().eIsProxy() ? handbook.link(plan.getOwner())
					: handbook.link(plan);
			page.line("<li>" + who + ": " + reason(statement) + " <span class=\"kalla\">(" + handbook.link(plan)
					+ ")</span></li>");
		}
		page.line("</ul>");
		page.line("</section>");
	}

	/** The plan's reason, or a note that it gives none. */
	static String reason(AreaNotApplicable statement) {
		return statement.getReason() == null || statement.getReason().isBlank() ? Html.t("area.noReason")
				: Html.text(statement.getReason());
	}
}
