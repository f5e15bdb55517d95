package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import governance.dsl.styrmodell.CycleEvent;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Month;

/**
 * The årshjul as a circular SVG (AnnualCycleWheel.jte): twelve month sectors clockwise from January at the top, each with its
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

	/** The wheel as AnnualCycleWheel.jte draws it: coordinates computed here, text escaped there. */
	record Wheel(String id, String title, String description, int size, List<Sector> sectors, String centreX, String centreY) {
	}

	/** A month's sector: its path and shade, its name and count at (x, y) and (x, countY), a marker path or null. */
	record Sector(String path, String shade, String name, String x, String y, int count, String countY, String marker) {
	}

	static Wheel wheel(String id, String title, List<CycleEvent> events, List<FollowUpPoint> points) {
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
		List<Sector> sectors = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			double from = Math.toRadians(-90 + (month - 1) * 30);
			double to = Math.toRadians(-90 + month * 30);
			String path = "M" + x(OUTER, from) + "," + y(OUTER, from) + " A" + f(OUTER) + "," + f(OUTER) + " 0 0 1 "
					+ x(OUTER, to) + "," + y(OUTER, to) + " L" + x(INNER, to) + "," + y(INNER, to) + " A" + f(INNER) + ","
					+ f(INNER) + " 0 0 0 " + x(INNER, from) + "," + y(INNER, from) + " Z";
			double middle = (from + to) / 2;
			double labelRadius = (OUTER + INNER) / 2 + 12;
			double labelY = Double.parseDouble(y(labelRadius, middle));
			double markerRadius = INNER + 16;
			String marker = pointsByMonth.get(month).isEmpty() ? null
					: triangle(x(markerRadius, middle), y(markerRadius, middle));
			sectors.add(new Sector(path, SHADES[Math.min(counts[month], SHADES.length - 1)], Handbook.shortMonth(month),
					x(labelRadius, middle), f(labelY - 4), counts[month], f(labelY + 14), marker));
		}
		return new Wheel(id, title, description(counts, pointsByMonth), SIZE, sectors, f(CENTRE), f(CENTRE + 6));
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
