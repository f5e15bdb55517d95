package governance.dsl.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

import governance.dsl.Messages;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Direction;

/**
 * Whether an utfall meets its målvärde, from plain values so that the validator, the hover, the
 * handbook, the workbooks and the JSON all judge alike. The target's bound decides which values
 * meet it; only a plain number ("exakt") needs the measure's direction. A missing outcome is
 * {@link Status#NO_OUTCOME} even when there is no target either: the missing outcome is what the
 * reader must act on first.
 */
public final class Fulfilment {

	/** The result, in the order a reader weighs them. */
	public enum Status {
		REACHED, NOT_REACHED, NO_OUTCOME, NO_COMPARABLE_TARGET;

		/** Whether the outcome was compared with the target: reached or not reached. */
		public boolean isComparable() {
			return this == REACHED || this == NOT_REACHED;
		}
	}

	/** Why a result is {@link Status#NO_COMPARABLE_TARGET}: message keys. */
	public static final String REASON_NO_TARGET = "fulfilment.reason.noTarget";
	public static final String REASON_TARGET_NOT_SET = "fulfilment.reason.targetNotSet";
	public static final String REASON_NO_DIRECTION = "fulfilment.reason.noDirection";
	public static final String REASON_OUTCOME_BOUND = "fulfilment.reason.outcomeBound";

	/** Scale of {@link Result#relative()}: a fraction to four decimals, 0,0347 = 3,47 %. */
	public static final int RELATIVE_SCALE = 4;

	/**
	 * A målvärde: {@code number} with its {@code bound} ({@code null} = exakt), or "mellan
	 * {@code number} och {@code upper}" when {@code upper} is set (the bound is then ignored).
	 * {@code notSet}: the plan says there is no target ("I.U.", "ej fastställt").
	 */
	public record TargetSpec(Bound bound, BigDecimal number, BigDecimal upper, boolean notSet) {

		public static TargetSpec of(Bound bound, BigDecimal number) {
			return new TargetSpec(bound, number, null, false);
		}

		public static TargetSpec between(BigDecimal low, BigDecimal high) {
			return new TargetSpec(Bound.EXACTLY, low, high, false);
		}

		/** The plan states explicitly that there is no target. */
		public static TargetSpec unset() {
			return new TargetSpec(null, null, null, true);
		}
	}

	/**
	 * An utfall: {@code number} is {@code null} when it reports none ("I.U.", "se ÅR", "–");
	 * {@code bound} other than {@code null}/exakt when it is printed as a bound ("Mindre än 70").
	 */
	public record OutcomeSpec(BigDecimal number, Bound bound, boolean forecast) {

		public static OutcomeSpec of(BigDecimal number) {
			return new OutcomeSpec(number, null, false);
		}

		public static OutcomeSpec ofForecast(BigDecimal number) {
			return new OutcomeSpec(number, null, true);
		}

		public static OutcomeSpec bounded(Bound bound, BigDecimal number) {
			return new OutcomeSpec(number, bound, false);
		}

		public static OutcomeSpec missing() {
			return new OutcomeSpec(null, null, false);
		}

		boolean isPlain() {
			return bound == null || bound == Bound.EXACTLY;
		}
	}

	/**
	 * The judgement. {@code distance}: how far the outcome is from the target, positive = better
	 * (above a "minst", below a "max", inside a "mellan"); {@code null} when not measurable.
	 * {@code relative}: distance as a fraction of the target's number (for "mellan" the nearer
	 * end), {@code null} when that number is 0. {@code forecast}: the outcome was a prognos.
	 * {@code reasonKey}: why there was no comparable target, else {@code null}.
	 */
	public record Result(Status status, BigDecimal distance, BigDecimal relative, boolean forecast, String reasonKey) {

		public boolean isComparable() {
			return status.isComparable();
		}

		/** The Swedish status: "uppnått". */
		public String text() {
			return Fulfilment.text(status);
		}

		/** Why there was no comparable target, in Swedish, or {@code null}. */
		public String reason() {
			return reasonKey == null ? null : Messages.get(reasonKey);
		}
	}

	private Fulfilment() {
	}

	/** "uppnått", "inte uppnått", "inget utfall", "inget jämförbart målvärde". */
	public static String text(Status status) {
		return Messages.get("fulfilment." + status.name());
	}

