package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.ReferenceValue;

/**
 * matt.html: every indicator, basmått and omvärldsmått at a glance with its latest outcome, the target
 * that applies to that outcome's period and whether it is met;
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
				+ Html.t("measures.latestOutcome") + "</th><th scope=\"col\">" + Html.t("measures.applyingTarget")
				+ "</th><th scope=\"col\">" + Html.t("measures.status") + "</th></tr>\n</thead>\n<tbody>");
		for (Measure measure : measures) {
			Goal goal = ModelView.goalOf(measure);
			page.line("<tr><th scope=\"row\">" + handbook.link(measure) + "</th><td>"
					+ Html.t("measureKind." + measure.getKind().getName())
					+ (measure.isKsIndicator() ? ", " + Html.t("measure.ksIndicator") : "") + "</td><td>"
					+ (goal == null ? "" : handbook.link(goal)) + "</td>" + standing(handbook, measure) + "</tr>");
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

	/**
	 * The latest utfall, the målvärde that applies to its period (not the plan's last one: a 2026
	 * target says nothing about a 2024 outcome) and the computed result, as three cells.
	 */
	static String standing(Handbook handbook, Measure measure) {
		governance.dsl.model.MeasureFulfilment.Standing standing = handbook.standing(measure);
		String unit = measure.getUnit();
		String outcome = standing.outcome() == null ? Html.t("measures.noOutcome")
				: valueWithPeriod(standing.period(), Values.outcome(standing.outcome().getValue(), unit),
						!(standing.outcome().getValue() instanceof ReferenceValue));
		String target = standing.target() == null ? "" : valueWithPeriod(Period.parse(standing.target().getPeriod()),
				Values.target(standing.target().getValue(), unit), true);
		boolean judged = measure.getKind() != MeasureKind.CONTEXT;
		return "<td>" + outcome + "</td><td>" + target + "</td><td>"
				+ (judged ? handbook.fulfilment(standing.result()) : "") + "</td>";
	}

	/** "2019: 74 %", "januari 2019: 12 000 kr", escaped, numbers in the handbook's typography. */
	private static String valueWithPeriod(Period period, String value, boolean typography) {
		return Html.esc(Handbook.period(period) + ": " + (typography ? Html.number(value) : value));
	}
}
