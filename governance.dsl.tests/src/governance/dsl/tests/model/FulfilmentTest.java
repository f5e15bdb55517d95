package governance.dsl.tests.model;

import static governance.dsl.model.Fulfilment.Status.NOT_REACHED;
import static governance.dsl.model.Fulfilment.Status.NO_COMPARABLE_TARGET;
import static governance.dsl.model.Fulfilment.Status.NO_OUTCOME;
import static governance.dsl.model.Fulfilment.Status.REACHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import governance.dsl.model.Fulfilment;
import governance.dsl.model.Fulfilment.OutcomeSpec;
import governance.dsl.model.Fulfilment.Result;
import governance.dsl.model.Fulfilment.Status;
import governance.dsl.model.Fulfilment.TargetSpec;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Direction;

/**
 * Whether an utfall meets its målvärde. Distances are asserted with their exact scale: a
 * positive distance always means better, and relative distances have four decimals.
 */
class FulfilmentTest {

	private static BigDecimal n(String number) {
		return number == null ? null : new BigDecimal(number);
	}

	private static TargetSpec target(Bound bound, String number) {
		return TargetSpec.of(bound, n(number));
	}

	private static Result evaluate(TargetSpec target, Direction direction, String outcome) {
		return Fulfilment.evaluate(target, direction, OutcomeSpec.of(n(outcome)));
	}

	private static void assertResult(Status status, String distance, String relative, Result result) {
		assertEquals(status, result.status(), "status");
		assertEquals(n(distance), result.distance(), "distance");
		assertEquals(n(relative), result.relative(), "relative");
		assertFalse(result.forecast(), "forecast");
		assertNull(result.reasonKey(), "reason");
	}

	private static void assertNotComparable(String reasonKey, Result result) {
		assertEquals(NO_COMPARABLE_TARGET, result.status());
		assertEquals(reasonKey, result.reasonKey());
		assertNull(result.distance());
		assertNull(result.relative());
	}

	/** "minst 80": the bound decides, whatever the direction. */
	@ParameterizedTest
	@EnumSource(Direction.class)
	void atLeast(Direction direction) {
		TargetSpec minst80 = target(Bound.AT_LEAST, "80");
		assertResult(REACHED, "5", "0.0625", evaluate(minst80, direction, "85"));
		assertResult(REACHED, "0", "0.0000", evaluate(minst80, direction, "80"));
		assertResult(NOT_REACHED, "-5", "-0.0625", evaluate(minst80, direction, "75"));
		// 2,5 / 80 = 0,03125: half to even.
		assertResult(REACHED, "2.5", "0.0312", evaluate(minst80, direction, "82.5"));
	}

	/** "större än 80": strict, so 80 itself misses by nothing. */
	@ParameterizedTest
	@EnumSource(Direction.class)
	void greaterThan(Direction direction) {
		TargetSpec större80 = target(Bound.GREATER_THAN, "80");
		assertResult(REACHED, "5", "0.0625", evaluate(större80, direction, "85"));
		assertResult(NOT_REACHED, "0", "0.0000", evaluate(större80, direction, "80"));
		assertResult(NOT_REACHED, "-5", "-0.0625", evaluate(större80, direction, "75"));
		assertResult(REACHED, "0.1", "0.0012", evaluate(större80, direction, "80.1"));
	}

	/** "max 900": below is better, so the distance is target − outcome. */
	@ParameterizedTest
	@EnumSource(Direction.class)
	void atMost(Direction direction) {
		TargetSpec max900 = target(Bound.AT_MOST, "900");
		assertResult(REACHED, "50", "0.0556", evaluate(max900, direction, "850"));
		assertResult(REACHED, "0", "0.0000", evaluate(max900, direction, "900"));
		assertResult(NOT_REACHED, "-50", "-0.0556", evaluate(max900, direction, "950"));
	}

