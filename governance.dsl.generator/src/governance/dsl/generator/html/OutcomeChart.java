package governance.dsl.generator.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import governance.dsl.model.Comparisons;
import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Measure;

/**
 * An inline SVG line chart (OutcomeChart.jte) of a measure's outcomes (utgångsvärden and utfall)
 * against its målvärden, year by year (values for a month, quarter or tertial stand in the table
 * only). It is an image with a text alternative that says the same in words; the numbers are also in
 * the table beside it. Outcome and target differ in shape and line style, not only in colour; a
 * forecast is drawn hollow, a range of målvärden as a band; the legend lists only what is drawn. The
 * averages of the model's jämförelsegrupper are drawn beside the outcomes (dotted, with squares).
 */
final class OutcomeChart {

	private static final int WIDTH = 640;
	private static final int HEIGHT = 296;
	private static final int LEFT = 64;
	private static final int RIGHT = 24;
	private static final int TOP = 36;
	private static final int BOTTOM = 84;

	private record Point(int year, double value, boolean forecast, String text) {
	}

	private record TargetMark(int first, int last, double value, Double upper, String text) {
	}

	private OutcomeChart() {
	}

	/**
	 * The chart as OutcomeChart.jte draws it: every coordinate computed here, every text escaped there.
	 * {@code truncated} is the note that the y axis does not start at zero (null when it does).
	 */
	record Chart(String id, String title, String description, int width, int height, List<Tick> ticks, Label unit,
			List<Label> years, Line axis, List<Band> bands, List<Line> targets, List<String> diamonds, String polyline,
			List<Dot> dots, List<Comparison> comparisons, Label truncated, List<Legend> legend, String caption) {
	}

	/**
	 * A jämförelsegrupp's average per year, beside the municipality's outcomes: a dotted line through
	 * squares in a colour of its own ({@code polyline} null for a single year), with its legend entry
	 * on a row of its own below the others.
	 */
	record Comparison(String colour, String polyline, List<Square> squares, Legend legend) {
	}

	/** A square mark of a group's average, centred on (x, y): its corner is 4.5 up and left. */
	record Square(String x, String y) {
	}

	/** The colours of the groups' lines, in the model's order of the groups; none is the outcome's or target's. */
	private static final String[] COMPARISON_COLOURS = { "#4d4d4d", "#6a3d9a", "#1b7837", "#8c510a" };

	private static final int LEGEND_ROW = 22;

	/** A grid line at height {@code y} with its value beside the axis. */
	record Tick(int x1, int x2, String y, String textY, String text) {
	}

	record Label(String x, String y, String text) {
	}

	record Line(String x1, String x2, String y1, String y2) {
	}

	/** A "mellan" målvärde: the band between its bounds over the years it holds for. */
	record Band(String x, String y, String width, String height) {
	}

	record Dot(String cx, String cy, boolean hollow) {
	}

	/** What a legend entry stands for: each is listed only when the chart draws it. */
	enum Mark {
		OUTCOME, FORECAST, TARGET, BAND, COMPARISON
	}

	/** A legend entry at (x, y): its mark, the x of its text, and the text. */
	record Legend(Mark mark, int x, int y, int textX, String text) {
	}

