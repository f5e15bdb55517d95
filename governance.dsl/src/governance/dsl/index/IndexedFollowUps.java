package governance.dsl.index;

import governance.dsl.model.Deadline;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Month;

/** What the index keeps of a follow-up to tell whether two of them report the same point, year and owner. */
public final class IndexedFollowUps {

	private IndexedFollowUps() {
	}

	/** The month the follow-up itself states: its date's, else its "månad"; null when it states neither. */
	public static String ownMonth(FollowUp followUp) {
		Deadline date = Deadline.parse(followUp.getDate());
		if (date != null) {
			return Integer.toString(date.first().getMonthValue());
		}
		if (followUp.getMonth() != null && followUp.getMonth() != Month.NOT_STATED) {
			return Integer.toString(followUp.getMonth().getValue());
		}
		return null;
	}
}
