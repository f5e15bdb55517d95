package governance.dsl.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import governance.dsl.styrmodell.Month;

/**
 * A date as plans write deadlines and activity dates: an exact date ("2021-03-31"), a month
 * ("mars 2021", "senast i mars 2021") or a year ("2019", "under 2019"). Each is the span of days
 * it names, so "start 2021" and "slut mars 2021" can be compared. Parsing never fails: text that
 * names no real day, month or year gives {@code null}, and the validator says why.
 */
public record Deadline(Precision precision, LocalDate first, LocalDate last) {

	public enum Precision {
		DAY, MONTH, YEAR
	}

	public static Deadline parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String written = text.strip();
		try {
			String[] words = written.split("\\s+");
			if (words.length == 2) {
				int month = monthNumber(words[0]);
				YearMonth yearMonth = YearMonth.of(year(words[1]), month);
				return month == 0 ? null : new Deadline(Precision.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth());
			}
			if (words.length != 1) {
				return null;
			}
			String[] parts = written.split("-", -1);
			if (parts.length == 1) {
				int year = year(parts[0]);
				return new Deadline(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			}
			if (parts.length == 3) {
				LocalDate day = LocalDate.of(year(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
				return new Deadline(Precision.DAY, day, day);
			}
		} catch (RuntimeException e) {
			// falls through: no real date
		}
		return null;
	}

	private static int year(String text) {
		int year = Integer.parseInt(text);
		if (text.length() != 4 || year < 1900 || year > 2200) {
			throw new IllegalArgumentException(text);
		}
		return year;
	}

	/** The month a word names, as the grammar's month words do ("mars" is 3); 0 for no month. */
	private static int monthNumber(String word) {
		Month month = Month.get(word.toLowerCase(Locale.ROOT));
		return month == null || month == Month.NOT_STATED ? 0 : month.getValue();
	}

	/** Whether this one certainly lies after the other: it starts after the other has ended. */
	public boolean isAfter(Deadline other) {
		return first.isAfter(other.last);
	}

	/** The canonical text, as the language writes it: "2021-03-31", "mars 2021", "2021". */
	@Override
	public String toString() {
		return switch (precision) {
		case DAY -> first.toString();
		case MONTH -> Month.get(first.getMonthValue()).getLiteral() + " " + first.getYear();
		case YEAR -> Integer.toString(first.getYear());
		};
	}

	/** As a machine reads it: "2021-03-31", "2021-03", "2021" (ISO 8601 at the precision written). */
	public String iso() {
		return switch (precision) {
		case DAY -> first.toString();
		case MONTH -> YearMonth.from(first).toString();
		case YEAR -> Integer.toString(first.getYear());
		};
	}
}