	/** "mindre än 70": strict, so 70 itself misses by nothing. */
	@ParameterizedTest
	@EnumSource(Direction.class)
	void lessThan(Direction direction) {
		TargetSpec mindre70 = target(Bound.LESS_THAN, "70");
		assertResult(REACHED, "5", "0.0714", evaluate(mindre70, direction, "65"));
		assertResult(NOT_REACHED, "0", "0.0000", evaluate(mindre70, direction, "70"));
		assertResult(NOT_REACHED, "-5", "-0.0714", evaluate(mindre70, direction, "75"));
		assertResult(REACHED, "0.01", "0.0001", evaluate(mindre70, direction, "69.99"));
	}

	/** "mellan 40 och 60": inside, the distance to the nearer end; outside, how far past the end. */
	@ParameterizedTest
	@EnumSource(Direction.class)
	void between(Direction direction) {
		TargetSpec mellan = TargetSpec.between(n("40"), n("60"));
		assertResult(REACHED, "5", "0.1250", evaluate(mellan, direction, "45"));
		assertResult(REACHED, "2", "0.0333", evaluate(mellan, direction, "58"));
		// In the middle both ends are as near; the lower one is the reference.
		assertResult(REACHED, "10", "0.2500", evaluate(mellan, direction, "50"));
		assertResult(REACHED, "0", "0.0000", evaluate(mellan, direction, "40"));
		assertResult(REACHED, "0", "0.0000", evaluate(mellan, direction, "60"));
		assertResult(NOT_REACHED, "-5", "-0.1250", evaluate(mellan, direction, "35"));
		assertResult(NOT_REACHED, "-6", "-0.1000", evaluate(mellan, direction, "66"));
	}

	@Test
	void betweenWrittenBackwardsMeansTheSame() {
		TargetSpec backwards = TargetSpec.between(n("60"), n("40"));
		assertResult(REACHED, "5", "0.1250", evaluate(backwards, Direction.RANGE, "45"));
		assertResult(NOT_REACHED, "-6", "-0.1000", evaluate(backwards, Direction.RANGE, "66"));
	}

	@Test
	void betweenIgnoresTheBoundWritten() {
		TargetSpec odd = new TargetSpec(Bound.AT_MOST, n("40"), n("60"), false);
		assertResult(REACHED, "5", "0.1250", evaluate(odd, Direction.LOWER, "45"));
		assertResult(NOT_REACHED, "-5", "-0.1250", evaluate(odd, Direction.LOWER, "35"));
	}

	@Nested
	class ExactNumber {

		private final TargetSpec exakt80 = target(Bound.EXACTLY, "80");

		@Test
		void higherIsBetterReadsAsAtLeast() {
			assertResult(REACHED, "5", "0.0625", evaluate(exakt80, Direction.HIGHER, "85"));
			assertResult(REACHED, "0", "0.0000", evaluate(exakt80, Direction.HIGHER, "80"));
			assertResult(NOT_REACHED, "-5", "-0.0625", evaluate(exakt80, Direction.HIGHER, "75"));
		}

		@Test
		void lowerIsBetterReadsAsAtMost() {
			assertResult(REACHED, "5", "0.0625", evaluate(exakt80, Direction.LOWER, "75"));
			assertResult(REACHED, "0", "0.0000", evaluate(exakt80, Direction.LOWER, "80"));
			assertResult(NOT_REACHED, "-5", "-0.0625", evaluate(exakt80, Direction.LOWER, "85"));
		}

		@ParameterizedTest
		@EnumSource(value = Direction.class, names = { "RANGE", "NOT_STATED" })
		void withoutADirectionOnlyEqualityIsReached(Direction direction) {
			assertResult(REACHED, "0", "0.0000", evaluate(exakt80, direction, "80"));
			// Equal by value, not by scale.
			assertResult(REACHED, "0", "0.0000", evaluate(exakt80, direction, "80.00"));
			// Above or below is neither better nor worse.
			assertNotComparable(Fulfilment.REASON_NO_DIRECTION, evaluate(exakt80, direction, "85"));
			assertNotComparable(Fulfilment.REASON_NO_DIRECTION, evaluate(exakt80, direction, "75"));
		}

