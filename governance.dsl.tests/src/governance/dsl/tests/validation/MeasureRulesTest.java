package governance.dsl.tests.validation;

import static governance.dsl.tests.IssueAssertions.assertIssue;
import static governance.dsl.tests.IssueAssertions.assertNoIssue;
import static governance.dsl.tests.validation.Fixture.assertIssueAfter;
import static governance.dsl.tests.validation.Fixture.bunPlan;
import static governance.dsl.tests.validation.Fixture.file;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import governance.dsl.validation.IssueCodes;

/** Indicators, basmått and omvärldsmått: targets, outcomes, periods, splits, sources, KS-indikatorer. */
class MeasureRulesTest {

	/** A nämndmål of bun (plan period 2019-2022) around one indicator with the given body. */
	private static String goalWithIndicator(String body) {
		return bunPlan("mål bun_m1 \"Barn och elever känner sig trygga i skolan\" {\n  målområde samhälle\n"
				+ "  leder till kf_m1\n  indikator bun_m1_i1 \"Andel trygga elever i åk 5\" {\n"
				+ body.indent(4) + "  }\n}\n");
	}

	private static List<Issue> validate(String text) {
		return Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr");
	}

	@Test
	void aWellFormedIndicatorChecksClean() {
		Fixture.assertClean(validate(goalWithIndicator("""
				källa kolada "N15419"
				enhet %
				riktning högre
				avser personer
				uppdelning kvinnor, män
				utgångsvärde 2018: 88 kvinnor: 89 män: 87
				målvärde 2022: minst 92 kvinnor: minst 92 män: minst 92
				utfall 2019: 90 prognos
				""")));
	}

	// --- målvärden ---

	@Test
	void targetOnAnOmvärldsmåttIsAnErrorOnTheTarget() {
		String text = bunPlan("""
				omvärldsmått bun_o1 "Antal barn 1–5 år i kommunen" {
				  utfall 2019: 9800
				  målvärde 2022: 10000
				}
				""");
		assertIssue(validate(text), text, IssueCodes.TARGET_ON_CONTEXT_MEASURE, ERROR,
				"'bun_o1' är ett omvärldsmått och får inget målvärde: ta bort målvärdet eller gör måttet till en indikator.",
				"målvärde 2022: 10000");
	}

	@Test
	void omvärldsmåttWithOutcomesOnlyIsFine() {
		String text = bunPlan("""
				omvärldsmått bun_o1 "Antal barn 1–5 år i kommunen" {
				  utfall 2019: 9800
				}
				""");
		List<Issue> issues = validate(text);
		assertNoIssue(issues, IssueCodes.TARGET_ON_CONTEXT_MEASURE);
		assertNoIssue(issues, IssueCodes.INDICATOR_WITHOUT_TARGET);
	}

	@Test
	void indicatorWithoutTargetIsAWarning() {
		String text = goalWithIndicator("utgångsvärde 2018: 88");
		assertIssue(validate(text), text, IssueCodes.INDICATOR_WITHOUT_TARGET, WARNING,
				"Indikatorn 'bun_m1_i1' har inget målvärde: lägg till 'målvärde <år>: <värde>'.", "bun_m1_i1");
	}

	@Test
	void indicatorWithTargetAndBasmåttWithoutAreFine() {
		assertNoIssue(validate(goalWithIndicator("målvärde 2022: 92")), IssueCodes.INDICATOR_WITHOUT_TARGET);
		String text = bunPlan("basmått bun_b1 \"Antal elever i grundskolan\" { utfall 2019: 17000 }\n");
		assertNoIssue(validate(text), IssueCodes.INDICATOR_WITHOUT_TARGET);
	}

	@Test
	void targetAfterThePlansPeriodIsAnError() {
		String text = goalWithIndicator("målvärde 2023: 92");
		assertIssue(validate(text), text, IssueCodes.TARGET_OUTSIDE_PERIOD, ERROR,
				"Målvärdet gäller 2023, utanför perioden 2019-2022.", "2023");
	}