	/** The chart, or null when the measure has no number to draw. */
	static Chart chart(Handbook handbook, Measure measure, IndicatorTable table) {
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
			return null;
		}
		// The groups' averages (I.U. is no point): drawn beside the outcomes, never instead of the targets.
		List<Comparisons.Series> groups = table.comparisons();
		List<List<Point>> compared = new ArrayList<>();
		for (Comparisons.Series series : groups) {
			List<Point> averages = new ArrayList<>();
			series.byYear().forEach((year, value) -> {
				if (Comparisons.number(value) != null) {
					averages.add(new Point(year, Comparisons.number(value).doubleValue(), false,
							Html.number(Comparisons.text(value))));
				}
			});
			compared.add(averages);
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
		for (Point point : compared.stream().flatMap(List::stream).toList()) {
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
		// The axis starts at zero, unless the values lie so far from it that their differences would
		// vanish; then it starts near them and the chart says so in words.
		boolean truncate = min > 0 && min > 0.6 * max || max < 0 && max < 0.6 * min;
		if (!truncate) {
			min = Math.min(min, 0);
			max = Math.max(max, 0);
		}
		double step = niceStep((max - min) / 4);
		double low = Math.floor(min / step) * step;
		double high = Math.ceil(max / step) * step;
		if (high - low < step / 2) {
			if (low == 0) {
				high += step;
			} else {
				low -= step;
				high += step;
			}
		}
		Scale scale = new Scale(firstYear, lastYear, low, high);

		// Grid and y axis.
		List<Tick> ticks = new ArrayList<>();
		int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
		long count = Math.round((high - low) / step);
		for (long i = 0; i <= count; i++) {
			double tick = low + i * step;
			ticks.add(new Tick(LEFT, WIDTH - RIGHT, f(scale.y(tick)), f(scale.y(tick) + 4), axisNumber(tick, decimals)));
		}
		String unit = measure.getUnit() == null ? "" : measure.getUnit();
		Label unitLabel = unit.isBlank() ? null : new Label(Integer.toString(LEFT - 8), Integer.toString(TOP - 6), unit);
		// Period on the x axis; at most about ten labels.
		List<Label> years = new ArrayList<>();
		int every = Math.max(1, (lastYear - firstYear + 9) / 10);
		for (int year = firstYear; year <= lastYear; year += every) {
			years.add(new Label(f(scale.x(year)), Integer.toString(HEIGHT - BOTTOM + 20), Integer.toString(year)));
		}
		Line axis = new Line(Integer.toString(LEFT), Integer.toString(WIDTH - RIGHT), Integer.toString(HEIGHT - BOTTOM),
				Integer.toString(HEIGHT - BOTTOM));
		String truncatedText = truncate ? Html.msg("chart.truncated", axisNumber(low, decimals)) : null;
		Label truncated = truncate ? new Label(Integer.toString(LEFT), Integer.toString(HEIGHT - BOTTOM + 38),
				Html.msg("chart.truncatedMark", axisNumber(low, decimals))) : null;

		// Targets: a bound as a dashed line over the years it holds for (a short one for a single
		// year), a diamond at each end; a range as a band between two dashed lines.
		List<Band> bands = new ArrayList<>();
		List<Line> targetLines = new ArrayList<>();
		List<String> diamonds = new ArrayList<>();
		for (TargetMark target : targets) {
			double x1 = target.first() == target.last() ? scale.x(target.last()) - 14 : scale.x(target.first());
			double x2 = target.first() == target.last() ? scale.x(target.last()) + 14 : scale.x(target.last());
			if (target.upper() != null) {
				double top = scale.y(target.upper());
				bands.add(new Band(f(x1), f(top), f(x2 - x1), f(scale.y(target.value()) - top)));
			}
			drawTarget(targetLines, diamonds, scale, target, x1, x2, target.value());
			if (target.upper() != null) {
				drawTarget(targetLines, diamonds, scale, target, x1, x2, target.upper());
			}
		}
		// Outcomes: a solid line through the points; a forecast is hollow.
		String polyline = points.size() < 2 ? null : String.join(" ", points.stream()
				.map(p -> f(scale.x(p.year())) + "," + f(scale.y(p.value()))).toList());
		List<Dot> dots = points.stream().map(p -> new Dot(f(scale.x(p.year())), f(scale.y(p.value())), p.forecast())).toList();

		// The legend names what is drawn, and only that.
		List<Mark> drawn = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		if (points.stream().anyMatch(p -> !p.forecast())) {
			drawn.add(Mark.OUTCOME);
		}
		if (points.stream().anyMatch(Point::forecast)) {
			drawn.add(Mark.FORECAST);
		}
		if (targets.stream().anyMatch(t -> t.upper() == null)) {
			drawn.add(Mark.TARGET);
		}
		if (!bands.isEmpty()) {
			drawn.add(Mark.BAND);
		}
		List<Legend> legend = new ArrayList<>();
		int legendY = HEIGHT - 16;
		int x = LEFT;
		for (Mark mark : drawn) {
			String text = Html.msg("chart.legend." + mark.name().toLowerCase(Locale.ROOT));
			int symbol = mark == Mark.TARGET || mark == Mark.BAND ? 32 : 12;
			legend.add(new Legend(mark, x, legendY, x + symbol + 8, text));
			parts.add(Html.msg("chart.part." + mark.name().toLowerCase(Locale.ROOT)));
			x += symbol + 8 + 8 * text.length() + 20;
		}
		// Each group's line, and its legend entry on a row of its own (its name may be long).
		List<Comparison> comparisons = new ArrayList<>();
		StringBuilder described = new StringBuilder();
		for (int i = 0; i < groups.size(); i++) {
			List<Point> averages = compared.get(i);
			if (averages.isEmpty()) {
				continue;
			}
			String title = groups.get(i).title();
			String colour = COMPARISON_COLOURS[comparisons.size() % COMPARISON_COLOURS.length];
			int rowY = HEIGHT - 16 + LEGEND_ROW * (comparisons.size() + 1);
			comparisons.add(new Comparison(colour, averages.size() < 2 ? null : String.join(" ", averages.stream()
					.map(p -> f(scale.x(p.year())) + "," + f(scale.y(p.value()))).toList()),
					averages.stream().map(p -> new Square(f(scale.x(p.year()) - 4.5), f(scale.y(p.value()) - 4.5))).toList(),
					new Legend(Mark.COMPARISON, LEFT, rowY, LEFT + 32 + 8, Html.msg("chart.legend.comparison", title))));
			parts.add(Html.msg("chart.part.comparison", title));
			described.append(' ').append(Html.raw("chart.describe.comparison", title,
					String.join("; ", averages.stream().map(p -> p.year() + ": " + p.text()).toList())));
		}
		String caption = Html.msg("chart.captionDrawn", String.join(", ", parts))
				+ (truncatedText != null ? " " + truncatedText : "") + (withinYear ? " " + Html.msg("chart.withinYear") : "");
		String description = description(points, targets) + described + (truncatedText != null ? " " + truncatedText : "");
		return new Chart(handbook.site.freshId("diagram-" + handbook.site.id(measure)),
				Html.msg("chart.title", Handbook.title(measure)), description, WIDTH,
				HEIGHT + LEGEND_ROW * comparisons.size(), ticks, unitLabel, years, axis, bands, targetLines, diamonds,
				polyline, dots, comparisons, truncated, legend, caption);
	}

	/** A value on the y axis in the handbook's typography. */
	private static String axisNumber(double value, int decimals) {
		return Html.number(Values.number(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)));
	}

	private static void drawTarget(List<Line> lines, List<String> diamonds, Scale scale, TargetMark target, double x1,
			double x2, double value) {
		String y = f(scale.y(value));
		lines.add(new Line(f(x1), f(x2), y, y));
		if (target.first() != target.last()) {
			diamonds.add(diamond(scale.x(target.first()), scale.y(value)));
		}
		diamonds.add(diamond(scale.x(target.last()), scale.y(value)));
	}

	/** A diamond's path around (x, y). */
	static String diamond(double x, double y) {
		return "M" + f(x) + "," + f(y - 7) + " L" + f(x + 7) + "," + f(y) + " L" + f(x) + "," + f(y + 7) + " L" + f(x - 7)
				+ "," + f(y) + " Z";
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

	/**
	 * A coordinate with one decimal, without a trailing ".0": what {@code String.format("%.1f")} gives
	 * (half up from the shortest decimal form of the double), without its cost: a chart has hundreds.
	 */
	static String f(double value) {
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
		String text = rounded.stripTrailingZeros().toPlainString();
		if (text.endsWith(".0")) {
			text = text.substring(0, text.length() - 2);
		}
		return rounded.signum() == 0 && Math.copySign(1.0, value) < 0 ? "-" + text : text;
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
