package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import governance.dsl.model.Period;
import governance.dsl.model.Targets;

/** Which målvärde applies to an utfall: the narrowest target whose period covers the outcome's. */
class TargetsTest {

	/** A target as the validator knows it: a name to tell it from others, and its period as written. */
	record Target(String name, String period) {
	}

	private static Optional<String> applying(String outcome, Target... targets) {
		return Targets.applying(Arrays.asList(targets), t -> Period.parse(t.period()), Period.parse(outcome))
				.map(Target::name);
	}

	private static void assertApplies(String expected, String outcome, Target... targets) {
		assertEquals(Optional.of(expected), applying(outcome, targets));
	}

	@Test
	void aYearsTargetAppliesToThatYear() {
		assertApplies("y2021", "2021", new Target("y2020", "2020"), new Target("y2021", "2021"));
	}

	@Test
	void aLaterTargetIsNeverComparedWithAnEarlierOutcome() {
		// The 2026 target is the plan's goal, not a yardstick for 2024.
		assertEquals(Optional.empty(), applying("2024", new Target("y2026", "2026")));
	}

	@Test
	void anEarlierTargetIsNotComparedWithALaterOutcome() {
		assertEquals(Optional.empty(), applying("2024", new Target("y2022", "2022")));
	}

	@Test
	void aSpanAppliesToEveryYearAndMonthInIt() {
		Target span = new Target("span", "2019-2022");
		assertApplies("span", "2019", span);
		assertApplies("span", "2021", span);
		assertApplies("span", "2022", span);
		assertApplies("span", "2021-03", span);
		assertApplies("span", "2021-K4", span);
		assertApplies("span", "2019-2022", span);
		assertEquals(Optional.empty(), applying("2023", span));
		assertEquals(Optional.empty(), applying("2018-12", span));
	}

	@Test
	void theNarrowerTargetWinsWhicheverIsWrittenFirst() {
		Target span = new Target("span", "2019-2022");
		Target year = new Target("y2021", "2021");
		assertApplies("y2021", "2021", span, year);
		assertApplies("y2021", "2021", year, span);
		// For another year of the span only the span applies.
		assertApplies("span", "2020", span, year);
	}

	@Test
	void aMonthTakesTheNarrowestOfQuarterTertialYearAndSpan() {
		Target span = new Target("span", "2019-2022");
		Target year = new Target("y2021", "2021");
		Target tertial = new Target("t1", "2021-T1");
		Target quarter = new Target("k1", "2021-K1");
		Target month = new Target("march", "2021-03");
		assertApplies("march", "2021-03", span, year, tertial, quarter, month);
		assertApplies("k1", "2021-03", span, year, tertial, quarter);
		assertApplies("t1", "2021-03", span, year, tertial);
		assertApplies("y2021", "2021-03", span, year);
		assertApplies("span", "2021-03", span);
	}

	@Test
	void aTargetMustCoverTheWholeOutcomePeriod() {
		// K2 is April to June; T1 is January to April: it only overlaps.
		assertApplies("y2021", "2021-K2", new Target("t1", "2021-T1"), new Target("y2021", "2021"));
		// A year's target does not judge the span's outcome.
		assertEquals(Optional.empty(), applying("2019-2022", new Target("y2021", "2021")));
		// Another quarter of the same year does not apply.
		assertEquals(Optional.empty(), applying("2021-03", new Target("k2", "2021-K2")));
	}

	@Test
	void ofEquallyNarrowTargetsTheFirstWrittenWins() {
		assertApplies("first", "2021", new Target("first", "2021"), new Target("second", "2021"));
		assertApplies("first", "2021-05", new Target("first", "2021-K2"), new Target("second", "2021-K2"));
	}

	@Test
	void targetsWithoutAPeriodAreIgnored() {
		assertApplies("y2021", "2021", new Target("broken", "20x1"), new Target("y2021", "2021"),
				new Target("blank", ""));
		assertEquals(Optional.empty(), applying("2021", new Target("broken", "2021-13")));
	}

	@Test
	void nothingAppliesToNoOutcomePeriodOrNoTargets() {
		assertEquals(Optional.empty(), applying(null, new Target("y2021", "2021")));
		assertEquals(Optional.empty(), applying("2021"));
		assertTrue(Targets.applying(null, (Period p) -> p, Period.year(2021)).isEmpty());
	}

	@Test
	void worksOnPeriodsThemselves() {
		List<Period> periods = List.of(Period.parse("2019-2022"), Period.year(2021));
		assertEquals(Optional.of(Period.year(2021)), Targets.applying(periods, p -> p, Period.parse("2021-T2")));
	}
}