	/**
	 * Judges {@code outcome} against {@code target} (the one that {@link Targets#applying applies};
	 * {@code null} = none) for a measure whose better values lie in {@code direction}.
	 */
	public static Result evaluate(TargetSpec target, Direction direction, OutcomeSpec outcome) {
		if (outcome == null || outcome.number() == null) {
			return new Result(Status.NO_OUTCOME, null, null, outcome != null && outcome.forecast(), null);
		}
		boolean forecast = outcome.forecast();
		if (target != null && target.notSet()) {
			return notComparable(REASON_TARGET_NOT_SET, forecast);
		}
		if (target == null || target.number() == null) {
			return notComparable(REASON_NO_TARGET, forecast);
		}
		Interval met = met(target, direction);
		BigDecimal value = outcome.number();
		if (met == null) {
			// An exact number without a direction: only equality tells; a miss cannot be called worse.
			boolean equal = outcome.isPlain() && value.compareTo(target.number()) == 0;
			return equal ? new Result(Status.REACHED, BigDecimal.ZERO, relative(BigDecimal.ZERO, target.number()), forecast, null)
					: notComparable(REASON_NO_DIRECTION, forecast);
		}
		if (!outcome.isPlain()) {
			Interval possible = possible(outcome.bound(), value);
			if (met.contains(possible)) {
				return new Result(Status.REACHED, null, null, forecast, null);
			}
			return met.isDisjoint(possible) ? new Result(Status.NOT_REACHED, null, null, forecast, null)
					: notComparable(REASON_OUTCOME_BOUND, forecast);
		}
		Status status = met.contains(Interval.point(value)) ? Status.REACHED : Status.NOT_REACHED;
		Gap gap = gap(target, met, value);
		return new Result(status, gap.distance(), relative(gap.distance(), gap.reference()), forecast, null);
	}

	private static Result notComparable(String reasonKey, boolean forecast) {
		return new Result(Status.NO_COMPARABLE_TARGET, null, null, forecast, reasonKey);
	}

	/** The values that meet the target; {@code null} for an exact number without a direction. */
	private static Interval met(TargetSpec target, Direction direction) {
		BigDecimal n = target.number();
		if (target.upper() != null) {
			return Interval.closed(n.min(target.upper()), n.max(target.upper()));
		}
		Bound bound = target.bound() == null ? Bound.EXACTLY : target.bound();
		return switch (bound) {
		case AT_LEAST -> Interval.atLeast(n);
		case GREATER_THAN -> Interval.greaterThan(n);
		case AT_MOST -> Interval.atMost(n);
		case LESS_THAN -> Interval.lessThan(n);
		case EXACTLY -> direction == Direction.HIGHER ? Interval.atLeast(n)
				: direction == Direction.LOWER ? Interval.atMost(n) : null;
		};
	}

	/** The values an outcome printed as a bound may have. */
	private static Interval possible(Bound bound, BigDecimal n) {
		return switch (bound) {
		case AT_LEAST -> Interval.atLeast(n);
		case GREATER_THAN -> Interval.greaterThan(n);
		case AT_MOST -> Interval.atMost(n);
		case LESS_THAN -> Interval.lessThan(n);
		case EXACTLY -> Interval.point(n);
		};
	}

	/** A signed distance (positive = better) from the end of the target that counts. */
	private record Gap(BigDecimal distance, BigDecimal reference) {
	}

	private static Gap gap(TargetSpec target, Interval met, BigDecimal value) {
		if (target.upper() != null) {
			Gap fromLow = new Gap(value.subtract(met.low()), met.low());
			Gap fromHigh = new Gap(met.high().subtract(value), met.high());
			// Inside both are ≥ 0 and the nearer end counts; outside, the negative one is the end passed.
			return fromLow.distance().compareTo(fromHigh.distance()) <= 0 ? fromLow : fromHigh;
		}
		return met.high() == null ? new Gap(value.subtract(met.low()), met.low())
				: new Gap(met.high().subtract(value), met.high());
	}

	private static BigDecimal relative(BigDecimal distance, BigDecimal reference) {
		return reference.signum() == 0 ? null : distance.divide(reference.abs(), RELATIVE_SCALE, RoundingMode.HALF_EVEN);
	}
}
