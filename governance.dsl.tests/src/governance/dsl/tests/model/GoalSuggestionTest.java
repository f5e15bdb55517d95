package governance.dsl.tests.model;

import static governance.dsl.model.GoalSuggestion.Contradiction.BEST_BUT_NONE_REACHED;
import static governance.dsl.model.GoalSuggestion.Contradiction.WORST_BUT_ALL_REACHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import governance.dsl.model.Fulfilment;
import governance.dsl.model.Fulfilment.OutcomeSpec;
import governance.dsl.model.Fulfilment.Result;
import governance.dsl.model.Fulfilment.Status;
import governance.dsl.model.Fulfilment.TargetSpec;
import governance.dsl.model.GoalSuggestion;
import governance.dsl.model.GoalSuggestion.Contradiction;
import governance.dsl.model.GoalSuggestion.LabelRule;
import governance.dsl.model.GoalSuggestion.Quantifier;
import governance.dsl.model.GoalSuggestion.Suggestion;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Direction;

/** A goal's suggested assessment from its measures' results, and clear contradictions of it. */
class GoalSuggestionTest {

	private static final Result REACHED = new Result(Status.REACHED, BigDecimal.ONE, new BigDecimal("0.0100"), false, null);
	private static final Result NO_OUTCOME = new Result(Status.NO_OUTCOME, null, null, false, null);
	private static final Result NO_TARGET = new Result(Status.NO_COMPARABLE_TARGET, null, null, false,
			Fulfilment.REASON_NO_TARGET);

	/** Missed by {@code relative} of the target, e.g. "-0.0400" = 4 % short. */
	private static Result missed(String relative) {
		return new Result(Status.NOT_REACHED, BigDecimal.ONE.negate(), relative == null ? null : new BigDecimal(relative),
				false, null);
	}

	private static final Result MISSED = missed("-0.5000");

	/** Linköping's scale, best first, with the rules a model could state for it. */
	private static final List<LabelRule> LINKÖPING = List.of(
			LabelRule.of("Uppfyllt", Quantifier.ALL),
			LabelRule.of("Delvis uppfyllt", Quantifier.ANY),
			LabelRule.of("Ej uppfyllt", Quantifier.NONE),
			LabelRule.noOutcome("Ej bedömt"));

	private static Suggestion suggest(List<LabelRule> rules, Result... results) {
		return GoalSuggestion.suggest(rules, Arrays.asList(results));
	}

	private static void assertSuggests(String label, int reached, int comparable, int total, Suggestion suggestion) {
		assertEquals(Optional.of(label), suggestion.label());
		assertEquals(reached, suggestion.reached(), "reached");
		assertEquals(comparable, suggestion.comparable(), "comparable");
		assertEquals(total, suggestion.total(), "total");
		assertNull(suggestion.reasonKey());
		assertNull(suggestion.reason());
	}

	@Nested
	class Quantifiers {

		@Test
		void allReached() {
			assertSuggests("Uppfyllt", 3, 3, 3, suggest(LINKÖPING, REACHED, REACHED, REACHED));
		}

		@Test
		void someReached() {
			assertSuggests("Delvis uppfyllt", 1, 3, 3, suggest(LINKÖPING, MISSED, REACHED, MISSED));
		}

		@Test
		void noneReached() {
			assertSuggests("Ej uppfyllt", 0, 2, 2, suggest(LINKÖPING, MISSED, MISSED));
		}

		@Test
		void onlyComparableMeasuresCount() {
			// A measure without outcome or comparable target neither helps nor hurts "alla mått".
			assertSuggests("Uppfyllt", 2, 2, 4, suggest(LINKÖPING, REACHED, NO_OUTCOME, REACHED, NO_TARGET));
			assertSuggests("Ej uppfyllt", 0, 1, 3, suggest(LINKÖPING, NO_OUTCOME, MISSED, NO_TARGET));
		}

