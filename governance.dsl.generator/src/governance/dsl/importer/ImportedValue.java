package governance.dsl.importer;

import java.math.BigDecimal;

import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.MissingValue;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.ReferenceValue;

/**
 * An utfall as read from a cell: what the language's OutcomeValue can say, each with the footnote
 * marker it was printed with ("24*"), or null.
 */
public sealed interface ImportedValue {

	String marker();

	/**
	 * A number, with its own unit only when it differs from the measure's, perhaps a prognos, perhaps
	 * printed as a bound ("mindre än 70"; null for a plain number).
	 */
	record Measured(BigDecimal number, String unit, boolean forecast, Bound bound, String marker) implements ImportedValue {

		Measured(BigDecimal number, String unit, boolean forecast) {
			this(number, unit, forecast, null, null);
		}

		Measured withForecast() {
			return new Measured(number, unit, true, bound, marker);
		}
	}

	/** I.U.: no outcome. */
	record Missing(String marker) implements ImportedValue {
	}

	/** se "årsredovisningen": the outcome stands elsewhere. */
	record Reference(String text, String marker) implements ImportedValue {
	}

	/** "–": no value for this group or period, which is not the same as I.U. */
	record None(String marker) implements ImportedValue {
	}

	/** The same value as written in a file, to compare what an import would replace. */
	static ImportedValue of(OutcomeValue value, String measureUnit) {
		String marker = value.getMarker();
		if (value instanceof MeasuredValue measured) {
			String unit = measured.getUnit() == null || measured.getUnit().equals(measureUnit) ? null : measured.getUnit();
			Bound bound = measured.getBound() == Bound.EXACTLY ? null : measured.getBound();
			return new Measured(measured.getNumber(), unit, measured.isForecast(), bound, marker);
		}
		if (value instanceof MissingValue) {
			return new Missing(marker);
		}
		if (value instanceof ReferenceValue reference) {
			return new Reference(reference.getReference(), marker);
		}
		return new None(marker);
	}
}
