package governance.dsl.importer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An utfall typed as text into a workbook, read as the language reads one: "74", "74,5", "-0,8",
 * "1 240", "74 %", "74 prognos" or "74 (prognos)", "I.U." or "inget utfall", "se årsredovisningen"
 * or {@code se "Årsbokslut 2019"}. Anything else is not an outcome, and the caller says where.
 */
final class OutcomeText {

	private static final Pattern MISSING = Pattern.compile("(?i)(i\\.?\\s?u\\.?|inget\\s+utfall)");
	private static final Pattern REFERENCE = Pattern.compile("(?is)se\\s+(.+)");
	/** A number (digits, or groups of three split by spaces), a unit, and prognos, with or without brackets. */
	private static final Pattern MEASURED = Pattern.compile(
			"(?i)([-\u2212\u2013]?)((?:\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,]\\d+)?)\\s*(.*?)\\s*(\\(\\s*prognos\\s*\\)|prognos)?");

	private OutcomeText() {
	}

	/** The value, or null if the text is not an outcome. */
	static ImportedValue parse(String text, String measureUnit) {
		String value = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip().replaceAll("\\s+", " ");
		if (MISSING.matcher(value).matches()) {
			return new ImportedValue.Missing();
		}
		Matcher reference = REFERENCE.matcher(value);
		if (reference.matches()) {
			return new ImportedValue.Reference(unquote(text.strip().substring(2).strip()));
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
		} else if (unit.contains("\"") || unit.toLowerCase(Locale.ROOT).contains("prognos")) {
			return null;
		}
		return new ImportedValue.Measured(number, unit, measured.group(4) != null);
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
