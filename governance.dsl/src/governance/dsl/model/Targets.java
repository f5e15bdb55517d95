package governance.dsl.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which målvärde applies to an utfall: among the targets whose period covers the outcome's
 * period, the narrowest one (fewest months), and for a tie the one written first. So a 2021
 * target beats a 2019-2022 one for a 2021 outcome, the 2019-2022 target applies to 2021-03 when
 * there is no 2021 target, and a 2026 target is never compared with a 2024 outcome.
 */
public final class Targets {

	private Targets() {
	}

	/**
	 * The target that applies to {@code outcome}, if any. Targets whose period is {@code null}
	 * (malformed, the validator reports it) are ignored; a {@code null} outcome period has none.
	 */
	public static <T> Optional<T> applying(List<T> targets, Function<T, Period> periodOf, Period outcome) {
		if (targets == null || outcome == null) {
			return Optional.empty();
		}
		T best = null;
		long bestMonths = Long.MAX_VALUE;
		for (T target : targets) {
			Period period = target == null ? null : periodOf.apply(target);
			// Strictly fewer months: the first written wins a tie.
			if (period != null && period.contains(outcome) && period.months() < bestMonths) {
				best = target;
				bestMonths = period.months();
			}
		}
		return Optional.ofNullable(best);
	}
}
