package governance.dsl.tests.validation;

import static governance.dsl.tests.IssueAssertions.assertIssue;
import static governance.dsl.tests.IssueAssertions.assertNoIssue;
import static governance.dsl.tests.validation.Fixture.assertIssueAfter;
import static governance.dsl.tests.validation.Fixture.file;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import governance.dsl.tests.TestWorkspace;
import governance.dsl.validation.IssueCodes;

/** A follow-up in a file of its own: assessments of goals, outcomes of the year, statuses. */
class FollowUpRulesTest {

	private static String followUp(String name, String body) {
		return file("uppföljning " + name + " \"Uppföljning\" {\n  tillfälle delårsrapport\n  år 2019\n"
				+ body.indent(2) + "}\n");
	}

	private static List<Issue> validate(String text) {
		return Fixture.withCouncilGoals().file("uppföljning.styr", text).validate("uppföljning.styr");
	}

	@Test
	void aWellFormedFollowUpChecksClean() {
		String text = followUp("delår2019", """
				datum 2019-08-31
				mål kf_m1 bedöms delvis analys "Tryggheten ökar men kvinnors otrygghet kvarstår."
				mål kf_m2 bedöms uppfyllt prognos
				utfall kf_m1_i1 2019: 71 fotnot "Medborgarundersökningen våren 2019."
				utfall kf_m2_i1 2019: I.U.
				""");
		Fixture.assertClean(validate(text));
	}

	@Test
	void goalAssessedTwiceInOneFollowUpIsAnErrorOnTheSecond() {
		String text = followUp("delår2019", """
				mål kf_m1 bedöms delvis
				mål kf_m2 bedöms uppfyllt
				mål kf_m1 bedöms uppfyllt
				""");
		assertIssueAfter(validate(text), text, IssueCodes.DUPLICATE_ASSESSMENT, ERROR,
				"Målet 'kf_m1' är redan bedömt i den här uppföljningen.", "mål kf_m1 bedöms uppfyllt", "kf_m1");
	}

	@Test
	void goalAssessedOnceInEachOfTwoFollowUpsIsFine() {
		String text = followUp("delår2019", "mål kf_m1 bedöms delvis\nmål kf_m2 bedöms uppfyllt\n")
				+ followUp("bokslut2019", "mål kf_m1 bedöms uppfyllt\n").replaceFirst("kommun linkoping .*\n", "");
		assertNoIssue(validate(text), IssueCodes.DUPLICATE_ASSESSMENT);
	}

	@Test
	void outcomeOfAnotherYearThanTheFollowUpsIsAWarningOnItsYear() {
		String text = followUp("delår2019", "utfall kf_m1_i1 2019: 71\nutfall kf_m2_i1 2020: 6,2\n");
		assertIssueAfter(validate(text), text, IssueCodes.FOLLOW_UP_YEAR_MISMATCH, WARNING,
				"Utfallet gäller 2020 men uppföljningen avser år 2019.", "kf_m2_i1 ", "2020");
	}

	@Test
	void outcomeOfTheFollowUpsYearOrASpanIncludingItIsFine() {
		String text = followUp("delår2019", "utfall kf_m1_i1 2019: 71\nutfall kf_m2_i1 2019-2020: 6,2\n");
		assertNoIssue(validate(text), IssueCodes.FOLLOW_UP_YEAR_MISMATCH);
		String withoutYear = followUp("delår2019", "utfall kf_m2_i1 2020: 6,2\n").replace("  år 2019\n", "");
		assertNoIssue(validate(withoutYear), IssueCodes.FOLLOW_UP_YEAR_MISMATCH);
	}

	@Test
	void followUpDateThatDoesNotExistIsAnError() {
		String text = followUp("delår2019", "datum 2019-08-32\n");
		assertIssue(validate(text), text, IssueCodes.INVALID_DATE, ERROR,
				"'2019-08-32' är inget giltigt datum: skriv år-månad-dag, till exempel 2020-08-31.", "2019-08-32");
	}

	@Test
	void followUpInItsOwnFileSeesGoalsAndMeasuresOfThePlans() {
		// The follow-up, the plan and the model each live in their own file.
		TestWorkspace workspace = Fixture.withCouncilGoals().file("uppföljning.styr",
				followUp("delår2019", "mål kf_m1 bedöms uppfyllt\nutfall kf_m1_i1 2019: 76\n"));
		Fixture.assertClean(workspace.validate("uppföljning.styr"));
	}
}
