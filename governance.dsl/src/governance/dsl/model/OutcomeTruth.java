package governance.dsl.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import governance.dsl.Messages;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.MissingValue;
import governance.dsl.styrmodell.NoValue;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.ReferenceValue;

/**
 * One truth per measure, period and split group: when two utfall for the same cell say the same
 * thing, and when they conflict. Two actual outcomes (anything but a prognos) that differ conflict;
 * a prognos never does (it is superseded by the outcome that follows it, or by a later prognos, see
 * {@link Outcomes#ORDER}). Values are compared by meaning: 74,0 is 74, a missing unit is the
 * measure's unit, a bound ("mindre än 70") is not the number 70, the footnote marker does not count.
 * Pure: works on plain values so that the index can carry them without loading files.
 */
public final class OutcomeTruth {

	private OutcomeTruth() {
	}

	/** What an outcome value is. */
	public enum Kind {
		/** A number, possibly with a bound and a unit. */
		MEASURED,
		/** "I.U.": no outcome. */
		MISSING,
		/** "se "…"": the outcome stands elsewhere. */
		REFERENCE,
		/** "–": no value for this group or period. */
		NONE
	}

	/**
	 * One cell of a measure's outcomes. {@code period}: canonical text ("2019", "2019-01");
	 * {@code group}: the split group's qualified name, {@code null} for the total. {@code bound}
	 * {@code null} stands for exakt. {@code reference} is the text of a "se …" value.
	 */
	public record Value(String period, String group, Kind kind, BigDecimal number, String unit, Bound bound,
			boolean forecast, String reference) {

		public static Value measured(String period, String group, BigDecimal number, String unit, Bound bound,
				boolean forecast) {
			return new Value(period, group, Kind.MEASURED, number, unit, bound, forecast, null);
		}

		public static Value of(String period, String group, Kind kind) {
			return new Value(period, group, kind, null, null, null, false, null);
		}

		public static Value reference(String period, String group, String reference) {
			return new Value(period, group, Kind.REFERENCE, null, null, null, false, reference);
		}

		/** Anything but a prognos. */
		public boolean isActual() {
			return !forecast;
		}

		/** Whether both are about the same cell: period and group. */
		public boolean sameCell(Value other) {
			return Objects.equals(period, other.period) && Objects.equals(group, other.group);
		}
	}

	/**
	 * The value of a parsed outcome for a cell; {@code rowForecast}: the row's total is a prognos,
	 * which makes the whole row one ("utfall 2020: 86 prognos kvinnor: 88 män: 84").
	 */
	public static Value of(String period, String group, OutcomeValue value, boolean rowForecast) {
		if (value instanceof MeasuredValue measured) {
			if (measured.getNumber() == null) {
				// A number the parser could not read: the syntax error says so, there is no value to compare.
				return null;
			}
			Bound bound = measured.getBound() == Bound.EXACTLY ? null : measured.getBound();
			return Value.measured(period, group, measured.getNumber(), measured.getUnit(), bound,
					rowForecast || measured.isForecast());
		}
		if (value instanceof ReferenceValue reference) {
			return new Value(period, group, Kind.REFERENCE, null, null, null, rowForecast, reference.getReference());
		}
		Kind kind = value instanceof NoValue ? Kind.NONE : value instanceof MissingValue ? Kind.MISSING : null;
		return kind == null ? null : new Value(period, group, kind, null, null, null, rowForecast, null);
	}

	/**
	 * Whether two values for one measure say the same: same kind, numbers equal by value, the
	 * same effective unit (a value's own, else {@code measureUnit}), the same bound, the same
	 * reference (ignoring case and spacing). Whether either is a prognos does not matter here.
	 */
	public static boolean sameTruth(Value a, Value b, String measureUnit) {
		if (a.kind() != b.kind()) {
			return false;
		}
		return switch (a.kind()) {
		case MEASURED -> a.number() != null && b.number() != null && a.number().compareTo(b.number()) == 0
				&& Objects.equals(unit(a.unit(), measureUnit), unit(b.unit(), measureUnit))
				&& Objects.equals(a.bound(), b.bound());
		case REFERENCE -> normal(a.reference()).equals(normal(b.reference()));
		case MISSING, NONE -> true;
		};
	}

	/** Two actual outcomes for the same cell that say different things. */
	public static boolean conflicts(Value a, Value b, String measureUnit) {
		return a.sameCell(b) && a.isActual() && b.isActual() && !sameTruth(a, b, measureUnit);
	}

	private static String unit(String unit, String measureUnit) {
		String effective = unit != null ? unit : measureUnit;
		return effective == null || effective.isBlank() ? null : effective.strip();
	}

	private static String normal(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	// --- a compact text form, for the index -------------------------------------------------------

	/** Separates the fields of a key; control characters do not occur in what planners write. */
	private static final char FIELD = '\u001F';

	/**
	 * The value without its cell, as short text: "N74|%|" (number, unit, bound), "I", "-",
	 * "Rårsredovisningen", with a leading "p" for a prognos.
	 */
	public static String key(Value value) {
		if (value.kind() == Kind.MEASURED && value.number() == null) {
			throw new IllegalArgumentException("a measured value without a number");
		}
		String prefix = value.forecast() ? "p" : "";
		return prefix + switch (value.kind()) {
		case MEASURED -> "N" + value.number().stripTrailingZeros().toPlainString() + FIELD
				+ (value.unit() == null ? "" : clean(value.unit())) + FIELD
				+ (value.bound() == null ? "" : value.bound().name());
		case MISSING -> "I";
		case NONE -> "-";
		case REFERENCE -> "R" + clean(value.reference());
		};
	}

	/** The value of a {@link #key}; {@code null} for text that is no key. */
	public static Value parse(String period, String group, String key) {
		if (key == null || key.isEmpty()) {
			return null;
		}
		boolean forecast = key.charAt(0) == 'p';
		String rest = forecast ? key.substring(1) : key;
		if (rest.isEmpty()) {
			return null;
		}
		String body = rest.substring(1);
		try {
			return switch (rest.charAt(0)) {
			case 'N' -> {
				String[] fields = body.split(String.valueOf(FIELD), -1);
				yield fields.length != 3 ? null
						: Value.measured(period, group, new BigDecimal(fields[0]), fields[1].isEmpty() ? null : fields[1],
								fields[2].isEmpty() ? null : Bound.valueOf(fields[2]), forecast);
			}
			case 'I' -> new Value(period, group, Kind.MISSING, null, null, null, forecast, null);
			case '-' -> new Value(period, group, Kind.NONE, null, null, null, forecast, null);
			case 'R' -> new Value(period, group, Kind.REFERENCE, null, null, null, forecast, body);
			default -> null;
			};
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** Text stored in the index: without the control characters that separate its fields and records. */
	public static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			clean.append(c < ' ' ? ' ' : c);
		}
		return clean.toString();
	}

	/** The value as a planner reads it: "88 %", "mindre än 70", "I.U.", "se årsredovisningen", "–", "74 (prognos)". */
	public static String text(Value value, String measureUnit) {
		String text = switch (value.kind()) {
		case MEASURED -> {
			String amount = Values.withUnit(value.number(), value.unit(), measureUnit);
			yield value.bound() == null ? amount : Messages.get("value.bound." + value.bound().getName(), amount);
		}
		case MISSING -> Messages.get("value.missing");
		case NONE -> Messages.get("value.none");
		case REFERENCE -> Messages.get("value.reference", value.reference());
		};
		return value.forecast() && value.kind() == Kind.MEASURED ? Messages.get("value.forecast", text) : text;
	}
}
