package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import governance.dsl.model.OutcomeTruth;
import governance.dsl.model.OutcomeTruth.Kind;
import governance.dsl.model.OutcomeTruth.Value;
import governance.dsl.styrmodell.Bound;

/** One truth per measure, period and group: what says the same, what conflicts, and the index's text form. */
class OutcomeTruthTest {

	private static Value number(String period, String group, String number) {
		return Value.measured(period, group, new BigDecimal(number), null, null, false);
	}

	private static Value forecast(String period, String number) {
		return Value.measured(period, null, new BigDecimal(number), null, null, true);
	}

	@Test
	void equalNumbersAreOneTruthWhateverTheirScale() {
		assertTrue(OutcomeTruth.sameTruth(number("2019", null, "74.0"), number("2019", null, "74"), "%"));
		assertFalse(OutcomeTruth.conflicts(number("2019", null, "74.0"), number("2019", null, "74"), "%"));
	}

	@Test
	void differentNumbersForOneCellConflict() {
		assertTrue(OutcomeTruth.conflicts(number("2019", null, "88"), number("2019", null, "0.88"), "%"));
	}

	@Test
	void differentCellsNeverConflict() {
		assertFalse(OutcomeTruth.conflicts(number("2019", null, "88"), number("2019", "linkoping.kvinnor", "90"), null));
		assertFalse(OutcomeTruth.conflicts(number("2019-01", null, "88"), number("2019", null, "90"), null));
		assertFalse(OutcomeTruth.conflicts(number("2019", "linkoping.män", "88"), number("2019", "linkoping.kvinnor", "90"),
				null));
	}

	@Test
	void aForecastIsSupersededNotContradicted() {
		assertFalse(OutcomeTruth.conflicts(forecast("2019", "80"), number("2019", null, "88"), null));
		assertFalse(OutcomeTruth.conflicts(number("2019", null, "88"), forecast("2019", "80"), null));
		assertFalse(OutcomeTruth.conflicts(forecast("2019", "80"), forecast("2019", "84"), null));
	}

	@Test
	void aMissingUnitIsTheMeasuresAndAnotherUnitConflicts() {
		Value percent = Value.measured("2019", null, new BigDecimal("88"), "%", null, false);
		assertTrue(OutcomeTruth.sameTruth(percent, number("2019", null, "88"), "%"));
		assertTrue(OutcomeTruth.conflicts(percent, number("2019", null, "88"), "kr"));
		assertTrue(OutcomeTruth.conflicts(percent, Value.measured("2019", null, new BigDecimal("88"), "st", null, false),
				null));
	}

	@Test
	void aBoundIsNotItsNumber() {
		Value lessThan = Value.measured("2019", null, new BigDecimal("70"), null, Bound.LESS_THAN, false);
		assertTrue(OutcomeTruth.conflicts(lessThan, number("2019", null, "70"), null));
		assertTrue(OutcomeTruth.sameTruth(lessThan,
				Value.measured("2019", null, new BigDecimal("70.0"), null, Bound.LESS_THAN, false), null));
	}

	@Test
	void missingNoneAndReferencesAreValuesOfTheirOwn() {
		Value missing = Value.of("2019", null, Kind.MISSING);
		Value none = Value.of("2019", null, Kind.NONE);
		assertTrue(OutcomeTruth.sameTruth(missing, Value.of("2019", null, Kind.MISSING), null));
		assertTrue(OutcomeTruth.conflicts(missing, none, null));
		assertTrue(OutcomeTruth.conflicts(missing, number("2019", null, "88"), null));
		assertTrue(OutcomeTruth.sameTruth(Value.reference("2019", null, "Årsredovisningen"),
				Value.reference("2019", null, " årsredovisningen "), null));
		assertTrue(OutcomeTruth.conflicts(Value.reference("2019", null, "årsredovisningen"),
				Value.reference("2019", null, "delårsrapporten"), null));
	}

	@Test
	void theIndexKeyReadsBackToTheSameValue() {
		Value[] values = { Value.measured("2019", "linkoping.kvinnor", new BigDecimal("12000.50"), "tkr", Bound.AT_MOST, false),
				forecast("2019-K1", "74"), Value.of("2019", null, Kind.MISSING), Value.of("2019", null, Kind.NONE),
				Value.reference("2019-01", null, "årsredovisningen") };
		for (Value value : values) {
			Value read = OutcomeTruth.parse(value.period(), value.group(), OutcomeTruth.key(value));
			assertEquals(value.kind(), read.kind());
			assertEquals(value.forecast(), read.forecast());
			assertTrue(OutcomeTruth.sameTruth(value, read, null), value + " read back as " + read);
		}
		assertEquals("N12000.5\u001Ftkr\u001FAT_MOST", OutcomeTruth.key(values[0]));
		assertNull(OutcomeTruth.parse("2019", null, "Xnonsense"));
		assertNull(OutcomeTruth.parse("2019", null, ""));
	}

	@Test
	void theValueReadsAsAPlannerWritesIt() {
		assertEquals("12 000,5 tkr", OutcomeTruth.text(Value.measured("2019", null, new BigDecimal("12000.5"), "tkr", null,
				false), "%"));
		assertEquals("mindre än 70 %", OutcomeTruth.text(Value.measured("2019", null, new BigDecimal("70"), null,
				Bound.LESS_THAN, false), "%"));
		assertEquals("74 (prognos)", OutcomeTruth.text(forecast("2019", "74"), null));
		assertEquals("I.U.", OutcomeTruth.text(Value.of("2019", null, Kind.MISSING), null));
		assertEquals("–", OutcomeTruth.text(Value.of("2019", null, Kind.NONE), null));
	}
}