	@Test
	void targetOutsideTheGoalsOwnPeriodIsAnError() {
		String text = goalWithIndicator("målvärde 2022: 92").replace("leder till kf_m1",
				"leder till kf_m1\n  period 2019-2020");
		assertIssueAfter(validate(text), text, IssueCodes.TARGET_OUTSIDE_PERIOD, ERROR,
				"Målvärdet gäller 2022, utanför perioden 2019-2020.", "målvärde ", "2022");
	}

	@Test
	void targetsWithinThePeriodAreFine() {
		assertNoIssue(validate(goalWithIndicator("målvärde 2019: 88\nmålvärde 2019-2022: 92")),
				IssueCodes.TARGET_OUTSIDE_PERIOD);
	}

	@Test
	void outcomeBeforeThePeriodIsHistory() {
		assertNoIssue(validate(goalWithIndicator("målvärde 2022: 92\nutfall 2017: 770\nutfall 2018: 88")),
				IssueCodes.OUTCOME_OUTSIDE_PERIOD);
	}

	@Test
	void outcomeAfterThePeriodIsAnErrorAlsoForAMonth() {
		String text = goalWithIndicator("målvärde 2022: 92\nutfall 2023-01: 88");
		assertIssueAfter(validate(text), text, IssueCodes.OUTCOME_OUTSIDE_PERIOD, ERROR,
				"Utfallet gäller januari 2023, efter perioden 2019–2022: ett utfall kan gälla perioden eller tiden före den.",
				"utfall ", "2023-01");
	}

	@Test
	void outcomesForMonthsQuartersAndTertialsAreFine() {
		List<Issue> issues = validate(goalWithIndicator(
				"målvärde 2022: 92\nutfall 2019-01: 80\nutfall 2019-K2: 84\nutfall 2019-T3: 86\nutfall 2019: 88"));
		assertNoIssue(issues, IssueCodes.OUTCOME_OUTSIDE_PERIOD);
		assertNoIssue(issues, IssueCodes.INVALID_PERIOD);
		assertNoIssue(issues, IssueCodes.DUPLICATE_YEAR);
	}

	@Test
	void aMonthThatDoesNotExistIsAnInvalidPeriod() {
		String text = goalWithIndicator("målvärde 2022: 92\nutfall 2019-13: 80");
		assertIssue(validate(text), text, IssueCodes.INVALID_PERIOD, ERROR,
				"'2019-13' är ingen giltig period: skriv ett år (2020), ett spann av år där det första inte är senare än "
						+ "det sista (2019-2022), en månad (2020-03), ett kvartal (2020-K1) eller ett tertial (2020-T1).",
				"2019-13");
	}

	@Test
	void earlierYearAsBaselineAndOutcomeWithinThePeriodAreFine() {
		assertNoIssue(validate(goalWithIndicator("målvärde 2022: 92\nutgångsvärde 2018: 88\nutfall 2019: 90")),
				IssueCodes.OUTCOME_OUTSIDE_PERIOD);
	}

	@Test
	void twoTargetsForOneYearIsAnErrorOnTheSecond() {
		String text = goalWithIndicator("målvärde 2022: 90\nmålvärde 2022: 92");
		assertIssueAfter(validate(text), text, IssueCodes.DUPLICATE_YEAR, ERROR,
				"2022 finns redan för det här måttet: ett värde per år.", "målvärde 2022: 92", "2022");
	}

	@Test
	void twoDifferentOutcomesForOneYearAreAConflictNotADuplicateYear() {
		// One rule for outcomes: OneTruthRulesTest checks the conflict's message at both places.
		List<Issue> issues = validate(goalWithIndicator("målvärde 2022: 92\nutfall 2019: 89\nutfall 2019: 90"));
		assertNoIssue(issues, IssueCodes.DUPLICATE_YEAR);
		Fixture.assertCount(issues, IssueCodes.OUTCOME_CONFLICT, 2);
	}

	@Test
	void oneValueOfEachKindPerYearIsFine() {
		assertNoIssue(validate(goalWithIndicator("utgångsvärde 2019: 88\nmålvärde 2019: 89\nmålvärde 2022: 92\n"
				+ "utfall 2019: 89")), IssueCodes.DUPLICATE_YEAR);
	}

	// --- uppdelning ---

