package governance.dsl.tests.validation;

import static governance.dsl.tests.IssueAssertions.assertIssue;
import static governance.dsl.tests.IssueAssertions.assertNoIssue;
import static governance.dsl.tests.validation.Fixture.file;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import governance.dsl.tests.TestWorkspace;
import governance.dsl.validation.IssueCodes;

/**
 * One truth per measure, period and group across plan and follow-ups; one follow-up per point,
 * year and owner; footnote markers; assessments against their measures; areas not applicable.
 */
class OneTruthRulesTest {

	private static final String MODEL = Fixture.modelWith(
			"uppföljningstillfälle årsredovisning \"Årsredovisning\" månad februari året efter");

	/** The council plan: kf_m1 with three indicators (the first split by sex), kf_m2 with one; {@code extra} goes into kf_m1_i1. */
	private static String plan(String extra) {
		return file("""
				plan budget "Budget 2019" {
				  ägare kf
				  period 2019-2022
				  mål kf_m1 "Linköping är en trygg plats att bo i" {
				    målområde samhälle
				    agenda2030 11.7
				    indikator kf_m1_i1 "Andel trygga invånare" {
				      enhet %
				      riktning högre
				      uppdelning kvinnor, män
				      målvärde 2019: minst 75
				      målvärde 2022: minst 80
				""" + extra.indent(6) + """
				    }
				    indikator kf_m1_i2 "Anmälda brott per 1000 invånare" { riktning lägre målvärde 2019: max 90 }
				    indikator kf_m1_i3 "Andel upplysta gång- och cykelvägar" { enhet % målvärde 2019: minst 60 }
				  }
				  mål kf_m2 "Medarbetarna är friska och engagerade" {
				    målområde medarbetare
				    agenda2030 8
				    indikator kf_m2_i1 "Sjukfrånvaro" { enhet % målvärde 2019: max 6 }
				  }
				}
				""");
	}

	private static String followUp(String name, String point, String body) {
		return file("uppföljning " + name + " \"Uppföljning\" {\n  tillfälle " + point + "\n  år 2019\n"
				+ body.indent(2) + "}\n");
	}

	private static TestWorkspace workspace(String planExtra) {
		return new TestWorkspace().file("modell.styr", MODEL).file("kf.styr", plan(planExtra));
	}

	/** Validates every file; a syntax or linking error in any of them fails the test, as it would hide the rules. */
	private static Map<String, List<Issue>> validate(TestWorkspace workspace) {
		Map<String, List<Issue>> issues = workspace.validateAll();
		for (String name : workspace.names()) {
			List<Resource.Diagnostic> errors = workspace.resource(name).getErrors();
			assertEquals("", errors.stream().map(e -> name + ":" + e.getLine() + ": " + e.getMessage())
					.collect(Collectors.joining("\n")), "syntax or linking errors");
		}
		return issues;
	}

