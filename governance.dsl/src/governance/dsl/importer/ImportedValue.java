package governance.dsl.importer;

import java.math.BigDecimal;

/** An utfall as read from a cell: what the language's OutcomeValue can say. */
public sealed interface ImportedValue {

	/** A number, with its own unit only when it differs from the measure's, perhaps a prognos. */
	record Measured(BigDecimal number, String unit, boolean forecast) implements ImportedValue {
		Measured withForecast() {
			return new Measured(number, unit, true);
		}
	}

	/** I.U.: no outcome. */
	record Missing() implements ImportedValue {
	}

	/** se "årsredovisningen": the outcome stands elsewhere. */
	record Reference(String text) implements ImportedValue {
	}
}
