package governance.dsl.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;

import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.OutcomeValue;

/**
 * The order of a measure's utfall and which one is the latest word. Outcomes come from the plan
 * and from follow-ups: by period, then an actual outcome after a forecast for the same period
 * (a forecast is superseded, not contradicted, by the outcome that follows it), then the plan
 * before the follow-ups, follow-ups in {@link FollowUpOrder}.
 */
public final class Outcomes {

	private Outcomes() {
	}

	public static final Comparator<Outcome> ORDER = Comparator
			.comparing(Outcomes::periodOf, Comparator.nullsFirst(Period.ORDER))
			.thenComparing(o -> isActual(o.getValue()))
			.thenComparing(Outcomes::followUpOf, Comparator.nullsFirst(FollowUpOrder.ORDER));

	/** The latest outcome: of the latest period, the actual one before a forecast, the latest follow-up's. */
	public static Optional<Outcome> latest(Collection<Outcome> outcomes) {
		return outcomes.stream().filter(o -> periodOf(o) != null).max(ORDER);
	}

	public static Period periodOf(Outcome outcome) {
		return Period.parse(outcome.getPeriod());
	}

	/** The follow-up an outcome is reported in, or null for one written in the plan. */
	public static FollowUp followUpOf(Outcome outcome) {
		return EcoreUtil2.getContainerOfType(outcome, FollowUp.class);
	}

	/** Whether a value is an actual outcome (anything but a forecast). */
	public static boolean isActual(OutcomeValue value) {
		return !(value instanceof MeasuredValue measured && measured.isForecast());
	}

	/**
	 * The one footnote a row shows where there is room for one (a workbook's comment column): the
	 * row's own, else the note its marked values point at.
	 */
	public static String footnoteOf(Outcome outcome) {
		if (outcome.getFootnote() != null || outcome.getNotes().isEmpty()) {
			return outcome.getFootnote();
		}
		return outcome.getNotes().get(0).getText();
	}
}