	private static int line(String text, String needle) {
		int offset = text.indexOf(needle);
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	private static final String CONFLICT_END = ": ett mått har ett utfall per period och grupp. Ta bort det ena eller rätta det.";

	// --- conflicting outcomes ---

	@Test
	void planAndFollowUpDisagreeingForOneGroupIsAnErrorAtBoth() {
		String plan = plan("utfall 2019: 74 kvinnor: 76 män: 72");
		String report = followUp("bokslut2019", "årsredovisning", "utfall kf_m1_i1 2019: 74 kvinnor: 88 män: 72\n");
		Map<String, List<Issue>> issues = validate(workspace("utfall 2019: 74 kvinnor: 76 män: 72")
				.file("uppföljning-2019.styr", report));
		assertIssue(issues.get("kf.styr"), plan, IssueCodes.OUTCOME_CONFLICT, ERROR,
				"Utfallet för kf_m1_i1 2019 (kvinnor) är redan 88 % i uppföljning-2019.styr, rad "
						+ line(report, "kvinnor: 88") + CONFLICT_END, "76");
		assertIssue(issues.get("uppföljning-2019.styr"), report, IssueCodes.OUTCOME_CONFLICT, ERROR,
				"Utfallet för kf_m1_i1 2019 (kvinnor) är redan 76 % i kf.styr, rad " + line(plan, "kvinnor: 76")
						+ CONFLICT_END, "88");
	}

	@Test
	void twoFollowUpsDisagreeingIsAnErrorAtBoth() {
		String august = followUp("delår2019", "delårsrapport", "utfall kf_m1_i2 2019: 88\n");
		String annual = followUp("bokslut2019", "årsredovisning", "utfall kf_m1_i2 2019: I.U.\n");
		Map<String, List<Issue>> issues = validate(workspace("").file("delår.styr", august).file("bokslut.styr", annual));
		assertIssue(issues.get("delår.styr"), august, IssueCodes.OUTCOME_CONFLICT, ERROR,
				"Utfallet för kf_m1_i2 2019 är redan I.U. i bokslut.styr, rad 5" + CONFLICT_END, "88");
		assertIssue(issues.get("bokslut.styr"), annual, IssueCodes.OUTCOME_CONFLICT, ERROR,
				"Utfallet för kf_m1_i2 2019 är redan 88 i delår.styr, rad 5" + CONFLICT_END, "I.U.");
	}

	@Test
	void twoOutcomesInOneMeasureThatDifferNameTheOtherLine() {
		String plan = plan("utfall 2019: 74\nutfall 2019: 76");
		List<Issue> issues = validate(workspace("utfall 2019: 74\nutfall 2019: 76")).get("kf.styr");
		assertEquals(2, Fixture.withCode(issues, IssueCodes.OUTCOME_CONFLICT).size());
		Issue second = Fixture.withCode(issues, IssueCodes.OUTCOME_CONFLICT).get(1);
		assertEquals("Utfallet för kf_m1_i1 2019 är redan 74 % på rad " + line(plan, "utfall 2019: 74") + CONFLICT_END,
				second.getMessage());
		assertEquals(plan.indexOf("76"), second.getOffset().intValue());
		assertNoIssue(issues, IssueCodes.DUPLICATE_YEAR);
	}

	@Test
	void aForecastFollowedByTheOutcomeIsTheNormalYear() {
		TestWorkspace workspace = workspace("utfall 2018: 70")
				.file("delår.styr", followUp("delår2019", "delårsrapport",
						"utfall kf_m1_i1 2019: 74 prognos kvinnor: 76 män: 72\nutfall kf_m1_i2 2019: 85 prognos\n"))
				.file("bokslut.styr", followUp("bokslut2019", "årsredovisning",
						"utfall kf_m1_i1 2019: 78 kvinnor: 80 män: 76\nutfall kf_m1_i2 2019: 80 prognos\n"));
		validate(workspace).values().forEach(issues -> assertNoIssue(issues, IssueCodes.OUTCOME_CONFLICT));
		workspace.assertClean();
	}

	@Test
	void anIdenticalRestatementIsNoConflict() {
		TestWorkspace workspace = workspace("utfall 2019: 74,0 kvinnor: 76 män: 72 %")
				.file("bokslut.styr", followUp("bokslut2019", "årsredovisning",
						"utfall kf_m1_i1 2019: 74 % kvinnor: 76,00 män: 72\n"));
		validate(workspace).values().forEach(issues -> assertNoIssue(issues, IssueCodes.OUTCOME_CONFLICT));
	}

	@Test
	void aMonthAndItsYearAreDifferentPeriods() {
		TestWorkspace workspace = workspace("utfall 2019-01: 70\nutfall 2019-K1: 71")
				.file("bokslut.styr", followUp("bokslut2019", "årsredovisning", "utfall kf_m1_i1 2019: 74\n"));
		validate(workspace).values().forEach(issues -> assertNoIssue(issues, IssueCodes.OUTCOME_CONFLICT));
	}

	@Test
	void aNumberAndTheSameNumberInAnotherUnitConflict() {
		String report = followUp("bokslut2019", "årsredovisning", "utfall kf_m1_i1 2019: 0,88\n");
		Map<String, List<Issue>> issues = validate(workspace("utfall 2019: 88")
				.file("bokslut.styr", report));
		assertIssue(issues.get("bokslut.styr"), report, IssueCodes.OUTCOME_CONFLICT, ERROR,
				"Utfallet för kf_m1_i1 2019 är redan 88 % i kf.styr, rad " + line(plan("utfall 2019: 88"), "utfall 2019: 88")
						+ CONFLICT_END, "0,88");
	}

	// --- one follow-up per point, year and owner ---

	@Test
	void twoFollowUpsForOnePointYearAndOwnerIsAnErrorAtBoth() {
		String first = followUp("delår_a", "delårsrapport", "ägare bun\n");
		String second = followUp("delår_b", "delårsrapport", "ägare bun\n");
		Map<String, List<Issue>> issues = validate(workspace("").file("a.styr", first).file("b.styr", second));
		String end = ". En uppföljning per tillfälle, år och ägare: slå ihop dem eller ta bort den ena.";
		assertIssue(issues.get("a.styr"), first, IssueCodes.FOLLOW_UP_DUPLICATE, ERROR,
				"Det finns redan en uppföljning för delårsrapport 2019, bun: 'delår_b' i b.styr, rad 2" + end, "delår_a");
		assertIssue(issues.get("b.styr"), second, IssueCodes.FOLLOW_UP_DUPLICATE, ERROR,
				"Det finns redan en uppföljning för delårsrapport 2019, bun: 'delår_a' i a.styr, rad 2" + end, "delår_b");
	}

	@Test
	void followUpsOfOtherOwnersPointsOrMonthsAreFine() {
		TestWorkspace workspace = workspace("")
				.file("a.styr", followUp("delår_a", "delårsrapport", "ägare bun\n"))
				.file("b.styr", followUp("delår_b", "delårsrapport", "ägare ks\n"))
				.file("c.styr", followUp("delår_c", "delårsrapport", ""))
				.file("d.styr", followUp("bokslut", "årsredovisning", "ägare bun\n"))
				.file("e.styr", file("uppföljning jan \"Januari\" {\n  år 2019\n  månad januari\n}\n"))
				.file("f.styr", file("uppföljning feb \"Februari\" {\n  år 2019\n  månad februari\n}\n"));
		validate(workspace).values().forEach(issues -> assertNoIssue(issues, IssueCodes.FOLLOW_UP_DUPLICATE));
	}

	@Test
	void twoMunicipalityWideFollowUpsForOneMonthInOneFileAreAnError() {
		String text = file("uppföljning jan \"Januari\" {\n  år 2019\n  månad januari\n}\n"
				+ "uppföljning jan2 \"Januari igen\" {\n  år 2019\n  datum 2019-01-31\n}\n");
		Map<String, List<Issue>> issues = validate(workspace("").file("m.styr", text));
		List<Issue> duplicates = Fixture.withCode(issues.get("m.styr"), IssueCodes.FOLLOW_UP_DUPLICATE);
		assertEquals(2, duplicates.size());
		assertEquals("Det finns redan en uppföljning för januari 2019, hela kommunen: 'jan2' på rad 6. En uppföljning per "
				+ "tillfälle, år och ägare: slå ihop dem eller ta bort den ena.", duplicates.get(0).getMessage());
	}

	// --- footnote markers ---

	@Test
	void aMarkerWithoutItsFootnoteIsAnErrorAndAnUnusedFootnoteAWarning() {
		String extra = "utfall 2019: 74* kvinnor: 76** män: 72 fotnot * \"Preliminärt.\" fotnot *** \"Används inte.\"";
		String plan = plan(extra);
		List<Issue> issues = validate(workspace(extra)).get("kf.styr");
		assertIssue(issues, plan, IssueCodes.FOOTNOTE_MISSING, ERROR,
				"Markeringen '**' har ingen fotnot på raden: lägg till fotnot ** \"…\" eller ta bort markeringen.", "**");
		assertIssue(issues, plan, IssueCodes.FOOTNOTE_UNUSED, WARNING,
				"Inget värde på raden är markerat med '***': markera värdet (till exempel 24***) eller ta bort fotnoten.",
				"***");
	}

	@Test
	void markedTargetsAndFollowUpOutcomesWithTheirFootnotesAreFine() {
		TestWorkspace workspace = workspace("målvärde 2021: minst 78* fotnot * \"Beslutat av KF.\"")
				.file("bokslut.styr", followUp("bokslut2019", "årsredovisning",
						"utfall kf_m1_i1 2019: 74 kvinnor: 76* män: 72* fotnot * \"Avser vårterminen.\"\n"));
		validate(workspace).values().forEach(issues -> {
			assertNoIssue(issues, IssueCodes.FOOTNOTE_MISSING);
			assertNoIssue(issues, IssueCodes.FOOTNOTE_UNUSED);
		});
	}

	// --- assessments against their measures ---

	private static List<Issue> assessed(String label, String outcomes) {
		String report = followUp("bokslut2019", "årsredovisning", "mål kf_m1 bedöms " + label + "\n" + outcomes);
		return validate(workspace("").file("bokslut.styr", report)).get("bokslut.styr");
	}

	@Test
	void theBestLabelWhenNoMeasureReachesItsTargetIsAWarning() {
		String outcomes = "utfall kf_m1_i1 2019: 70\nutfall kf_m1_i2 2019: 95\nutfall kf_m1_i3 2019: 50\n";
		String report = followUp("bokslut2019", "årsredovisning", "mål kf_m1 bedöms uppfyllt\n" + outcomes);
		assertIssue(assessed("uppfyllt", outcomes), report, IssueCodes.ASSESSMENT_CONTRADICTS, WARNING,
				"Målet bedöms 'Uppfyllt', men inget av tre mått når sitt målvärde. Kontrollera bedömningen mot utfallen.",
				"uppfyllt");
	}

	@Test
	void theWorstLabelWhenEveryMeasureReachesItsTargetIsAWarning() {
		String outcomes = "utfall kf_m1_i1 2019: 80\nutfall kf_m1_i2 2019: 85\n";
		String report = followUp("bokslut2019", "årsredovisning", "mål kf_m1 bedöms ej_uppfyllt\n" + outcomes);
		assertIssue(assessed("ej_uppfyllt", outcomes), report, IssueCodes.ASSESSMENT_CONTRADICTS, WARNING,
				"Målet bedöms 'Ej uppfyllt', men båda måtten når sitt målvärde. Kontrollera bedömningen mot utfallen.",
				"ej_uppfyllt");
	}

	@Test
	void anAssessmentTheMeasuresBearOutOrCannotJudgeIsFine() {
		assertNoIssue(assessed("uppfyllt", "utfall kf_m1_i1 2019: 80\nutfall kf_m1_i2 2019: 95\n"),
				IssueCodes.ASSESSMENT_CONTRADICTS);
		assertNoIssue(assessed("delvis", "utfall kf_m1_i1 2019: 70\n"), IssueCodes.ASSESSMENT_CONTRADICTS);
		assertNoIssue(assessed("uppfyllt", "utfall kf_m1_i1 2019: I.U.\n"), IssueCodes.ASSESSMENT_CONTRADICTS);
		assertNoIssue(assessed("ej_bedömt", "utfall kf_m1_i1 2019: 70\n"), IssueCodes.ASSESSMENT_CONTRADICTS);
	}

	@Test
	void anInterimReportIsJudgedByWhatWasKnownInAugust() {
		// The annual report's outcome comes after August: the interim assessment is judged by its own prognos.
		String august = followUp("delår2019", "delårsrapport",
				"mål kf_m1 bedöms uppfyllt prognos\nutfall kf_m1_i1 2019: 80 prognos\n");
		TestWorkspace workspace = workspace("").file("delår.styr", august).file("bokslut.styr",
				followUp("bokslut2019", "årsredovisning", "utfall kf_m1_i1 2019: 70\n"));
		assertNoIssue(validate(workspace).get("delår.styr"), IssueCodes.ASSESSMENT_CONTRADICTS);
	}

	// --- målområden not applicable ---

	private static String planWithoutMedarbetare(String extra) {
		return file("""
				plan budget "Budget 2019" {
				  ägare kf
				  period 2019-2022
				""" + extra.indent(2) + """
				  mål kf_m1 "Linköping är en trygg plats att bo i" {
				    målområde samhälle
				    agenda2030 11.7
				    indikator kf_m1_i1 "Andel trygga invånare" { målvärde 2022: 75 }
				  }
				}
				""");
	}

	@Test
	void anAreaStatedNotApplicableIsNotUnused() {
		TestWorkspace unused = new TestWorkspace().file("modell.styr", MODEL).file("kf.styr", planWithoutMedarbetare(""));
		assertEquals(1, Fixture.withCode(validate(unused).get("modell.styr"), IssueCodes.AREA_UNUSED).size());
		TestWorkspace stated = new TestWorkspace().file("modell.styr", MODEL).file("kf.styr",
				planWithoutMedarbetare("målområde medarbetare ej tillämpligt \"Fullmäktige har inga anställda.\""));
		Map<String, List<Issue>> issues = validate(stated);
		assertNoIssue(issues.get("modell.styr"), IssueCodes.AREA_UNUSED);
		assertNoIssue(issues.get("kf.styr"), IssueCodes.AREA_NOT_APPLICABLE_USED);
	}

	@Test
	void anAreaStatedNotApplicableWithAGoalOfTheOwnerInItIsAWarning() {
		String plan = planWithoutMedarbetare("målområde samhälle ej tillämpligt");
		List<Issue> issues = validate(new TestWorkspace().file("modell.styr", MODEL).file("kf.styr", plan)).get("kf.styr");
		assertIssue(issues, plan, IssueCodes.AREA_NOT_APPLICABLE_USED, WARNING,
				"Planen anger att målområdet 'samhälle' inte är tillämpligt, men målet 'kf_m1' ligger i det: ta bort raden "
						+ "om målområdet eller flytta målet.", "samhälle");
	}
}
