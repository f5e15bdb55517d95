package governance.dsl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import governance.dsl.Messages;
import governance.dsl.model.Fulfilment.Result;
import governance.dsl.model.Fulfilment.Status;

/**
 * A suggested assessment of a goal from its measures' results, by the municipality's own rules
 * (data in its model, not code here), and whether the planners' assessment clearly contradicts
 * the measures. A measure counts when its result is comparable: reached or not reached.
 */
public final class GoalSuggestion {

	/** Of which measures a rule speaks. */
	public enum Quantifier {
		/** Every comparable measure reaches its target. */
		ALL,
		/** At least one does. */
		ANY,
		/** None does. */
		NONE,
		/** At least {@link LabelRule#sharePercent()} % of them do. */
		SHARE;

		/** "alla mått", "något mått", "inget mått", "minst 60 % av måtten". */
		public String text(Integer sharePercent) {
			return this == SHARE ? Messages.get("fulfilment.quantifier.SHARE", sharePercent)
					: Messages.get("fulfilment.quantifier." + name());
		}
	}

	/**
	 * When {@code label} is suggested. With {@code tolerancePercent} t (null = 0) a measure
	 * "reaches" also when it misses by at most t % of its target ("inom 5 %"). {@code noOutcome}:
	 * the rule matches exactly when no measure has a comparable result, whatever the quantifier
	 * (the rule for "ej bedömt"). Every other rule needs at least one comparable measure.
	 */
	public record LabelRule(String label, Quantifier quantifier, Integer sharePercent, BigDecimal tolerancePercent,
			boolean noOutcome) {

		public static LabelRule of(String label, Quantifier quantifier) {
			return new LabelRule(label, quantifier, null, null, false);
		}

		public static LabelRule share(String label, int sharePercent) {
			return new LabelRule(label, Quantifier.SHARE, sharePercent, null, false);
		}

		public static LabelRule noOutcome(String label) {
			return new LabelRule(label, null, null, null, true);
		}

		public LabelRule withTolerance(BigDecimal percent) {
			return new LabelRule(label, quantifier, sharePercent, percent, noOutcome);
		}
	}

	/**
	 * The suggestion: the first matching rule's label, if any. {@code reached}: comparable measures
	 * that reach their target (strictly, without any rule's tolerance); {@code comparable}: measures
	 * reached or not reached; {@code total}: all measures. {@code reasonKey}: why there is no label,
	 * else {@code null}.
	 */
	public record Suggestion(Optional<String> label, int reached, int comparable, int total, String reasonKey) {

		public String reason() {
			return reasonKey == null ? null : Messages.get(reasonKey);
		}
	}

	/** How an assessment clearly contradicts its measures. */
	public enum Contradiction {
		/** The scale's best label, while none of the comparable measures reaches its target. */
		BEST_BUT_NONE_REACHED,
		/** The scale's worst assessed label, while all comparable measures reach their targets. */
		WORST_BUT_ALL_REACHED
	}

	public static final String REASON_NO_RULES = "fulfilment.suggestion.noRules";
	public static final String REASON_NO_MATCH = "fulfilment.suggestion.noMatch";

	private GoalSuggestion() {
	}

	/** The first of {@code rules} (best label first) that matches the results, one per measure of the goal. */
	public static Suggestion suggest(List<LabelRule> rules, List<Result> measureResults) {
		List<Result> results = measureResults == null ? List.of() : measureResults;
		int reached = (int) results.stream().filter(r -> r.status() == Status.REACHED).count();
		int comparable = (int) results.stream().filter(Result::isComparable).count();
		if (rules == null || rules.isEmpty()) {
			return new Suggestion(Optional.empty(), reached, comparable, results.size(), REASON_NO_RULES);
		}
		for (LabelRule rule : rules) {
			if (matches(rule, results, comparable)) {
				return new Suggestion(Optional.ofNullable(rule.label()), reached, comparable, results.size(), null);
			}
		}
		return new Suggestion(Optional.empty(), reached, comparable, results.size(), REASON_NO_MATCH);
	}

	private static boolean matches(LabelRule rule, List<Result> results, int comparable) {
		if (rule.noOutcome()) {
			return comparable == 0;
		}
		if (comparable == 0 || rule.quantifier() == null) {
			// With nothing to compare, "inget mått når" must not call the goal unfulfilled.
			return false;
		}
		int reaching = (int) results.stream().filter(r -> reaches(r, rule.tolerancePercent())).count();
		return switch (rule.quantifier()) {
		case ALL -> reaching == comparable;
		case ANY -> reaching > 0;
		case NONE -> reaching == 0;
		case SHARE -> rule.sharePercent() != null && reaching * 100L >= (long) rule.sharePercent() * comparable;
		};
	}

	/** Reached, or missed by no more than {@code tolerancePercent} % of the target. */
	static boolean reaches(Result result, BigDecimal tolerancePercent) {
		if (result.status() == Status.REACHED) {
			return true;
		}
		if (result.status() != Status.NOT_REACHED || tolerancePercent == null || result.relative() == null) {
			return false;
		}
		return result.relative().compareTo(tolerancePercent.negate().movePointLeft(2)) >= 0;
	}

	/**
	 * Whether the assessment at {@code assessedRank} clearly contradicts the measures, by positions
	 * in the scale: {@code bestRank} the best label, {@code worstAssessedRank} the worst label
	 * that is not "ej bedömt". A scale with a single assessed label never contradicts.
	 */
	public static Optional<Contradiction> contradiction(int assessedRank, int bestRank, int worstAssessedRank,
			int reached, int comparable) {
		if (comparable < 1 || bestRank == worstAssessedRank) {
			return Optional.empty();
		}
		if (assessedRank == bestRank && reached == 0) {
			return Optional.of(Contradiction.BEST_BUT_NONE_REACHED);
		}
		if (assessedRank == worstAssessedRank && reached == comparable) {
			return Optional.of(Contradiction.WORST_BUT_ALL_REACHED);
		}
		return Optional.empty();
	}

	public static boolean contradicts(int assessedRank, int bestRank, int worstAssessedRank, int reached,
			int comparable) {
		return contradiction(assessedRank, bestRank, worstAssessedRank, reached, comparable).isPresent();
	}

	/** "Målet bedöms 'Uppfyllt', men inget av tre mått når sitt målvärde." */
	public static String message(Contradiction contradiction, String assessedLabel, int comparable) {
		String key = "fulfilment.contradiction." + contradiction.name();
		if (comparable == 1 || comparable == 2 && contradiction == Contradiction.WORST_BUT_ALL_REACHED) {
			return Messages.get(key + "." + comparable, assessedLabel);
		}
		return Messages.get(key, assessedLabel, count(comparable));
	}

	/** A count of measures (neuter) as Swedish prose writes it: "ett" to "tio", then digits. */
	public static String count(int n) {
		return n >= 1 && n <= 10 ? Messages.get("fulfilment.count." + n) : Integer.toString(n);
	}
}