		@Test
		void aMissingBoundOrDirectionMeansExactAndNotStated() {
			TargetSpec unbound = target(null, "80");
			assertResult(REACHED, "5", "0.0625", evaluate(unbound, Direction.HIGHER, "85"));
			assertNotComparable(Fulfilment.REASON_NO_DIRECTION, evaluate(unbound, Direction.NOT_STATED, "85"));
			assertNotComparable(Fulfilment.REASON_NO_DIRECTION, evaluate(exakt80, null, "85"));
			assertResult(REACHED, "0", "0.0000", evaluate(exakt80, null, "80"));
		}
	}

	@Nested
	class ZeroAndNegativeReferences {

		@Test
		void aZeroTargetGivesADistanceButNoRelativeDistance() {
			assertResult(REACHED, "3", null, evaluate(target(Bound.AT_LEAST, "0"), Direction.HIGHER, "3"));
			assertResult(NOT_REACHED, "-2", null, evaluate(target(Bound.AT_MOST, "0"), Direction.LOWER, "2"));
			assertResult(REACHED, "0", null, evaluate(target(Bound.EXACTLY, "0.0"), Direction.RANGE, "0"));
		}

		@Test
		void betweenMeasuresAgainstTheNearerEndEvenWhenItIsZero() {
			TargetSpec mellan = TargetSpec.between(n("0"), n("10"));
			assertResult(NOT_REACHED, "-1", null, evaluate(mellan, Direction.RANGE, "-1"));
			assertResult(REACHED, "1", "0.1000", evaluate(mellan, Direction.RANGE, "9"));
		}

		@Test
		void aNegativeTargetKeepsPositiveMeaningBetter() {
			// A result of −5 against "minst −10" is 5 better, half the target's size.
			assertResult(REACHED, "5", "0.5000", evaluate(target(Bound.AT_LEAST, "-10"), Direction.HIGHER, "-5"));
			assertResult(NOT_REACHED, "-5", "-0.5000", evaluate(target(Bound.AT_MOST, "-10"), Direction.LOWER, "-5"));
		}
	}

	@Nested
	class Forecasts {

		@Test
		void aForecastIsJudgedLikeAnOutcomeAndSaysSo() {
			Result reached = Fulfilment.evaluate(target(Bound.AT_LEAST, "80"), Direction.HIGHER,
					OutcomeSpec.ofForecast(n("85")));
			assertEquals(REACHED, reached.status());
			assertEquals(n("5"), reached.distance());
			assertEquals(n("0.0625"), reached.relative());
			assertTrue(reached.forecast());
			Result missed = Fulfilment.evaluate(target(Bound.AT_MOST, "900"), Direction.LOWER,
					OutcomeSpec.ofForecast(n("950")));
			assertEquals(NOT_REACHED, missed.status());
			assertEquals(n("-50"), missed.distance());
			assertTrue(missed.forecast());
		}

		@Test
		void theFlagIsCarriedWhateverTheStatus() {
			assertTrue(Fulfilment.evaluate(null, Direction.HIGHER, OutcomeSpec.ofForecast(n("85"))).forecast());
			assertTrue(Fulfilment.evaluate(TargetSpec.unset(), Direction.HIGHER, OutcomeSpec.ofForecast(n("85"))).forecast());
			assertTrue(Fulfilment.evaluate(target(Bound.EXACTLY, "80"), Direction.RANGE,
					OutcomeSpec.ofForecast(n("85"))).forecast());
			assertTrue(Fulfilment.evaluate(target(Bound.AT_LEAST, "80"), Direction.HIGHER,
					new OutcomeSpec(n("70"), Bound.LESS_THAN, true)).forecast());
			Result missing = Fulfilment.evaluate(target(Bound.AT_LEAST, "80"), Direction.HIGHER,
					new OutcomeSpec(null, null, true));
			assertEquals(NO_OUTCOME, missing.status());
			assertTrue(missing.forecast());
		}
	}

	@Nested
	class MissingOutcomesAndTargets {

		@Test
		void noNumberIsNoOutcome() {
			TargetSpec minst80 = target(Bound.AT_LEAST, "80");
			for (Result result : new Result[] { Fulfilment.evaluate(minst80, Direction.HIGHER, OutcomeSpec.missing()),
					Fulfilment.evaluate(minst80, Direction.HIGHER, null) }) {
				assertEquals(NO_OUTCOME, result.status());
				assertNull(result.distance());
				assertNull(result.relative());
				assertNull(result.reasonKey());
				assertFalse(result.forecast());
			}
		}

