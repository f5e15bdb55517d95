package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import governance.dsl.styrmodell.CycleEvent;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Month;

/**
 * The årshjul as a circular SVG: twelve month sectors clockwise from January at the top, each with its
 * name and number of events, shaded by how much happens; a month with a follow-up point of the model
 * carries a marker. The picture is an image whose text alternative says the same month by month; the
 * events themselves are listed in full beside it.
 */
final class AnnualCycleWheel {

	private static final int SIZE = 460;
	private static final double CENTRE = SIZE / 2.0;
	private static final double OUTER = 210;
	private static final double INNER = 92;
	private static final String[] SHADES = { "#ffffff", "#e3eef9", "#c6dcf2", "#a9cbeb" };

	private AnnualCycleWheel() {
	}

	/** The months (1–12) an event covers: one, a span (wrapping over the new year), or a date's month. */
	static List<Integer> months(CycleEvent event) {
		List<Integer> months = new ArrayList<>();
		if (event.getDate() != null) {
			String[] parts = event.getDate().split("-");
			if (parts.length == 3) {
				try {
					int month = Integer.parseInt(parts[1]);
					if (month >= 1 && month <= 12) {
						months.add(month);
					}
				} catch (NumberFormatException e) {
					// An invalid date has no month on the wheel; the checker reports it.
				}
			}
			return months;
		}
		if (event.getMonth() == null || event.getMonth() == Month.NOT_STATED) {
			return months;
		}
		int first = event.getMonth().getValue();
		int last = event.getEndMonth() == null || event.getEndMonth() == Month.NOT_STATED ? first
				: event.getEndMonth().getValue();
		for (int month = first, steps = 0; steps < 12; month = month % 12 + 1, steps++) {
			months.add(month);
			if (month == last) {
				break;
			}
		}
		return months;
	}

	static String render(Handbook handbook, String id, String title, List<CycleEvent> events, List<FollowUpPoint> points) {
		int[] counts = new int[13];
		for (CycleEvent event : events) {
			for (int month : months(event)) {
				counts[month]++;
			}
		}
		List<List<String>> pointsByMonth = new ArrayList<>();
		for (int month = 0; month <= 12; month++) {
			pointsByMonth.add(new ArrayList<>());
		}
		for (FollowUpPoint point : points) {
			if (point.getMonth() != null && point.getMonth() != Month.NOT_STATED) {
				pointsByMonth.get(point.getMonth().getValue()).add(Handbook.title(point));
			}
		}
		StringBuilder out = new StringBuilder();
		out.append("<figure class=\"arshjul\">\n");
		out.append("<svg role=\"img\" aria-labelledby=\"").append(id).append("-titel ").append(id)
				.append("-beskrivning\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE).append("\" width=\"")
				.append(SIZE).append("\" height=\"").append(SIZE).append("\">\n");
		out.append("<title id=\"").append(id).append("-titel\">").append(Html.t("cycle.wheelTitle", title)).append("</title>\n");
		out.append("<desc id=\"").append(id).append("-beskrivning\">").append(Html.esc(description(counts, pointsByMonth)))
				.append("</desc>\n");
		for (int month = 1; month <= 12; month++) {
			double from = Math.toRadians(-90 + (month - 1) * 30);
			double to = Math.toRadians(-90 + month * 30);
			String shade = SHADES[Math.min(counts[month], SHADES.length - 1)];
			out.append("<path class=\"manad\" d=\"M").append(x(OUTER, from)).append(',').append(y(OUTER, from)).append(" A")
					.append(f(OUTER)).append(',').append(f(OUTER)).append(" 0 0 1 ").append(x(OUTER, to)).append(',')
					.append(y(OUTER, to)).append(" L").append(x(INNER, to)).append(',').append(y(INNER, to)).append(" A")
					.append(f(INNER)).append(',').append(f(INNER)).append(" 0 0 0 ").append(x(INNER, from)).append(',')
					.append(y(INNER, from)).append(" Z\" fill=\"").append(shade)
					.append("\" stroke=\"#4a4a4a\" stroke-width=\"1.5\"/>\n");
			double middle = (from + to) / 2;
			double labelRadius = (OUTER + INNER) / 2 + 12;
			out.append("<text class=\"manadsnamn\" x=\"").append(x(labelRadius, middle)).append("\" y=\"")
					.append(f(Double.parseDouble(y(labelRadius, middle)) - 4)).append("\" text-anchor=\"middle\">")
					.append(Html.esc(Handbook.shortMonth(month))).append("</text>\n");
			if (counts[month] > 0) {
				out.append("<text class=\"antal\" x=\"").append(x(labelRadius, middle)).append("\" y=\"")
						.append(f(Double.parseDouble(y(labelRadius, middle)) + 14)).append("\" text-anchor=\"middle\">")
						.append(counts[month]).append("</text>\n");
			}
			if (!pointsByMonth.get(month).isEmpty()) {
				double markerRadius = INNER + 16;
				out.append("<path class=\"uppfoljningsmarkering\" d=\"").append(triangle(x(markerRadius, middle),
						y(markerRadius, middle))).append("\" fill=\"#1a1a1a\"/>\n");
			}
		}
		out.append("<text class=\"mitt\" x=\"").append(f(CENTRE)).append("\" y=\"").append(f(CENTRE + 6))
				.append("\" text-anchor=\"middle\">").append(Html.t("cycle.centre")).append("</text>\n");
		out.append("</svg>\n");
		out.append("<figcaption>").append(Html.t("cycle.caption")).append("</figcaption>\n");
		out.append("</figure>\n");
		return out.toString();
	}

	private static String description(int[] counts, List<List<String>> pointsByMonth) {
		List<String> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			String text = Html.raw("cycle.describeMonth", Handbook.month(month), counts[month]);
			if (!pointsByMonth.get(month).isEmpty()) {
				text += " " + Html.raw("cycle.describePoints", String.join(", ", pointsByMonth.get(month)));
			}
			months.add(text);
		}
		return Html.raw("cycle.describe", String.join("; ", months));
	}

	private static String triangle(String cx, String cy) {
		double x = Double.parseDouble(cx);
		double y = Double.parseDouble(cy);
		return "M" + f(x) + "," + f(y - 6) + " L" + f(x + 6) + "," + f(y + 5) + " L" + f(x - 6) + "," + f(y + 5) + " Z";
	}

	private static String x(double radius, double angle) {
		return f(CENTRE + radius * Math.cos(angle));
	}

	private static String y(double radius, double angle) {
		return f(CENTRE + radius * Math.sin(angle));
	}

	private static String f(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		if (text.equals("-0.0")) {
			return "0";
		}
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}
}
