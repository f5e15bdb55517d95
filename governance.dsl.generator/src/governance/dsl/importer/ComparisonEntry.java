package governance.dsl.importer;

import java.math.BigDecimal;

import governance.dsl.styrmodell.Measure;

/**
 * A jämförelsegrupp's average for a measure, to be written as "jämförelsevärde": {@code value} null
 * where the source has none (I.U.), {@code where} says where it came from, for messages.
 */
public record ComparisonEntry(Measure measure, String group, BigDecimal value, String footnote, String where) {

	/** What a follow-up states once: one value per measure and group (for the follow-up's year). */
	public record Key(Measure measure, String group) {
	}

	public Key key() {
		return new Key(measure, group);
	}
}
