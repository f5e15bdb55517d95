package governance.dsl.generator.xlsx;

import java.math.BigDecimal;

import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.model.Fulfilment;
import governance.dsl.model.Fulfilment.Status;
import governance.dsl.model.Fulfilment.TargetSpec;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Direction;

/**
 * The indicator sheet's deviation and status as spreadsheet formulas, the rules of {@link Fulfilment}
 * spelled out per row: the generator knows the målvärde's bound and the measure's direction, so each
 * row gets the comparison that applies to it and the spreadsheet only has to look at the utfall the
 * planner types. Only functions that Excel, LibreOffice and POI evaluate alike (IF, AND, OR,
 * ISNUMBER, ROUND, MIN, LOWER, TRIM, LEFT).
 */
final class IndicatorFormulas {

	private IndicatorFormulas() {
	}

	/**
	 * The signed distance as an expression over the outcome cell, positive = better, or null where
	 * there is none (no number to compare with; a plain number without a direction).
	 */
	static String distance(TargetSpec target, Direction direction, int excelRow) {
		if (target == null || target.notSet() || target.number() == null) {
			return null;
		}
		String outcome = Indicators.OUTCOME.letter() + excelRow;
		if (target.upper() != null) {
			BigDecimal low = target.number().min(target.upper());
			BigDecimal high = target.number().max(target.upper());
			// Inside both distances are ≥ 0 and the nearer bound counts; outside, the one passed is negative.
			return "MIN(" + outcome + "-" + constant(low) + "," + constant(high) + "-" + outcome + ")";
		}
		String number = Indicators.TARGET_NUMBER.letter() + excelRow;
		Boolean higher = higherIsBetter(target.bound(), direction);
		if (higher == null) {
			return null;
		}
		return higher ? outcome + "-" + number : number + "-" + outcome;
	}

	/** Whether the values above the target are the better ones; null for a plain number without a direction. */
	private static Boolean higherIsBetter(Bound bound, Direction direction) {
		return switch (bound == null ? Bound.EXACTLY : bound) {
		case AT_LEAST, GREATER_THAN -> true;
		case AT_MOST, LESS_THAN -> false;
		case EXACTLY -> direction == Direction.HIGHER ? Boolean.TRUE : direction == Direction.LOWER ? Boolean.FALSE : null;
		};
	}

	/** ROUND(distance): empty until the utfall is a number; null when the row has no deviation. */
	static String deviation(TargetSpec target, Direction direction, int excelRow) {
		String distance = distance(target, direction, excelRow);
		if (distance == null) {
			return null;
		}
		String outcome = Indicators.OUTCOME.letter() + excelRow;
		return "IF(ISNUMBER(" + outcome + "),ROUND(" + distance + ",6),\"\")";
	}

	/**
	 * uppnått / inte uppnått / inget utfall / inget jämförbart målvärde, as {@link Fulfilment#evaluate}
	 * judges a plain number. An empty cell, I.U., "–" and "se …" are no outcome. Other text (a bound
	 * such as "mindre än 70", a value with its own unit) the sheet does not read: its status stays
	 * empty unless there is no målvärde to compare with at all; the import and the handbook judge it.
	 */
	static String status(TargetSpec target, Direction direction, int excelRow) {
		String outcome = Indicators.OUTCOME.letter() + excelRow;
		String word = "LOWER(TRIM(" + outcome + "))";
		String noOutcomeWord = "OR(" + word + "=\"i.u.\"," + word + "=\"inget utfall\"," + word + "=\"–\"," + word
				+ "=\"-\",LEFT(" + word + ",3)=\"se \")";
		String numeric = numericStatus(target, direction, excelRow);
		boolean comparable = target != null && !target.notSet() && target.number() != null;
		String otherText = comparable ? "\"\"" : text(Status.NO_COMPARABLE_TARGET);
		return "IF(" + outcome + "=\"\"," + text(Status.NO_OUTCOME) + ",IF(ISNUMBER(" + outcome + ")," + numeric + ",IF("
				+ noOutcomeWord + "," + text(Status.NO_OUTCOME) + "," + otherText + ")))";
	}

	private static String numericStatus(TargetSpec target, Direction direction, int excelRow) {
		if (target == null || target.notSet() || target.number() == null) {
			return text(Status.NO_COMPARABLE_TARGET);
		}
		String outcome = Indicators.OUTCOME.letter() + excelRow;
		String number = Indicators.TARGET_NUMBER.letter() + excelRow;
		String met;
		if (target.upper() != null) {
			BigDecimal low = target.number().min(target.upper());
			BigDecimal high = target.number().max(target.upper());
			met = "AND(" + outcome + ">=" + constant(low) + "," + outcome + "<=" + constant(high) + ")";
		} else {
			Bound bound = target.bound() == null ? Bound.EXACTLY : target.bound();
			met = switch (bound) {
			case AT_LEAST -> outcome + ">=" + number;
			case GREATER_THAN -> outcome + ">" + number;
			case AT_MOST -> outcome + "<=" + number;
			case LESS_THAN -> outcome + "<" + number;
			case EXACTLY -> direction == Direction.HIGHER ? outcome + ">=" + number
					: direction == Direction.LOWER ? outcome + "<=" + number : null;
			};
			if (met == null) {
				// Without a direction only equality tells; a miss is neither better nor worse.
				return "IF(" + outcome + "=" + number + "," + text(Status.REACHED) + "," + text(Status.NO_COMPARABLE_TARGET)
						+ ")";
			}
		}
		return "IF(" + met + "," + text(Status.REACHED) + "," + text(Status.NOT_REACHED) + ")";
	}

	private static String text(Status status) {
		return "\"" + Fulfilment.text(status).replace("\"", "\"\"") + "\"";
	}

	/** A number in a formula: the file format's decimal point, whatever the program's locale shows. */
	private static String constant(BigDecimal number) {
		String plain = number.stripTrailingZeros().toPlainString();
		return number.signum() < 0 ? "(" + plain + ")" : plain;
	}
}
