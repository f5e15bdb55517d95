package governance.dsl.model;

import java.math.BigDecimal;

/**
 * A set of numbers between two ends; a {@code null} end is unbounded, an open end excludes its
 * number. Fulfilment uses it for "the values that meet the target" and "the values an outcome
 * printed as a bound may have" ("mindre än 70" is (−∞, 70)).
 */
record Interval(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {

	static Interval point(BigDecimal number) {
		return new Interval(number, false, number, false);
	}

	static Interval atLeast(BigDecimal number) {
		return new Interval(number, false, null, false);
	}

	static Interval greaterThan(BigDecimal number) {
		return new Interval(number, true, null, false);
	}

	static Interval atMost(BigDecimal number) {
		return new Interval(null, false, number, false);
	}

	static Interval lessThan(BigDecimal number) {
		return new Interval(null, false, number, true);
	}

	static Interval closed(BigDecimal low, BigDecimal high) {
		return new Interval(low, false, high, false);
	}

	/** Whether every value of {@code other} lies in this interval. */
	boolean contains(Interval other) {
		return lowCovers(other) && highCovers(other);
	}

	private boolean lowCovers(Interval other) {
		if (low == null) {
			return true;
		}
		if (other.low == null) {
			return false;
		}
		int c = other.low.compareTo(low);
		return c > 0 || c == 0 && (!lowOpen || other.lowOpen);
	}

	private boolean highCovers(Interval other) {
		if (high == null) {
			return true;
		}
		if (other.high == null) {
			return false;
		}
		int c = other.high.compareTo(high);
		return c < 0 || c == 0 && (!highOpen || other.highOpen);
	}

	/** Whether no value lies in both intervals. */
	boolean isDisjoint(Interval other) {
		return endsBefore(this, other) || endsBefore(other, this);
	}

	/** Whether every value of {@code first} is below every value of {@code second}. */
	private static boolean endsBefore(Interval first, Interval second) {
		if (first.high == null || second.low == null) {
			return false;
		}
		int c = first.high.compareTo(second.low);
		return c < 0 || c == 0 && (first.highOpen || second.lowOpen);
	}
}
