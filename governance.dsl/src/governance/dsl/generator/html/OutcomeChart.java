package governance.dsl.generator.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Measure;

/**
 * An inline SVG line chart of a measure's outcomes (utgångsvärden and utfall) against its målvärden,
 * year by year (values for a month, quarter or tertial stand in the table only). It is an image with a text alternative that says the same in words; the numbers are
 * also in the table beside it. Outcome and target differ in shape and line style, not only in colour;
 * a forecast is drawn hollow.
 */
final class OutcomeChart {

	private static final int WIDTH = 640;
	private static final int HEIGHT = 296;
	private static final int LEFT = 64;
	private static final int RIGHT = 24;
	private static final int TOP = 36;
	private static final int BOTTOM = 76;
	private static final String OUTCOME_COLOUR = "#0b4f8a";
	private static final String TARGET_COLOUR = "#a34700";

	private record Point(int year, double value, boolean forecast, String text) {
	}

	private record TargetMark(int first, int last, double value, Double upper, String text) {
	}

	private OutcomeChart() {
	}

	/** The chart as a figure, or "" when the measure has no number to draw. */
	static String render(Handbook handbook, Measure measure, IndicatorTable table) {
		TreeMap<Integer, Point> byYear = new TreeMap<>();
		List<TargetMark> targets = new ArrayList<>();
		boolean withinYear = false;
		for (IndicatorTable.Row row : table.rows()) {
			if (row.period() == null || row.number() == null) {
				continue;
			}
			// The chart is by year: a month's, quarter's or tertial's value is not the year's.
			if (row.period().isWithinYear()) {
				withinYear = true;
				continue;
			}
			if (row.kind() == IndicatorTable.Kind.TARGET) {
				targets.add(new TargetMark(row.period().first(), row.period().last(), row.number().doubleValue(),
						row.upper() == null ? null : row.upper().doubleValue(), row.total()));
			} else {
				byYear.put(row.period().last(),
						new Point(row.period().last(), row.number().doubleValue(), row.forecast(), row.total()));
			}
		}
		List<Point> points = new ArrayList<>(byYear.values());
		if (points.isEmpty() && targets.isEmpty()) {
			return "";
		}
		int firstYear = Integer.MAX_VALUE;
		int lastYear = Integer.MIN_VALUE;
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (Point point : points) {
			firstYear = Math.min(firstYear, point.year());
			lastYear = Math.max(lastYear, point.year());
			min = Math.min(min, point.value());
			max = Math.max(max, point.value());
		}
		for (TargetMark target : targets) {
			firstYear = Math.min(firstYear, target.first());
			lastYear = Math.max(lastYear, target.last());
			min = Math.min(min, target.value());
			max = Math.max(max, target.upper() == null ? target.value() : target.upper());
		}
		double step = niceStep((max - min) / 4);
		double low = Math.floor(min / step) * step;
		double high = Math.ceil(max / step) * step;
		if (high - low < step / 2) {
			low -= step;
			high += step;
		}
		Scale scale = new Scale(firstYear, lastYear, low, high);

		String id = handbook.site.freshId("diagram-" + handbook.site.id(measure));
		String unit = measure.getUnit() == null ? "" : measure.getUnit();
		StringBuilder out = new StringBuilder();
		out.append("<figure class=\"diagram\">\n");
		out.append("<svg role=\"img\" aria-labelledby=\"").append(id).append("-titel ").append(id)
				.append("-beskrivning\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"")
				.append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">\n");
		out.append("<title id=\"").append(id).append("-titel\">").append(Html.t("chart.title", Handbook.title(measure)))
				.append("</title>\n");
		out.append("<desc id=\"").append(id).append("-beskrivning\">").append(Html.esc(description(points, targets)))
				.append("</desc>\n");

		// Grid and y axis.
		int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
		long ticks = Math.round((high - low) / step);
		for (long i = 0; i <= ticks; i++) {
			double tick = low + i * step;
			String y = f(scale.y(tick));
			out.append("<line class=\"rutnat\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
					.append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>\n");
			out.append("<text class=\"axeltext\" x=\"").append(LEFT - 8).append("\" y=\"").append(f(scale.y(tick) + 4))
					.append("\" text-anchor=\"end\">")
					.append(Html.esc(Html.number(Values.number(BigDecimal.valueOf(tick).setScale(decimals, RoundingMode.HALF_UP)))))
					.append("</text>\n");
		}
		if (!unit.isBlank()) {
			out.append("<text class=\"axeltext\" x=\"").append(LEFT - 8).append("\" y=\"").append(TOP - 6)
					.append("\" text-anchor=\"end\">").append(Html.esc(unit)).append("</text>\n");
		}
		// Period on the x axis; at most about ten labels.
		int span = lastYear - firstYear;
		int every = Math.max(1, (span + 9) / 10);
		for (int year = firstYear; year <= lastYear; year += every) {
			out.append("<text class=\"axeltext\" x=\"").append(f(scale.x(year))).append("\" y=\"")
					.append(HEIGHT - BOTTOM + 20).append("\" text-anchor=\"middle\">").append(year).append("</text>\n");
		}
		out.append("<line class=\"axel\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
				.append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>\n");

		// Targets: a dashed line over the years they hold for, a diamond at each end; a range as two lines.
		for (TargetMark target : targets) {
			drawTarget(out, scale, target.first(), target.last(), target.value());
			if (target.upper() != null) {
				drawTarget(out, scale, target.first(), target.last(), target.upper());
			}
		}
		// Outcomes: a solid line through the points; a forecast is hollow.
		if (points.size() > 1) {
			out.append("<polyline class=\"utfallslinje\" fill=\"none\" stroke=\"").append(OUTCOME_COLOUR)
					.append("\" stroke-width=\"2.5\" points=\"");
			for (int i = 0; i < points.size(); i++) {
				out.append(i == 0 ? "" : " ").append(f(scale.x(points.get(i).year()))).append(',')
						.append(f(scale.y(points.get(i).value())));
			}
			out.append("\"/>\n");
		}
		for (Point point : points) {
			out.append("<circle cx=\"").append(f(scale.x(point.year()))).append("\" cy=\"").append(f(scale.y(point.value())))
					.append("\" r=\"5\" stroke=\"").append(OUTCOME_COLOUR).append("\" stroke-width=\"2.5\" fill=\"")
					.append(point.forecast() ? "#ffffff" : OUTCOME_COLOUR).append("\"/>\n");
		}
		// Legend.
		int legendY = HEIGHT - 22;
		out.append("<circle cx=\"").append(LEFT + 6).append("\" cy=\"").append(legendY - 4).append("\" r=\"5\" fill=\"")
				.append(OUTCOME_COLOUR).append("\"/>\n");
		out.append("<text class=\"forklaring\" x=\"").append(LEFT + 18).append("\" y=\"").append(legendY).append("\">")
				.append(Html.t("chart.legend.outcome")).append("</text>\n");
		out.append("<circle cx=\"").append(LEFT + 126).append("\" cy=\"").append(legendY - 4)
				.append("\" r=\"5\" fill=\"#ffffff\" stroke-width=\"2.5\" stroke=\"").append(OUTCOME_COLOUR).append("\"/>\n");
		out.append("<text class=\"forklaring\" x=\"").append(LEFT + 138).append("\" y=\"").append(legendY).append("\">")
				.append(Html.t("chart.legend.forecast")).append("</text>\n");
		out.append("<line x1=\"").append(LEFT + 250).append("\" x2=\"").append(LEFT + 282).append("\" y1=\"")
				.append(legendY - 4).append("\" y2=\"").append(legendY - 4).append("\" stroke=\"").append(TARGET_COLOUR)
				.append("\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/>\n");
		out.append(diamond(LEFT + 266, legendY - 4));
		out.append("<text class=\"forklaring\" x=\"").append(LEFT + 292).append("\" y=\"").append(legendY).append("\">")
				.append(Html.t("chart.legend.target")).append("</text>\n");
		out.append("</svg>\n");
		out.append("<figcaption>").append(Html.t("chart.caption"));
		if (withinYear) {
			out.append(' ').append(Html.t("chart.withinYear"));
		}
		out.append("</figcaption>\n");
		out.append("</figure>\n");
		return out.toString();
	}

	private static void drawTarget(StringBuilder out, Scale scale, int first, int last, double value) {
		String y = f(scale.y(value));
		if (first != last) {
			out.append("<line x1=\"").append(f(scale.x(first))).append("\" x2=\"").append(f(scale.x(last)))
					.append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(TARGET_COLOUR)
					.append("\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/>\n");
			out.append(diamond(scale.x(first), scale.y(value)));
		}
		out.append(diamond(scale.x(last), scale.y(value)));
	}

	private static String diamond(double x, double y) {
		return "<path d=\"M" + f(x) + "," + f(y - 7) + " L" + f(x + 7) + "," + f(y) + " L" + f(x) + "," + f(y + 7) + " L"
				+ f(x - 7) + "," + f(y) + " Z\" fill=\"" + TARGET_COLOUR + "\"/>\n";
	}

	/** The chart in words: every outcome and every target. */
	private static String description(List<Point> points, List<TargetMark> targets) {
		StringBuilder text = new StringBuilder();
		if (!points.isEmpty()) {
			text.append(Html.raw("chart.describe.outcomes",
					String.join("; ", points.stream().map(p -> p.year() + ": " + p.text()).toList())));
		}
		if (!targets.isEmpty()) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(Html.raw("chart.describe.targets", String.join("; ", targets.stream()
					.map(t -> Handbook.period(Period.years(t.first(), t.last())) + ": " + t.text())
					.toList())));
		}
		return text.toString();
	}

	private static double niceStep(double rough) {
		if (rough <= 0 || Double.isNaN(rough)) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double fraction = rough / magnitude;
		double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
		return nice * magnitude;
	}

	private static String f(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	private record Scale(int firstYear, int lastYear, double low, double high) {
		double x(int year) {
			double width = WIDTH - LEFT - RIGHT - 40;
			if (lastYear == firstYear) {
				return LEFT + 20 + width / 2;
			}
			return LEFT + 20 + (year - firstYear) * width / (lastYear - firstYear);
		}

		double y(double value) {
			double height = HEIGHT - TOP - BOTTOM;
			return HEIGHT - BOTTOM - (value - low) * height / (high - low);
		}
	}
}