		@Test
		void aMissingOutcomeWinsOverAMissingTarget() {
			// The missing outcome is what the reader must act on first.
			assertEquals(NO_OUTCOME, Fulfilment.evaluate(null, Direction.HIGHER, OutcomeSpec.missing()).status());
			assertEquals(NO_OUTCOME, Fulfilment.evaluate(TargetSpec.unset(), Direction.HIGHER, null).status());
		}

		@Test
		void noTargetIsNotComparable() {
			assertNotComparable(Fulfilment.REASON_NO_TARGET, evaluate(null, Direction.HIGHER, "85"));
			// A target without a number (not written as "ej fastställt") counts as none.
			assertNotComparable(Fulfilment.REASON_NO_TARGET, evaluate(target(Bound.AT_LEAST, null), Direction.HIGHER, "85"));
		}

		@Test
		void aTargetThePlanLeavesUnsetIsNotComparable() {
			assertNotComparable(Fulfilment.REASON_TARGET_NOT_SET, evaluate(TargetSpec.unset(), Direction.HIGHER, "85"));
			// "ej fastställt" wins over any number also written.
			assertNotComparable(Fulfilment.REASON_TARGET_NOT_SET,
					evaluate(new TargetSpec(Bound.AT_LEAST, n("80"), null, true), Direction.HIGHER, "85"));
		}
	}

	/** An outcome printed as a bound is the set of values it may have: all, none or some meet the target. */
	@Nested
	class OutcomeAsBound {

		private Result evaluate(TargetSpec target, Direction direction, Bound outcomeBound, String outcome) {
			return Fulfilment.evaluate(target, direction, OutcomeSpec.bounded(outcomeBound, n(outcome)));
		}

		private void assertStatus(Status status, Result result) {
			assertEquals(status, result.status());
			assertNull(result.distance(), "no single distance for a bound");
			assertNull(result.relative());
			assertNull(result.reasonKey());
		}

