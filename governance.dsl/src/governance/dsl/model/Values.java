package governance.dsl.model;

import java.math.BigDecimal;
import java.util.Set;

import governance.dsl.Messages;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.MissingValue;
import governance.dsl.styrmodell.NoValue;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.ReferenceValue;
import governance.dsl.styrmodell.TargetValue;

/**
 * Målvärden and utfall as a planner reads them ("större än 74,5 %", "74 % (prognos)", "I.U."),
 * the same in the handbook and the workbooks.
 */
public final class Values {

	private Values() {
	}

	/** Units written without quotes, as reports print them. */
	private static final Set<String> SIMPLE_UNITS = Set.of("%", "kr", "tkr", "mnkr", "mdkr", "st", "ha", "km", "dagar",
			"timmar", "minuter");

	/**
	 * A number as Swedish reports write it: decimal comma, the decimals as written ("15,0"),
	 * thousands in groups of three from four digits on ("2 450", "12 000"), no exponent.
	 */
	public static String number(BigDecimal number) {
		if (number == null) {
			return "";
		}
		String plain = number.toPlainString();
		boolean negative = plain.startsWith("-");
		String digits = negative ? plain.substring(1) : plain;
		int point = digits.indexOf('.');
		String whole = point < 0 ? digits : digits.substring(0, point);
		StringBuilder grouped = new StringBuilder(whole);
		if (whole.length() >= 4) {
			for (int i = whole.length() - 3; i > 0; i -= 3) {
				grouped.insert(i, ' ');
			}
		}
		if (point >= 0) {
			grouped.append(',').append(digits.substring(point + 1));
		}
		return (negative ? "-" : "") + grouped;
	}

	/** Whether a unit is written without quotes: "%", "kr", "tkr", "mnkr", "st", "ha" … */
	public static boolean isSimpleUnit(String unit) {
		return unit != null && SIMPLE_UNITS.contains(unit);
	}

	/** "74 %", "900 kr", "1 200 bostäder": the value's own unit, else the measure's. */
	public static String withUnit(BigDecimal number, String unit, String measureUnit) {
		String effective = unit != null ? unit : measureUnit;
		return effective == null || effective.isBlank() ? number(number) : number(number) + " " + effective;
	}

	/** "större än 90 %", "mellan 70 och 80 %", "ej fastställt", with its footnote marker: "90 %*". */
	public static String target(TargetValue value, String measureUnit) {
		if (value == null) {
			return "";
		}
		return targetText(value, measureUnit) + marker(value.getMarker());
	}

	private static String targetText(TargetValue value, String measureUnit) {
		if (value.isNotSet()) {
			return Messages.get("value.notSet");
		}
		if (value.getUpper() != null) {
			return Messages.get("value.between", number(value.getNumber()),
					withUnit(value.getUpper(), value.getUnit(), measureUnit));
		}
		return bounded(value.getBound(), withUnit(value.getNumber(), value.getUnit(), measureUnit));
	}

	private static String bounded(Bound bound, String amount) {
		return bound == null || bound == Bound.EXACTLY ? amount : Messages.get("value.bound." + bound.getName(), amount);
	}

	/** "74 %", "mindre än 70", "74 % (prognos)", "I.U.", "se årsredovisningen", "–", with its marker: "24*". */
	public static String outcome(OutcomeValue value, String measureUnit) {
		if (value == null) {
			return "";
		}
		return outcomeText(value, measureUnit) + marker(value.getMarker());
	}

	private static String outcomeText(OutcomeValue value, String measureUnit) {
		if (value instanceof MeasuredValue measured) {
			String amount = bounded(measured.getBound(), withUnit(measured.getNumber(), measured.getUnit(), measureUnit));
			return measured.isForecast() ? Messages.get("value.forecast", amount) : amount;
		}
		if (value instanceof MissingValue) {
			return Messages.get("value.missing");
		}
		if (value instanceof ReferenceValue reference) {
			return Messages.get("value.reference", reference.getReference());
		}
		if (value instanceof NoValue) {
			return Messages.get("value.none");
		}
		return "";
	}

	private static String marker(String marker) {
		return marker == null ? "" : marker;
	}

	/** The number an outcome reports, if it reports one. */
	public static BigDecimal numberOf(OutcomeValue value) {
		return value instanceof MeasuredValue measured ? measured.getNumber() : null;
	}

	/** Text written over several lines in a file reads as one paragraph. */
	public static String prose(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder prose = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				space = prose.length() > 0;
			} else {
				if (space) {
					prose.append(' ');
					space = false;
				}
				prose.append(c);
			}
		}
		return prose.toString();
	}
}
