package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.SplitGroup;

/** A measure in full: what it is, where it comes from, its values by year and the chart. */
final class MeasureSection {

	private MeasureSection() {
	}

	/** The measure under a heading of the given level (h3 on a goal page). */
	static String render(Handbook handbook, Measure measure, int headingLevel) {
		StringBuilder out = new StringBuilder();
		String id = handbook.site.id(measure);
		out.append("<section class=\"matt\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-rubrik\">\n");
		out.append("<h").append(headingLevel).append(" id=\"").append(id).append("-rubrik\">")
				.append(Html.esc(Handbook.title(measure))).append("</h").append(headingLevel).append(">\n");
		out.append("<dl class=\"fakta\">\n");
		fact(out, "measure.kind", Html.t("measureKind." + measure.getKind().getName())
				+ (measure.isKsIndicator() ? ", " + Html.t("measure.ksIndicator") : ""));
		if (ModelView.goalOf(measure) != null && !handbook.site.has(ModelView.goalOf(measure))) {
			fact(out, "measure.goal", handbook.link(ModelView.goalOf(measure)));
		}
		if (measure.getUnit() != null) {
			fact(out, "measure.unit", Html.esc(measure.getUnit()));
		}
		if (measure.getDirection() != null && measure.getDirection() != Direction.NOT_STATED) {
			fact(out, "measure.direction", Html.t("direction." + measure.getDirection().getName()));
		}
		if (measure.getSource() != null) {
			String kind = Html.t("source." + measure.getSource().getKind().getName());
			fact(out, "measure.source", kind + ": " + Html.text(measure.getSource().getReference()));
		}
		List<SplitGroup> splits = measure.getSplits().stream().filter(g -> !g.eIsProxy()).toList();
		if (!splits.isEmpty()) {
			fact(out, "measure.splits", Html.esc(String.join(", ", splits.stream().map(Handbook::title).toList())));
		}
		if (measure.isMeasuresPeople()) {
			fact(out, "measure.people", Html.t("measure.peopleYes"));
		}
		fact(out, "measure.id", "<code>" + Html.esc(measure.getName()) + "</code>");
		out.append("</dl>\n");
		if (measure.getDescription() != null) {
			out.append(Html.blocks(measure.getDescription())).append('\n');
		}
		IndicatorTable table = new IndicatorTable(handbook, measure);
		if (table.isEmpty()) {
			out.append("<p>").append(Html.t("measure.noValues")).append("</p>\n");
		} else {
			out.append(table.render(handbook));
			out.append(OutcomeChart.render(handbook, measure, table));
		}
		out.append("</section>\n");
		return out.toString();
	}

	static void fact(StringBuilder out, String key, String html) {
		out.append("<div><dt>").append(Html.t(key)).append("</dt><dd>").append(html).append("</dd></div>\n");
	}
}