		@Test
		void lessThanAnOutcome() {
			// "mindre än 70" is (−∞, 70).
			assertStatus(REACHED, evaluate(target(Bound.AT_MOST, "70"), Direction.LOWER, Bound.LESS_THAN, "70"));
			assertStatus(REACHED, evaluate(target(Bound.LESS_THAN, "70"), Direction.LOWER, Bound.LESS_THAN, "70"));
			assertStatus(REACHED, evaluate(target(Bound.AT_MOST, "80"), Direction.LOWER, Bound.LESS_THAN, "70"));
			assertStatus(NOT_REACHED, evaluate(target(Bound.AT_LEAST, "70"), Direction.HIGHER, Bound.LESS_THAN, "70"));
			assertStatus(NOT_REACHED, evaluate(target(Bound.GREATER_THAN, "80"), Direction.HIGHER, Bound.LESS_THAN, "70"));
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND,
					evaluate(target(Bound.AT_LEAST, "60"), Direction.HIGHER, Bound.LESS_THAN, "70"));
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND,
					evaluate(target(Bound.AT_MOST, "60"), Direction.LOWER, Bound.LESS_THAN, "70"));
		}

		@Test
		void atMostAnOutcomeIncludesItsEnd() {
			// "max 70" is (−∞, 70]: 70 itself misses "mindre än 70" and meets "minst 70".
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND,
					evaluate(target(Bound.LESS_THAN, "70"), Direction.LOWER, Bound.AT_MOST, "70"));
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND,
					evaluate(target(Bound.AT_LEAST, "70"), Direction.HIGHER, Bound.AT_MOST, "70"));
			assertStatus(NOT_REACHED, evaluate(target(Bound.GREATER_THAN, "70"), Direction.HIGHER, Bound.AT_MOST, "70"));
			assertStatus(REACHED, evaluate(target(Bound.AT_MOST, "70"), Direction.LOWER, Bound.AT_MOST, "70"));
		}

		@Test
		void greaterThanAndAtLeastOutcomes() {
			assertStatus(REACHED, evaluate(target(Bound.AT_LEAST, "50"), Direction.HIGHER, Bound.GREATER_THAN, "50"));
			assertStatus(NOT_REACHED, evaluate(target(Bound.AT_MOST, "50"), Direction.LOWER, Bound.GREATER_THAN, "50"));
			assertStatus(NOT_REACHED, evaluate(target(Bound.LESS_THAN, "50"), Direction.LOWER, Bound.GREATER_THAN, "50"));
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND,
					evaluate(target(Bound.AT_LEAST, "60"), Direction.HIGHER, Bound.GREATER_THAN, "50"));
			// "minst 50" may be exactly 50, which misses "större än 50".
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND,
					evaluate(target(Bound.GREATER_THAN, "50"), Direction.HIGHER, Bound.AT_LEAST, "50"));
			assertStatus(REACHED, evaluate(target(Bound.GREATER_THAN, "49"), Direction.HIGHER, Bound.AT_LEAST, "50"));
		}

		@Test
		void againstBetween() {
			TargetSpec mellan = TargetSpec.between(n("40"), n("60"));
			// An open-ended outcome never lies wholly inside a closed range.
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND, evaluate(mellan, Direction.RANGE, Bound.AT_LEAST, "45"));
			assertStatus(NOT_REACHED, evaluate(mellan, Direction.RANGE, Bound.LESS_THAN, "40"));
			assertStatus(NOT_REACHED, evaluate(mellan, Direction.RANGE, Bound.GREATER_THAN, "60"));
			assertNotComparable(Fulfilment.REASON_OUTCOME_BOUND, evaluate(mellan, Direction.RANGE, Bound.AT_MOST, "40"));
		}

		@Test
		void againstAnExactNumberTheDirectionDecides() {
			TargetSpec exakt70 = target(Bound.EXACTLY, "70");
			assertStatus(NOT_REACHED, evaluate(exakt70, Direction.HIGHER, Bound.LESS_THAN, "70"));
			assertStatus(REACHED, evaluate(exakt70, Direction.LOWER, Bound.LESS_THAN, "70"));
			assertNotComparable(Fulfilment.REASON_NO_DIRECTION, evaluate(exakt70, Direction.RANGE, Bound.LESS_THAN, "70"));
			assertNotComparable(Fulfilment.REASON_NO_DIRECTION, evaluate(exakt70, Direction.NOT_STATED, Bound.AT_LEAST, "70"));
		}

		@Test
		void anExactOutcomeIsAPlainNumber() {
			Result result = evaluate(target(Bound.AT_LEAST, "80"), Direction.HIGHER, Bound.EXACTLY, "85");
			assertResult(REACHED, "5", "0.0625", result);
		}
	}

	@Test
	void swedishTexts() {
		assertEquals("uppnått", Fulfilment.text(REACHED));
		assertEquals("inte uppnått", Fulfilment.text(NOT_REACHED));
		assertEquals("inget utfall", Fulfilment.text(NO_OUTCOME));
		assertEquals("inget jämförbart målvärde", Fulfilment.text(NO_COMPARABLE_TARGET));
		assertEquals("inte uppnått", evaluate(target(Bound.AT_LEAST, "80"), Direction.HIGHER, "75").text());
		assertEquals("Planen anger att målvärdet inte är fastställt.",
				evaluate(TargetSpec.unset(), Direction.HIGHER, "75").reason());
		assertNull(evaluate(target(Bound.AT_LEAST, "80"), Direction.HIGHER, "75").reason());
		for (String key : new String[] { Fulfilment.REASON_NO_TARGET, Fulfilment.REASON_NO_DIRECTION,
				Fulfilment.REASON_OUTCOME_BOUND }) {
			assertTrue(governance.dsl.Messages.has(key), key);
		}
	}

	@Test
	void onlyReachedAndNotReachedAreComparable() {
		assertTrue(REACHED.isComparable());
		assertTrue(NOT_REACHED.isComparable());
		assertFalse(NO_OUTCOME.isComparable());
		assertFalse(NO_COMPARABLE_TARGET.isComparable());
	}
}
