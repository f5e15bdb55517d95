package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import governance.dsl.model.Values;
import governance.dsl.styrmodell.AnnualCycle;
import governance.dsl.styrmodell.CycleEvent;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Month;

/**
 * arshjul.html (AnnualCyclePage.jte): each årshjul as a wheel and month by month in words, and the
 * model's follow-up points.
 */
final class AnnualCyclePage {

	/** {@code pointsWheel}: the wheel of the follow-up points alone, for a model without årshjul (else null). */
	record Model(boolean none, AnnualCycleWheel.Wheel pointsWheel, List<Cycle> cycles, List<Point> points) {
	}

	record Cycle(String id, String title, AnnualCycleWheel.Wheel wheel, List<MonthEvents> months) {
	}

	/** The events that start in a month; {@code id} null for those without a month (heading "Utan månad"). */
	record MonthEvents(String id, String heading, List<Event> events) {
	}

	/** {@code when} null unless a date or a span of months; {@code forums} empty, or {@code allCommittees}. */
	record Event(String when, boolean allCommittees, List<Handbook.Link> forums, String what) {
	}

	/** {@code month} null when the point has no month of its own. */
	record Point(String title, String month) {
	}

	private AnnualCyclePage() {
	}

	static Page render(Handbook handbook) {
		List<FollowUpPoint> points = handbook.view.followUpPoints();
		AnnualCycleWheel.Wheel pointsWheel = handbook.view.cycles().isEmpty() && !points.isEmpty()
				? AnnualCycleWheel.wheel(handbook.site.freshId("arshjul"), Html.msg("cycle.pointsOnly"), List.of(), points)
				: null;
		List<Cycle> cycles = new ArrayList<>();
		for (AnnualCycle cycle : handbook.view.cycles()) {
			String id = handbook.site.freshId("arshjul-" + Site.slug(cycle.getName()));
			AnnualCycleWheel.Wheel wheel = AnnualCycleWheel.wheel(id, Handbook.title(cycle), cycle.getEvents(), points);
			List<MonthEvents> months = new ArrayList<>();
			for (int month = 1; month <= 12; month++) {
				final int current = month;
				List<Event> starting = cycle.getEvents().stream()
						.filter(e -> !AnnualCycleWheel.months(e).isEmpty() && AnnualCycleWheel.months(e).get(0) == current)
						.map(e -> event(handbook, e, true)).toList();
				if (!starting.isEmpty()) {
					months.add(new MonthEvents(id + "-" + month, capitalised(Handbook.month(month)), starting));
				}
			}
			List<Event> undated = cycle.getEvents().stream().filter(e -> AnnualCycleWheel.months(e).isEmpty())
					.map(e -> event(handbook, e, false)).toList();
			if (!undated.isEmpty()) {
				months.add(new MonthEvents(id + "-utan-manad", Html.msg("cycle.noMonth"), undated));
			}
			cycles.add(new Cycle(id + "-rubrik", Handbook.title(cycle), wheel, months));
		}
		List<Point> pointItems = points.stream().map(p -> new Point(Handbook.title(p),
				p.getMonth() != null && p.getMonth() != Month.NOT_STATED ? Handbook.month(p.getMonth()) : null)).toList();
		Model model = new Model(handbook.view.cycles().isEmpty(), pointsWheel, cycles, pointItems);
		return new Page(Site.CYCLE, Html.msg("cycle.title"), Page.Section.CYCLE)
				.content(Templates.content("AnnualCyclePage.jte", model));
	}

	private static Event event(Handbook handbook, CycleEvent event, boolean dated) {
		return new Event(dated ? when(event) : null, event.isAllCommittees(),
				event.isAllCommittees() ? List.of() : handbook.refs(event.getForums()), Values.prose(event.getWhat()));
	}

	/** A date, or a span of months ("Mars–maj"); null for an event of one month, which its heading names. */
	private static String when(CycleEvent event) {
		if (event.getDate() != null) {
			return event.getDate();
		}
		if (event.getEndMonth() != null && event.getEndMonth() != Month.NOT_STATED && event.getEndMonth() != event.getMonth()) {
			return capitalised(Handbook.month(event.getMonth())) + "–" + Handbook.month(event.getEndMonth());
		}
		return null;
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}
}
