package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;

/**
 * matt.html: every indicator, basmått and omvärldsmått at a glance with its latest outcome and target;
 * the measures that belong to no goal are shown here in full, the others on their goal's page.
 */
final class MeasuresPage {

	private MeasuresPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.MEASURES, Html.raw("measures.title"), Page.Section.MEASURES);
		page.line("<h1>" + Html.t("measures.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("measures.intro") + "</p>");
		List<Measure> measures = handbook.view.measures();
		if (measures.isEmpty()) {
			page.line("<p>" + Html.t("measures.none") + "</p>");
			return page;
		}
		page.line("<section aria-labelledby=\"oversikt\">");
		page.line("<h2 id=\"oversikt\">" + Html.t("measures.overview") + "</h2>");
		page.line("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"oversikt-tabell\" tabindex=\"0\">");
		page.line("<table>\n<caption id=\"oversikt-tabell\">" + Html.t("measures.caption") + "</caption>");
		page.line("<thead>\n<tr><th scope=\"col\">" + Html.t("measures.measure") + "</th><th scope=\"col\">"
				+ Html.t("measure.kind") + "</th><th scope=\"col\">" + Html.t("measures.goal") + "</th><th scope=\"col\">"
				+ Html.t("measures.latestOutcome") + "</th><th scope=\"col\">" + Html.t("measures.latestTarget")
				+ "</th></tr>\n</thead>\n<tbody>");
		for (Measure measure : measures) {
			IndicatorTable table = new IndicatorTable(handbook, measure);
			Goal goal = ModelView.goalOf(measure);
			page.line("<tr><th scope=\"row\">" + handbook.link(measure) + "</th><td>"
					+ Html.t("measureKind." + measure.getKind().getName())
					+ (measure.isKsIndicator() ? ", " + Html.t("measure.ksIndicator") : "") + "</td><td>"
					+ (goal == null ? "" : handbook.link(goal)) + "</td><td>" + latest(table, IndicatorTable.Kind.OUTCOME)
					+ "</td><td>" + latest(table, IndicatorTable.Kind.TARGET) + "</td></tr>");
		}
		page.line("</tbody>\n</table>\n</div>");
		page.line("</section>");

		List<Measure> free = measures.stream().filter(m -> ModelView.goalOf(m) == null).toList();
		if (!free.isEmpty()) {
			page.line("<section aria-labelledby=\"utan-mal\">");
			page.line("<h2 id=\"utan-mal\">" + Html.t("measures.free") + "</h2>");
			for (Measure measure : free) {
				page.add(MeasureSection.render(handbook, measure, 3));
			}
			page.line("</section>");
		}
		return page;
	}

	/** The latest row of a kind as "2019: 74 % (prognos)"; an utgångsvärde stands in for a missing utfall. */
	private static String latest(IndicatorTable table, IndicatorTable.Kind kind) {
		IndicatorTable.Row found = null;
		for (IndicatorTable.Row row : table.rows()) {
			if (row.kind() == kind || kind == IndicatorTable.Kind.OUTCOME && row.kind() == IndicatorTable.Kind.BASELINE) {
				found = row;
			}
		}
		return found == null ? "" : Html.esc(Handbook.period(found.period()) + ": " + found.total());
	}
}