	@Test
	void targetForAGroupOutsideTheSplitIsAWarningOnTheGroup() {
		String text = goalWithIndicator("uppdelning kvinnor, män\nmålvärde 2022: 92 kvinnor: 92 unga: 90");
		assertIssueAfter(validate(text), text, IssueCodes.SPLIT_NOT_DECLARED, WARNING,
				"Gruppen 'unga' finns inte i uppdelningen för 'bun_m1_i1': lägg till den i 'uppdelning'.", "92 unga",
				"unga");
	}

	@Test
	void outcomeForAGroupOutsideTheSplitIsAWarningOnTheGroup() {
		String text = goalWithIndicator("målvärde 2022: 92\nutfall 2019: 90 kvinnor: 91");
		assertIssueAfter(validate(text), text, IssueCodes.SPLIT_NOT_DECLARED, WARNING,
				"Gruppen 'kvinnor' finns inte i uppdelningen för 'bun_m1_i1': lägg till den i 'uppdelning'.",
				"90 kvinnor", "kvinnor");
	}

	@Test
	void baselineForAGroupOutsideTheSplitIsAWarningOnTheGroup() {
		String text = goalWithIndicator("målvärde 2022: 92\nutgångsvärde 2018: 88 män: 87");
		assertIssueAfter(validate(text), text, IssueCodes.SPLIT_NOT_DECLARED, WARNING,
				"Gruppen 'män' finns inte i uppdelningen för 'bun_m1_i1': lägg till den i 'uppdelning'.", "88 män",
				"män");
	}

	@Test
	void valuesForDeclaredGroupsAreFine() {
		assertNoIssue(validate(goalWithIndicator("uppdelning kvinnor, män, unga\n"
				+ "utgångsvärde 2018: 88 män: 87\nmålvärde 2022: 92 unga: 90\nutfall 2019: 90 kvinnor: 91")),
				IssueCodes.SPLIT_NOT_DECLARED);
	}

	@Test
	void measureOfPeopleWithoutSexSplitIsAWarning() {
		String text = goalWithIndicator("avser personer\nuppdelning unga\nmålvärde 2022: 92");
		assertIssue(validate(text), text, IssueCodes.SEX_SPLIT_MISSING, WARNING,
				"'bun_m1_i1' avser personer men delas inte upp efter kön: lägg till 'uppdelning kvinnor, män'.",
				"bun_m1_i1");
	}

	@Test
	void measureOfPeopleSplitBySexOrMeasureNotOfPeopleIsFine() {
		assertNoIssue(validate(goalWithIndicator("avser personer\nuppdelning kvinnor, män\nmålvärde 2022: 92")),
				IssueCodes.SEX_SPLIT_MISSING);
		assertNoIssue(validate(goalWithIndicator("målvärde 2022: 92")), IssueCodes.SEX_SPLIT_MISSING);
	}

	// --- källa ---

	@Test
	void koladaSourceThatIsNoKoladaIdIsAWarningOnTheId() {
		String text = goalWithIndicator("källa kolada \"N1541\"\nmålvärde 2022: 92");
		assertIssue(validate(text), text, IssueCodes.KOLADA_ID_INVALID, WARNING,
				"'N1541' ser inte ut som ett Kolada-id, som skrivs N00005 eller U00123.", "\"N1541\"");
	}

	@Test
	void koladaIdsAndOtherSourcesAreFine() {
		assertNoIssue(validate(goalWithIndicator("källa kolada \"N15419\"\nmålvärde 2022: 92")),
				IssueCodes.KOLADA_ID_INVALID);
		assertNoIssue(validate(goalWithIndicator("källa kolada \"U00123\"\nmålvärde 2022: 92")),
				IssueCodes.KOLADA_ID_INVALID);
		assertNoIssue(validate(goalWithIndicator("källa enkät \"Skolenkäten 2019\"\nmålvärde 2022: 92")),
				IssueCodes.KOLADA_ID_INVALID);
	}

	// --- intervall ---

	@Test
	void rangeWithTheGreaterValueFirstIsAnErrorOnTheSecond() {
		String text = goalWithIndicator("målvärde 2022: mellan 90 och 80 %");
		assertIssueAfter(validate(text), text, IssueCodes.RANGE_INVALID, ERROR,
				"Intervallets första värde är större än det andra.", "och ", "80");
	}

