package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import governance.dsl.model.Deadline;
import governance.dsl.model.Period;

/** Periods and deadlines as plans write them, and what they span. */
class PeriodTest {

	@Test
	void everyFormIsASpanOfWholeMonths() {
		assertSpan("2020", Period.Kind.YEAR, "2020-01", "2020-12", "2020");
		assertSpan("2019-2022", Period.Kind.YEARS, "2019-01", "2022-12", "2019–2022");
		assertSpan("2019-03", Period.Kind.MONTH, "2019-03", "2019-03", "mars 2019");
		assertSpan("2019-K2", Period.Kind.QUARTER, "2019-04", "2019-06", "kvartal 2 2019");
		assertSpan("2019-k4", Period.Kind.QUARTER, "2019-10", "2019-12", "kvartal 4 2019");
		assertSpan("2019-T3", Period.Kind.TERTIAL, "2019-09", "2019-12", "tertial 3 2019");
	}

	private static void assertSpan(String text, Period.Kind kind, String start, String end, String label) {
		Period period = Period.parse(text);
		assertEquals(kind, period.kind(), text);
		assertEquals(YearMonth.parse(start), period.start(), text);
		assertEquals(YearMonth.parse(end), period.end(), text);
		assertEquals(label, period.label(), text);
		assertEquals(text.toUpperCase(), period.toString().toUpperCase(), text);
	}

	@Test
	void textThatIsNoPeriodGivesNull() {
		for (String text : List.of("", "2019-13", "2019-00", "2019-K5", "2019-T4", "2019-Q1", "2019-1", "2022-2019",
				"x", "2019-", "2019-03-01", "2019-K12")) {
			assertNull(Period.parse(text), text);
		}
	}

	@Test
	void aMonthLiesInItsQuarterItsYearAndThePlansPeriodButNotTheOtherWay() {
		Period plan = Period.parse("2019-2022");
		Period year = Period.parse("2021");
		Period quarter = Period.parse("2021-K1");
		Period month = Period.parse("2021-03");
		assertTrue(plan.contains(year));
		assertTrue(year.contains(quarter));
		assertTrue(quarter.contains(month));
		assertFalse(month.contains(quarter));
		assertFalse(Period.parse("2021-K2").contains(month));
		assertTrue(month.isWithinYear());
		assertFalse(year.isWithinYear());
	}

	@Test
	void aSeriesRunsByTheMonthItEndsShorterPeriodsFirst() {
		List<Period> periods = new ArrayList<>();
		for (String text : List.of("2019", "2019-12", "2019-01", "2019-K1", "2018", "2019-T2")) {
			periods.add(Period.parse(text));
		}
		periods.sort(Period.ORDER);
		assertEquals("[2018, 2019-01, 2019-K1, 2019-T2, 2019-12, 2019]", periods.toString());
	}

	@Test
	void deadlinesAreADayAMonthOrAYear() {
		Deadline day = Deadline.parse("2021-03-31");
		Deadline month = Deadline.parse("mars 2021");
		Deadline year = Deadline.parse("2021");
		assertEquals("2021-03-31", day.iso());
		assertEquals("2021-03", month.iso());
		assertEquals("mars 2021", month.toString());
		assertEquals("2021", year.iso());
		assertEquals(month, Deadline.parse("Mars   2021"));
		// "start mars 2021, slut 2021-03-15" is fine; "start 2021, slut 2020" is not.
		assertFalse(month.isAfter(day));
		assertTrue(year.isAfter(Deadline.parse("2020")));
		for (String text : List.of("2021-02-30", "mars", "marsipan 2021", "21", "2021-3", "juni 12021")) {
			assertNull(Deadline.parse(text), text);
		}
	}
}