		@Test
		void shareCountsExactlyAtTheBoundary() {
			List<LabelRule> rules = List.of(LabelRule.share("Delvis uppfyllt", 60), LabelRule.of("Ej uppfyllt", Quantifier.ANY));
			// 3 of 5 is exactly 60 %.
			assertSuggests("Delvis uppfyllt", 3, 5, 5, suggest(rules, REACHED, REACHED, REACHED, MISSED, MISSED));
			// 2 of 5 is 40 %.
			assertSuggests("Ej uppfyllt", 2, 5, 5, suggest(rules, REACHED, REACHED, MISSED, MISSED, MISSED));
			// 2 of 3 is 66,7 %: enough for 60 and 66, not for 67.
			assertSuggests("Delvis uppfyllt", 2, 3, 3, suggest(rules, REACHED, REACHED, MISSED));
			assertSuggests("X", 2, 3, 3, suggest(List.of(LabelRule.share("X", 66)), REACHED, REACHED, MISSED));
			assertEquals(Optional.empty(), suggest(List.of(LabelRule.share("X", 67)), REACHED, REACHED, MISSED).label());
		}

		@Test
		void aShareRuleWithoutAShareNeverMatches() {
			LabelRule broken = new LabelRule("X", Quantifier.SHARE, null, null, false);
			assertEquals(Optional.empty(), suggest(List.of(broken), REACHED).label());
		}

		@Test
		void aRuleWithoutAQuantifierNeverMatches() {
			assertEquals(Optional.empty(), suggest(List.of(LabelRule.of("X", null)), REACHED).label());
		}
	}

	@Nested
	class Tolerance {

		/** "delvis: alla mått når målvärdet inom 5 %"; "minst 0 %" catches the rest. */
		private final List<LabelRule> rules = List.of(
				LabelRule.of("Uppfyllt", Quantifier.ALL),
				LabelRule.of("Delvis uppfyllt", Quantifier.ALL).withTolerance(new BigDecimal("5")),
				LabelRule.share("Ej uppfyllt", 0));

		@Test
		void aMissWithinTheToleranceCountsForThatRuleOnly() {
			// The strict count of reached measures is not changed by a rule's tolerance.
			assertSuggests("Delvis uppfyllt", 1, 2, 2, suggest(rules, REACHED, missed("-0.0400")));
		}

		@Test
		void theToleranceIncludesItsEnd() {
			assertSuggests("Delvis uppfyllt", 0, 1, 1, suggest(rules, missed("-0.0500")));
			assertSuggests("Ej uppfyllt", 0, 1, 1, suggest(rules, missed("-0.0501")));
		}

		@Test
		void aMissWithoutARelativeDistanceIsOutsideAnyTolerance() {
			// Against a zero target there is no relative distance to compare.
			assertSuggests("Ej uppfyllt", 1, 2, 2, suggest(rules, REACHED, missed(null)));
		}

		@Test
		void aFractionalTolerance() {
			List<LabelRule> fine = List.of(LabelRule.of("Nära", Quantifier.ALL).withTolerance(new BigDecimal("2.5")));
			assertSuggests("Nära", 0, 1, 1, suggest(fine, missed("-0.0250")));
			assertEquals(Optional.empty(), suggest(fine, missed("-0.0251")).label());
		}

		@Test
		void worksWithRealResults() {
			// 88 against "minst 92" is 4,35 % short; 95 reaches.
			TargetSpec minst92 = TargetSpec.of(Bound.AT_LEAST, new BigDecimal("92"));
			Result short4 = Fulfilment.evaluate(minst92, Direction.HIGHER, OutcomeSpec.of(new BigDecimal("88")));
			Result over = Fulfilment.evaluate(minst92, Direction.HIGHER, OutcomeSpec.ofForecast(new BigDecimal("95")));
			assertEquals(new BigDecimal("-0.0435"), short4.relative());
			assertSuggests("Delvis uppfyllt", 1, 2, 2, suggest(rules, short4, over));
		}
	}

	@Nested
	class NoOutcome {

		@Test
		void matchesWhenNoMeasureIsComparable() {
			assertSuggests("Ej bedömt", 0, 0, 3, suggest(LINKÖPING, NO_OUTCOME, NO_OUTCOME, NO_TARGET));
			// A goal without measures cannot be judged from them either.
			assertSuggests("Ej bedömt", 0, 0, 0, suggest(LINKÖPING));
		}

