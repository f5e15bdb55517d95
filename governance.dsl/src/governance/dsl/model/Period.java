package governance.dsl.model;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;

import governance.dsl.Messages;

/**
 * The time a value, plan or follow-up is about, as plans write it: a year ({@code 2020}), a span
 * of years ({@code 2019-2022}), a month ({@code 2019-01}), a quarter ({@code 2019-K2}) or a tertial
 * ({@code 2019-T1}). Every value is a span of whole months, so a month's outcome lies inside its
 * year and a year inside the plan's period. Parsing never fails: malformed text gives
 * {@code null}, and the validator says why.
 */
public record Period(Kind kind, YearMonth start, YearMonth end) {

	/** How fine the period is; the order is from the finest to the coarsest. */
	public enum Kind {
		MONTH, QUARTER, TERTIAL, YEAR, YEARS
	}

	/** The order of a series: by the month it ends, and for one end the shorter period first (January before the year). */
	public static final Comparator<Period> ORDER = Comparator.comparing(Period::end)
			.thenComparing(Period::start, Comparator.reverseOrder());

	public static Period parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.strip().split("-", -1);
		try {
			int year = Integer.parseInt(parts[0]);
			if (parts.length == 1) {
				return year(year);
			}
			if (parts.length != 2 || parts[1].isEmpty()) {
				return null;
			}
			String second = parts[1];
			char first = Character.toUpperCase(second.charAt(0));
			if (first == 'K' || first == 'T') {
				int index = Integer.parseInt(second.substring(1));
				int months = first == 'K' ? 3 : 4;
				if (index < 1 || index > 12 / months || second.length() != 2) {
					return null;
				}
				YearMonth start = YearMonth.of(checkedYear(year), (index - 1) * months + 1);
				return new Period(first == 'K' ? Kind.QUARTER : Kind.TERTIAL, start, start.plusMonths(months - 1L));
			}
			int number = Integer.parseInt(second);
			if (second.length() == 2) {
				return number >= 1 && number <= 12 ? month(YearMonth.of(checkedYear(year), number)) : null;
			}
			if (second.length() == 4 && number >= year) {
				return new Period(Kind.YEARS, YearMonth.of(checkedYear(year), 1), YearMonth.of(checkedYear(number), 12));
			}
		} catch (RuntimeException e) {
			// falls through: not a period
		}
		return null;
	}

	private static int checkedYear(int year) {
		if (year < 1 || year > 9999) {
			throw new IllegalArgumentException();
		}
		return year;
	}

	public static Period year(int year) {
		return new Period(Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
	}

	/** Whole years from first to last: one year, or a span. */
	public static Period years(int first, int last) {
		return first == last ? year(first)
				: new Period(Kind.YEARS, YearMonth.of(first, 1), YearMonth.of(last, 12));
	}

	public static Period month(YearMonth month) {
		return new Period(Kind.MONTH, month, month);
	}

	/** The first year. */
	public int first() {
		return start.getYear();
	}

	/** The last year. */
	public int last() {
		return end.getYear();
	}

	/** A year between 1900 and 2200, a span in order. */
	public boolean isPlausible() {
		return first() >= 1900 && last() <= 2200 && first() <= last();
	}

	/** Whether the other period lies wholly inside this one. */
	public boolean contains(Period other) {
		return !other.start.isBefore(start) && !other.end.isAfter(end);
	}

	/** Whether this period is finer than a year (a month, quarter or tertial). */
	public boolean isWithinYear() {
		return kind.compareTo(Kind.YEAR) < 0;
	}

	/** How many months the period spans. */
	public long months() {
		return java.time.temporal.ChronoUnit.MONTHS.between(start, end) + 1;
	}

	/** The canonical text, as the language writes it: "2020", "2019-2022", "2019-01", "2019-K2", "2019-T1". */
	@Override
	public String toString() {
		return switch (kind) {
		case YEAR -> Integer.toString(first());
		case YEARS -> first() + "-" + last();
		case MONTH -> String.format(Locale.ROOT, "%d-%02d", first(), start.getMonthValue());
		case QUARTER -> first() + "-K" + ((start.getMonthValue() - 1) / 3 + 1);
		case TERTIAL -> first() + "-T" + ((start.getMonthValue() - 1) / 4 + 1);
		};
	}

	/** As a reader reads it: "2020", "2019–2022", "januari 2019", "kvartal 2 2019", "tertial 1 2019". */
	public String label() {
		return switch (kind) {
		case YEAR -> Integer.toString(first());
		case YEARS -> first() + "–" + last();
		case MONTH -> Messages.get("period.month." + start.getMonthValue()) + " " + first();
		case QUARTER -> Messages.get("period.quarter", (start.getMonthValue() - 1) / 3 + 1, first());
		case TERTIAL -> Messages.get("period.tertial", (start.getMonthValue() - 1) / 4 + 1, first());
		};
	}
}