	@Test
	void rangeInOrderIsFine() {
		assertNoIssue(validate(goalWithIndicator("målvärde 2022: mellan 80 och 90 %")), IssueCodes.RANGE_INVALID);
		assertNoIssue(validate(goalWithIndicator("målvärde 2022: mellan 4,5 och 4,5")), IssueCodes.RANGE_INVALID);
	}

	// --- KS-indikator ---

	@Test
	void basmåttMarkedAsKsIndikatorIsAnError() {
		String text = bunPlan("basmått bun_b1 \"Antal elever i grundskolan\" {\n  ks-indikator\n}\n");
		assertIssue(validate(text), text, IssueCodes.KS_INDICATOR_KIND, ERROR,
				"Bara indikatorer kan vara KS-indikatorer, inte basmått eller omvärldsmått.", "ks-indikator");
	}

	@Test
	void indicatorMarkedAsKsIndikatorIsFine() {
		assertNoIssue(validate(goalWithIndicator("ks-indikator\nmålvärde 2022: 92")), IssueCodes.KS_INDICATOR_KIND);
	}

	// --- utfall i och utanför mått ---

	private static String followUp(String body) {
		return file("uppföljning delår2019 \"Delårsrapport augusti 2019\" {\n  tillfälle delårsrapport\n  år 2019\n"
				+ body.indent(2) + "}\n");
	}

	private static List<Issue> validateFollowUp(String text) {
		return Fixture.withCouncilGoals().file("uppföljning.styr", text).validate("uppföljning.styr");
	}

	@Test
	void outcomeInAFollowUpWithoutItsMeasureIsAnError() {
		String text = followUp("utfall 2019: 70");
		assertIssueAfter(validateFollowUp(text), text, IssueCodes.OUTCOME_MEASURE_MISSING, ERROR,
				"Ett utfall i en uppföljning ska namnge sitt mått: 'utfall <indikator> <år>: <värde>'.", "utfall ",
				"2019");
	}

	@Test
	void outcomeInAFollowUpNamingItsMeasureIsFine() {
		assertNoIssue(validateFollowUp(followUp("utfall kf_m1_i1 2019: 70")), IssueCodes.OUTCOME_MEASURE_MISSING);
	}

	@Test
	void outcomeInsideAMeasureNamingAMeasureIsAnErrorOnTheName() {
		String text = goalWithIndicator("målvärde 2022: 92\nutfall bun_m1_i1 2019: 90");
		assertIssueAfter(validate(text), text, IssueCodes.OUTCOME_MEASURE_REDUNDANT, ERROR,
				"Ett utfall inne i ett mått gäller måttet självt: ta bort namnet.", "utfall ", "bun_m1_i1");
	}

	@Test
	void outcomeInsideAMeasureWithoutNameIsFine() {
		assertNoIssue(validate(goalWithIndicator("målvärde 2022: 92\nutfall 2019: 90")),
				IssueCodes.OUTCOME_MEASURE_REDUNDANT);
	}

	@Test
	void outcomeInAFollowUpOutsideItsMeasuresPeriodIsAnError() {
		String text = followUp("utfall kf_m1_i1 2023: 70").replace("år 2019", "år 2023");
		assertIssueAfter(validateFollowUp(text), text, IssueCodes.OUTCOME_OUTSIDE_PERIOD, ERROR,
				"Utfallet gäller 2023, efter perioden 2019–2022: ett utfall kan gälla perioden eller tiden före den.",
				"kf_m1_i1 ", "2023");
	}

	@Test
	void outcomeInAFollowUpForAGroupOutsideTheSplitIsAWarning() {
		String text = followUp("utfall kf_m1_i1 2019: 70 kvinnor: 65");
		assertIssue(validateFollowUp(text), text, IssueCodes.SPLIT_NOT_DECLARED, WARNING,
				"Gruppen 'kvinnor' finns inte i uppdelningen för 'kf_m1_i1': lägg till den i 'uppdelning'.",
				"kvinnor");
	}
}
