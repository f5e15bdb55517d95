package governance.dsl.model;

import java.math.BigDecimal;

import governance.dsl.Messages;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.MissingValue;
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

	/** A number as Swedish reports write it: decimal comma, no exponent. */
	public static String number(BigDecimal number) {
		return number == null ? "" : number.toPlainString().replace('.', ',');
	}

	/** "74 %", "900 kr", "1200 bostäder": the value's own unit, else the measure's. */
	public static String withUnit(BigDecimal number, String unit, String measureUnit) {
		String effective = unit != null ? unit : measureUnit;
		return effective == null || effective.isBlank() ? number(number) : number(number) + " " + effective;
	}

	public static String target(TargetValue value, String measureUnit) {
		if (value == null) {
			return "";
		}
		if (value.getUpper() != null) {
			return Messages.get("value.between", number(value.getNumber()),
					withUnit(value.getUpper(), value.getUnit(), measureUnit));
		}
		String amount = withUnit(value.getNumber(), value.getUnit(), measureUnit);
		return value.getBound() == Bound.EXACTLY ? amount : Messages.get("value.bound." + value.getBound().getName(), amount);
	}

	public static String outcome(OutcomeValue value, String measureUnit) {
		if (value instanceof MeasuredValue measured) {
			String amount = withUnit(measured.getNumber(), measured.getUnit(), measureUnit);
			return measured.isForecast() ? Messages.get("value.forecast", amount) : amount;
		}
		if (value instanceof MissingValue) {
			return Messages.get("value.missing");
		}
		if (value instanceof ReferenceValue reference) {
			return Messages.get("value.reference", reference.getReference());
		}
		return "";
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
