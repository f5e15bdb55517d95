package governance.dsl.model;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * The one order of follow-ups: by the year they follow up, then by when they are made (the
 * follow-up's own date, else its own month, else its point's month), then by name. A monthly
 * report in January, the delårsrapport in August and the årsredovisning of one year come in that
 * order, and the årsredovisning is the latest. Every view of "the latest follow-up" sorts here.
 */
public final class FollowUpOrder {

	private FollowUpOrder() {
	}

	public static final Comparator<FollowUp> ORDER = Comparator.comparing(FollowUpOrder::year)
			.thenComparing(FollowUpOrder::when, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(f -> f.getDate() == null ? "" : f.getDate())
			.thenComparing(f -> f.getName() == null ? "" : f.getName());

	/** The year the follow-up reports on: its "år", else its date's year; 0 when it states neither. */
	public static int year(FollowUp followUp) {
		if (ModelView.isWritten(followUp, Literals.FOLLOW_UP__YEAR)) {
			return followUp.getYear();
		}
		Deadline date = Deadline.parse(followUp.getDate());
		return date == null ? 0 : date.first().getYear();
	}

	/**
	 * When the follow-up is made: its date's month, else the month it states, else its point's month
	 * (in the year after, for a point like "kvartal 4 in January"); null when nothing says.
	 */
	public static YearMonth when(FollowUp followUp) {
		Deadline date = Deadline.parse(followUp.getDate());
		if (date != null) {
			return YearMonth.from(date.first());
		}
		int year = year(followUp);
		if (year == 0) {
			return null;
		}
		if (followUp.getMonth() != null && followUp.getMonth() != Month.NOT_STATED) {
			return YearMonth.of(year, followUp.getMonth().getValue());
		}
		FollowUpPoint point = followUp.getPoint();
		if (point != null && !point.eIsProxy() && point.getMonth() != null && point.getMonth() != Month.NOT_STATED) {
			return YearMonth.of(point.isNextYear() ? year + 1 : year, point.getMonth().getValue());
		}
		return null;
	}

	/** Whether a follow-up states when it is made, itself or through its point. */
	public static boolean isPlaced(FollowUp followUp) {
		return when(followUp) != null;
	}

	/** The latest of the follow-ups, by the one order. */
	public static Optional<FollowUp> latest(List<FollowUp> followUps) {
		return followUps.stream().max(ORDER);
	}
}
