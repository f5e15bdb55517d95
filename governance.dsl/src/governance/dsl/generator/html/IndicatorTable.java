package governance.dsl.generator.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import governance.dsl.model.Values;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.Baseline;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;

/**
 * A measure's values by year as one table: utgångsvärden, målvärden and utfall (from the plan and
 * every follow-up), each with its qualifiers as the planners write them (I.U., prognos, bounds,
 * se …), a column per group the values are split by, and the footnotes. The chart draws the same rows.
 */
final class IndicatorTable {

	enum Kind {
		BASELINE, TARGET, OUTCOME
	}

	/** One written value of the measure. Texts are plain (not escaped). */
	record Row(Kind kind, Period years, String period, String label, FollowUp followUp, String total,
			Map<SplitGroup, String> splits, String footnote, BigDecimal number, BigDecimal upper, boolean forecast,
			int order) {
	}

	private final Measure measure;
	private final List<Row> rows = new ArrayList<>();
	private final List<SplitGroup> groups = new ArrayList<>();

	IndicatorTable(Handbook handbook, Measure measure) {
		this.measure = measure;
		measure.getSplits().stream().filter(g -> !g.eIsProxy()).forEach(groups::add);
		String unit = measure.getUnit();
		for (Baseline baseline : measure.getBaselines()) {
			Map<SplitGroup, String> splits = new LinkedHashMap<>();
			for (SplitOutcome split : baseline.getSplits()) {
				group(split.getGroup(), splits, Values.outcome(split.getValue(), unit));
			}
			rows.add(new Row(Kind.BASELINE, Period.parse(baseline.getPeriod()), baseline.getPeriod(), Html.raw("table.baseline"),
					null, Values.outcome(baseline.getValue(), unit), splits, baseline.getFootnote(),
					Values.numberOf(baseline.getValue()), null,
					baseline.getValue() instanceof MeasuredValue m && m.isForecast(), rows.size()));
		}
		for (Target target : measure.getTargets()) {
			Map<SplitGroup, String> splits = new LinkedHashMap<>();
			for (SplitTarget split : target.getSplits()) {
				group(split.getGroup(), splits, Values.target(split.getValue(), unit));
			}
			TargetValue value = target.getValue();
			rows.add(new Row(Kind.TARGET, Period.parse(target.getPeriod()), target.getPeriod(), Html.raw("table.target"), null,
					Values.target(value, unit), splits, target.getFootnote(), value == null ? null : value.getNumber(),
					value == null ? null : value.getUpper(), false, rows.size()));
		}
		for (Outcome outcome : handbook.view.outcomes(measure)) {
			Map<SplitGroup, String> splits = new LinkedHashMap<>();
			for (SplitOutcome split : outcome.getSplits()) {
				group(split.getGroup(), splits, Values.outcome(split.getValue(), unit));
			}
			FollowUp followUp = outcome.eContainer() instanceof FollowUp f ? f : null;
			rows.add(new Row(Kind.OUTCOME, Period.parse(outcome.getPeriod()), outcome.getPeriod(), Html.raw("table.outcome"),
					followUp, Values.outcome(outcome.getValue(), unit), splits, outcome.getFootnote(),
					Values.numberOf(outcome.getValue()), null,
					outcome.getValue() instanceof MeasuredValue m && m.isForecast(), rows.size()));
		}
		rows.sort(Comparator.comparingInt((Row r) -> r.years() == null ? Integer.MAX_VALUE : r.years().first())
				.thenComparingInt(r -> r.years() == null ? Integer.MAX_VALUE : r.years().last())
				.thenComparing(Row::kind).thenComparingInt(Row::order));
	}

	private void group(SplitGroup group, Map<SplitGroup, String> splits, String text) {
		if (group == null || group.eIsProxy()) {
			return;
		}
		if (!groups.contains(group)) {
			groups.add(group);
		}
		splits.put(group, text);
	}

	List<Row> rows() {
		return rows;
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	/** The table, in a region that scrolls on a narrow screen and can be reached by keyboard. */
	String render(Handbook handbook) {
		String captionId = handbook.site.freshId("tabell-" + handbook.site.id(measure));
		boolean footnotes = rows.stream().anyMatch(r -> r.footnote() != null && !r.footnote().isBlank());
		StringBuilder out = new StringBuilder();
		out.append("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"").append(captionId)
				.append("\" tabindex=\"0\">\n<table class=\"varden\">\n");
		out.append("<caption id=\"").append(captionId).append("\">")
				.append(Html.t("table.caption", Handbook.title(measure))).append("</caption>\n");
		out.append("<thead>\n<tr><th scope=\"col\">").append(Html.t("table.year")).append("</th><th scope=\"col\">")
				.append(Html.t("table.kind")).append("</th><th scope=\"col\">").append(Html.t("table.total")).append("</th>");
		for (SplitGroup group : groups) {
			out.append("<th scope=\"col\">").append(Html.esc(Handbook.title(group))).append("</th>");
		}
		if (footnotes) {
			out.append("<th scope=\"col\">").append(Html.t("table.footnote")).append("</th>");
		}
		out.append("</tr>\n</thead>\n<tbody>\n");
		for (Row row : rows) {
			out.append("<tr class=\"rad-").append(row.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">");
			out.append("<th scope=\"row\">").append(Html.esc(Handbook.period(row.period()))).append("</th>");
			out.append("<td>").append(Html.esc(row.label()));
			if (row.followUp() != null) {
				out.append(" <span class=\"kalla\">(").append(handbook.link(row.followUp())).append(")</span>");
			}
			out.append("</td>");
			out.append("<td>").append(Html.esc(row.total())).append("</td>");
			for (SplitGroup group : groups) {
				String value = row.splits().get(group);
				out.append("<td>").append(value == null ? "" : Html.esc(value)).append("</td>");
			}
			if (footnotes) {
				out.append("<td>").append(Html.text(row.footnote())).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table>\n</div>\n");
		return out.toString();
	}
}
