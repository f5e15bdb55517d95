package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.styrmodell.AnnualCycle;
import governance.dsl.styrmodell.CycleEvent;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Month;

/** arshjul.html: each årshjul as a wheel and month by month in words, and the model's follow-up points. */
final class AnnualCyclePage {

	private AnnualCyclePage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.CYCLE, Html.raw("cycle.title"), Page.Section.CYCLE);
		page.line("<h1>" + Html.t("cycle.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("cycle.intro") + "</p>");
		List<FollowUpPoint> points = handbook.view.followUpPoints();
		if (handbook.view.cycles().isEmpty()) {
			page.line("<p>" + Html.t("cycle.none") + "</p>");
			if (!points.isEmpty()) {
				page.add(AnnualCycleWheel.render(handbook, handbook.site.freshId("arshjul"), Html.raw("cycle.pointsOnly"),
						List.of(), points));
			}
		}
		for (AnnualCycle cycle : handbook.view.cycles()) {
			String id = handbook.site.freshId("arshjul-" + Site.slug(cycle.getName()));
			page.line("<section aria-labelledby=\"" + id + "-rubrik\">");
			page.line("<h2 id=\"" + id + "-rubrik\">" + Html.esc(Handbook.title(cycle)) + "</h2>");
			page.add(AnnualCycleWheel.render(handbook, id, Handbook.title(cycle), cycle.getEvents(), points));
			for (int month = 1; month <= 12; month++) {
				final int current = month;
				List<CycleEvent> starting = cycle.getEvents().stream()
						.filter(e -> !AnnualCycleWheel.months(e).isEmpty() && AnnualCycleWheel.months(e).get(0) == current)
						.toList();
				if (starting.isEmpty()) {
					continue;
				}
				page.line("<h3 id=\"" + id + "-" + month + "\">" + Html.esc(capitalised(Handbook.month(month))) + "</h3>");
				page.line("<ul class=\"handelser\">");
				for (CycleEvent event : starting) {
					page.line("<li>" + when(event) + forums(handbook, event) + Html.text(event.getWhat()) + "</li>");
				}
				page.line("</ul>");
			}
			List<CycleEvent> undated = cycle.getEvents().stream().filter(e -> AnnualCycleWheel.months(e).isEmpty()).toList();
			if (!undated.isEmpty()) {
				page.line("<h3 id=\"" + id + "-utan-manad\">" + Html.t("cycle.noMonth") + "</h3>");
				page.line("<ul class=\"handelser\">");
				undated.forEach(event -> page.line("<li>" + forums(handbook, event) + Html.text(event.getWhat()) + "</li>"));
				page.line("</ul>");
			}
			page.line("</section>");
		}
		page.line("<section aria-labelledby=\"uppfoljningstillfallen\">");
		page.line("<h2 id=\"uppfoljningstillfallen\">" + Html.t("cycle.points") + "</h2>");
		if (points.isEmpty()) {
			page.line("<p>" + Html.t("cycle.noPoints") + "</p>");
		} else {
			page.line("<ul>");
			for (FollowUpPoint point : points) {
				page.line("<li>" + Html.esc(Handbook.title(point))
						+ (point.getMonth() != null && point.getMonth() != Month.NOT_STATED
								? ": " + Html.esc(Handbook.month(point.getMonth()))
								: ": " + Html.t("cycle.anyMonth"))
						+ "</li>");
			}
			page.line("</ul>");
		}
		page.line("</section>");
		return page;
	}

	private static String when(CycleEvent event) {
		if (event.getDate() != null) {
			return "<span class=\"nar\">" + Html.esc(event.getDate()) + "</span> ";
		}
		if (event.getEndMonth() != null && event.getEndMonth() != Month.NOT_STATED && event.getEndMonth() != event.getMonth()) {
			return "<span class=\"nar\">" + Html.esc(capitalised(Handbook.month(event.getMonth())) + "–"
					+ Handbook.month(event.getEndMonth())) + "</span> ";
		}
		return "";
	}

	private static String forums(Handbook handbook, CycleEvent event) {
		if (event.isAllCommittees()) {
			return "<span class=\"forum\">" + Html.t("cycle.allCommittees") + ":</span> ";
		}
		if (event.getForums().isEmpty()) {
			return "";
		}
		return "<span class=\"forum\">" + handbook.links(event.getForums()) + ":</span> ";
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
	}
}