		@Test
		void doesNotMatchWhenAnyMeasureIsComparable() {
			List<LabelRule> first = List.of(LabelRule.noOutcome("Ej bedömt"), LabelRule.of("Ej uppfyllt", Quantifier.NONE));
			assertSuggests("Ej uppfyllt", 0, 1, 2, suggest(first, NO_OUTCOME, MISSED));
		}

		@Test
		void itsQuantifierDoesNotMatter() {
			LabelRule rule = new LabelRule("Ej bedömt", Quantifier.ALL, null, null, true);
			assertSuggests("Ej bedömt", 0, 0, 1, suggest(List.of(rule), NO_OUTCOME));
			assertEquals(Optional.empty(), suggest(List.of(rule), REACHED).label());
		}

		@Test
		void withNothingComparableNoOtherRuleMatches() {
			// "inget mått når" must not call a goal without outcomes unfulfilled.
			List<LabelRule> withoutNoOutcome = LINKÖPING.subList(0, 3);
			Suggestion suggestion = suggest(withoutNoOutcome, NO_OUTCOME, NO_TARGET);
			assertEquals(Optional.empty(), suggestion.label());
			assertEquals(GoalSuggestion.REASON_NO_MATCH, suggestion.reasonKey());
			assertEquals("Ingen av modellens regler för att föreslå en bedömning passar måttens utfall.",
					suggestion.reason());
		}
	}

	@Test
	void theFirstMatchingRuleWins() {
		// The scale's order is data: a model that lists "något mått" first gets it even when all reach.
		List<LabelRule> reversed = List.of(LabelRule.of("Delvis uppfyllt", Quantifier.ANY), LabelRule.of("Uppfyllt", Quantifier.ALL));
		assertSuggests("Delvis uppfyllt", 2, 2, 2, suggest(reversed, REACHED, REACHED));
	}

	@Test
	void withoutRulesThereIsNoSuggestionAndTheReasonSaysSo() {
		for (List<LabelRule> none : Arrays.<List<LabelRule>>asList(List.of(), null)) {
			Suggestion suggestion = suggest(none, REACHED, MISSED, NO_OUTCOME);
			assertEquals(Optional.empty(), suggestion.label());
			assertEquals(1, suggestion.reached());
			assertEquals(2, suggestion.comparable());
			assertEquals(3, suggestion.total());
			assertEquals(GoalSuggestion.REASON_NO_RULES, suggestion.reasonKey());
			assertEquals("Modellen har ingen regel för att föreslå en bedömning.", suggestion.reason());
		}
	}

	@Test
	void quantifierTexts() {
		assertEquals("alla mått", Quantifier.ALL.text(null));
		assertEquals("något mått", Quantifier.ANY.text(null));
		assertEquals("inget mått", Quantifier.NONE.text(null));
		assertEquals("minst 60 % av måtten", Quantifier.SHARE.text(60));
	}

	/** Linköping's scale by position: 0 Uppfyllt, 1 Delvis uppfyllt, 2 Ej uppfyllt, 3 Ej bedömt. */
	@Nested
	class Contradictions {

		private static final int BEST = 0;
		private static final int MIDDLE = 1;
		private static final int WORST = 2;
		private static final int NOT_ASSESSED = 3;

		private Optional<Contradiction> contradiction(int assessed, int reached, int comparable) {
			Optional<Contradiction> result = GoalSuggestion.contradiction(assessed, BEST, WORST, reached, comparable);
			assertEquals(result.isPresent(), GoalSuggestion.contradicts(assessed, BEST, WORST, reached, comparable));
			return result;
		}

		@Test
		void theBestLabelWhileNoMeasureReaches() {
			assertEquals(Optional.of(BEST_BUT_NONE_REACHED), contradiction(BEST, 0, 3));
			assertEquals(Optional.of(BEST_BUT_NONE_REACHED), contradiction(BEST, 0, 1));
			assertEquals("Målet bedöms 'Uppfyllt', men inget av tre mått når sitt målvärde.",
					GoalSuggestion.message(BEST_BUT_NONE_REACHED, "Uppfyllt", 3));
		}

