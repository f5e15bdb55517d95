package governance.dsl.importer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import governance.dsl.styrmodell.Bound;

/**
 * An utfall typed as text into a workbook, read as the language reads one and as a planner types it
 * in a Swedish spreadsheet: "74", "74,5", "-0,8" or "−0,8", "12 000" (also with a no-break or thin
 * space), "74 %", "2 450 tkr", "74 prognos" or "74 (prognos)", "Mindre än 70", "max 900", "I.U." or
 * "inget utfall", "–", "se årsredovisningen" or {@code se "Årsbokslut 2019"}, each with a footnote
 * marker as reports print it ("24*"). Anything else is not an outcome, and the caller says where.
 */
final class OutcomeText {

	/** The most digits an utfall may have: as many as a spreadsheet keeps (15), and far below what breaks anything. */
	static final int MAX_DIGITS = 15;

	private static final Pattern MARKER = Pattern.compile("(.*?)\\s*(\\*+)");
	private static final Pattern MISSING = Pattern.compile("(?i)(i\\.?\\s?u\\.?|inget\\s+utfall)");
	private static final Pattern NONE = Pattern.compile("[-\u2013\u2014\u2212]");
	private static final Pattern REFERENCE = Pattern.compile("(?is)se\\s+(.+)");
	private static final Pattern BOUND = Pattern.compile("(?i)(mindre\\s+än|större\\s+än|max|högst|minst|exakt)\\s+(.*)");
	/** A number (digits, or groups of three split by spaces), a unit, and prognos, with or without brackets. */
	private static final Pattern MEASURED = Pattern.compile(
			"(?i)([-\u2212\u2013]?)\\s?((?:\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,]\\d+)?)\\s*(.*?)\\s*(\\(\\s*prognos\\s*\\)|prognos)?");

	private OutcomeText() {
	}

	/** The value, or null if the text is not an outcome. */
	static ImportedValue parse(String text, String measureUnit) {
		String value = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').strip()
				.replaceAll("\\s+", " ");
		String marker = null;
		Matcher marked = MARKER.matcher(value);
		if (marked.matches() && !marked.group(1).isEmpty()) {
			value = marked.group(1);
			marker = marked.group(2);
		}
		if (MISSING.matcher(value).matches()) {
			return new ImportedValue.Missing(marker);
		}
		if (NONE.matcher(value).matches()) {
			return new ImportedValue.None(marker);
		}
		Matcher reference = REFERENCE.matcher(value);
		if (reference.matches()) {
			return new ImportedValue.Reference(unquote(reference.group(1)), marker);
		}
		Bound bound = null;
		Matcher bounded = BOUND.matcher(value);
		if (bounded.matches()) {
			bound = bound(bounded.group(1));
			value = bounded.group(2);
		}
		Matcher measured = MEASURED.matcher(value);
		if (!measured.matches()) {
			return null;
		}
		BigDecimal number = new BigDecimal(
				(measured.group(1).isEmpty() ? "" : "-") + measured.group(2).replace(" ", "").replace(',', '.'));
		String unit = unquote(measured.group(3));
		if (unit.isEmpty() || unit.equals(measureUnit)) {
			unit = null;
		} else if (unit.contains("\"") || unit.contains("*") || unit.toLowerCase(Locale.ROOT).contains("prognos")) {
			return null;
		}
		return new ImportedValue.Measured(number, unit, measured.group(4) != null, bound, marker);
	}

	private static Bound bound(String word) {
		String plain = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return switch (plain) {
		case "mindre än" -> Bound.LESS_THAN;
		case "större än" -> Bound.GREATER_THAN;
		case "max", "högst" -> Bound.AT_MOST;
		case "minst" -> Bound.AT_LEAST;
		default -> null; // exakt: a plain number
		};
	}

	/** How many digits a number has, before and after the comma ("1,30": 3). */
	static int digits(BigDecimal number) {
		BigDecimal plain = number.abs();
		int whole = plain.setScale(0, java.math.RoundingMode.DOWN).toPlainString().length();
		return whole + Math.max(0, plain.scale());
	}

	/** Text inside straight or typographic double quotes loses them. */
	private static String unquote(String text) {
		String stripped = text.strip();
		if (stripped.length() >= 2 && "\"\u201c\u201d".indexOf(stripped.charAt(0)) >= 0
				&& "\"\u201c\u201d".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}
}