		@Test
		void theWorstAssessedLabelWhileAllMeasuresReach() {
			assertEquals(Optional.of(WORST_BUT_ALL_REACHED), contradiction(WORST, 3, 3));
			assertEquals(Optional.of(WORST_BUT_ALL_REACHED), contradiction(WORST, 1, 1));
			assertEquals("Målet bedöms 'Ej uppfyllt', men alla tre mått når sitt målvärde.",
					GoalSuggestion.message(WORST_BUT_ALL_REACHED, "Ej uppfyllt", 3));
		}

		@Test
		void aMixedResultContradictsNeitherEnd() {
			assertEquals(Optional.empty(), contradiction(BEST, 1, 3));
			assertEquals(Optional.empty(), contradiction(WORST, 2, 3));
		}

		@Test
		void agreeingAssessmentsDoNotContradict() {
			assertEquals(Optional.empty(), contradiction(BEST, 3, 3));
			assertEquals(Optional.empty(), contradiction(WORST, 0, 3));
		}

		@Test
		void theMiddleAndNotAssessedLabelsNeverContradict() {
			for (int assessed : new int[] { MIDDLE, NOT_ASSESSED }) {
				assertEquals(Optional.empty(), contradiction(assessed, 0, 3));
				assertEquals(Optional.empty(), contradiction(assessed, 3, 3));
			}
		}

		@Test
		void withoutComparableMeasuresNothingContradicts() {
			assertEquals(Optional.empty(), contradiction(BEST, 0, 0));
			assertEquals(Optional.empty(), contradiction(WORST, 0, 0));
		}

		@Test
		void aScaleWithOneAssessedLabelNeverContradicts() {
			assertEquals(Optional.empty(), GoalSuggestion.contradiction(0, 0, 0, 0, 2));
			assertEquals(Optional.empty(), GoalSuggestion.contradiction(0, 0, 0, 2, 2));
			assertFalse(GoalSuggestion.contradicts(0, 0, 0, 0, 2));
		}

		@Test
		void otherPositionsThanTheFirstAndThird() {
			// Ranks are positions in the model's scale, whatever they are.
			assertTrue(GoalSuggestion.contradicts(1, 1, 4, 0, 2));
			assertTrue(GoalSuggestion.contradicts(4, 1, 4, 2, 2));
			assertFalse(GoalSuggestion.contradicts(0, 1, 4, 0, 2));
		}

		@Test
		void messagesForOneAndTwoMeasures() {
			assertEquals("Målet bedöms 'Uppfyllt', men måttet når inte sitt målvärde.",
					GoalSuggestion.message(BEST_BUT_NONE_REACHED, "Uppfyllt", 1));
			assertEquals("Målet bedöms 'Uppfyllt', men inget av två mått når sitt målvärde.",
					GoalSuggestion.message(BEST_BUT_NONE_REACHED, "Uppfyllt", 2));
			assertEquals("Målet bedöms 'Ej uppfyllt', men måttet når sitt målvärde.",
					GoalSuggestion.message(WORST_BUT_ALL_REACHED, "Ej uppfyllt", 1));
			assertEquals("Målet bedöms 'Ej uppfyllt', men båda måtten når sitt målvärde.",
					GoalSuggestion.message(WORST_BUT_ALL_REACHED, "Ej uppfyllt", 2));
		}

		@Test
		void countsInWordsUpToTenThenDigits() {
			String[] words = { "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio" };
			for (int i = 1; i <= 10; i++) {
				assertEquals(words[i - 1], GoalSuggestion.count(i));
			}
			assertEquals("11", GoalSuggestion.count(11));
			assertEquals("Målet bedöms 'Röd', men alla 12 mått når sitt målvärde.",
					GoalSuggestion.message(WORST_BUT_ALL_REACHED, "Röd", 12));
		}
	}
}
