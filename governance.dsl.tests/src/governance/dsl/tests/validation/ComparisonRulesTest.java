package governance.dsl.tests.validation;

import static governance.dsl.tests.IssueAssertions.assertIssue;
import static governance.dsl.tests.validation.Fixture.assertIssueAfter;
import static governance.dsl.tests.validation.Fixture.file;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import governance.dsl.tests.TestWorkspace;
import governance.dsl.validation.IssueCodes;

/**
 * Jämförelsegrupper (Kolada's municipality groups) in the model, and the jämförelsevärden a
 * follow-up states for them: apart from the municipality's utfall, never a second truth about them.
 */
class ComparisonRulesTest {

	private static final String GROUP = "jämförelsegrupp \"G33908\" \"Liknande kommuner, äldreomsorg\"";

	private static TestWorkspace workspace(String... groups) {
		return new TestWorkspace().file("modell.styr", Fixture.modelWith(groups)).file("kf.styr", Fixture.KF);
	}

	private static String followUp(String body) {
		return file("uppföljning kolada_2019 \"Utfall från Kolada 2019\" {\n" + body.indent(2) + "}\n");
	}

	private static List<Issue> validate(String text, String... groups) {
		return workspace(groups).file("uppföljning.styr", text).validate("uppföljning.styr");
	}

	@Test
	void comparisonValuesBesideDifferentOutcomesCheckClean() {
		// The group's average differs from the municipality's utfall: that is the point, no conflict.
		String text = followUp("""
				utfall kf_m1_i1 2019: 71
				utfall kf_m2_i1 2019: 5,9
				jämförelsevärde kf_m1_i1 2019: 80,1 grupp "G33908" fotnot "Kolada N15419"
				jämförelsevärde kf_m2_i1 2019: I.U. grupp "G33908"
				jämförelsevärde kf_m1_i1 2019: 77 grupp "G12"
				""");
		Fixture.assertClean(validate(text, GROUP, "jämförelsegrupp \"G12\" \"Storstäder\""));
		Fixture.assertClean(workspace(GROUP).validate("modell.styr"));
	}

	@Test
	void aGroupIdThatIsNoKoladaGroupIdIsAnError() {
		String model = Fixture.modelWith("jämförelsegrupp \"33908\" \"Liknande kommuner\"");
		List<Issue> issues = new TestWorkspace().file("modell.styr", model).validate("modell.styr");
		assertIssue(issues, model, IssueCodes.COMPARISON_GROUP_INVALID, ERROR,
				"'33908' ser inte ut som id:t för en kommungrupp i Kolada, som skrivs G och siffror (G33908): sök gruppen på kolada.se",
				"\"33908\"");
	}

	@Test
	void aGroupDeclaredTwiceIsAnErrorOnTheSecond() {
		String model = Fixture.modelWith(GROUP, "jämförelsegrupp \"G33908\" \"Samma grupp\"");
		List<Issue> issues = new TestWorkspace().file("modell.styr", model).validate("modell.styr");
		assertIssue(issues, model, IssueCodes.COMPARISON_GROUP_TWICE, ERROR,
				"Jämförelsegruppen G33908 står redan tidigare i modellen: ta bort den ena raden.", "\"G33908\"", 1);
	}

	@Test
	void aValueForAGroupTheModelDoesNotDeclareIsAnError() {
		String text = followUp("jämförelsevärde kf_m1_i1 2019: 80 grupp \"G1\"\n");
		assertIssue(validate(text, GROUP), text, IssueCodes.COMPARISON_GROUP_UNKNOWN, ERROR,
				"Jämförelsegruppen G1 finns inte i modellen (modellens grupper: G33908): skriv jämförelsegrupp \"G1\" \"…\" "
						+ "i styrmodell { … }, eller rätta id:t",
				"\"G1\"");
		assertIssue(validate(text), text, IssueCodes.COMPARISON_GROUP_UNKNOWN, ERROR,
				"Jämförelsegruppen G1 finns inte i modellen (modellen har ingen jämförelsegrupp): skriv jämförelsegrupp "
						+ "\"G1\" \"…\" i styrmodell { … }, eller rätta id:t",
				"\"G1\"");
	}

	@Test
	void aValueForLessThanAYearIsAnError() {
		String text = followUp("jämförelsevärde kf_m1_i1 2019-K1: 80 grupp \"G33908\"\n");
		assertIssue(validate(text, GROUP), text, IssueCodes.COMPARISON_NOT_YEAR, ERROR,
				"Ett jämförelsevärde gäller ett år, inte '2019-K1': skriv året, till exempel 2021.", "2019-K1");
	}

	@Test
	void theSameGroupYearAndMeasureTwiceInAFollowUpIsAnErrorOnTheSecond() {
		String text = followUp("""
				jämförelsevärde kf_m1_i1 2019: 80 grupp "G33908"
				jämförelsevärde kf_m1_i1 2020: 81 grupp "G33908"
				jämförelsevärde kf_m1_i1 2019: 82 grupp "G33908"
				""");
		assertIssueAfter(validate(text, GROUP), text, IssueCodes.COMPARISON_TWICE, ERROR,
				"kf_m1_i1 har redan ett jämförelsevärde för 2019 och gruppen G33908 i uppföljningen: ta bort den ena raden.",
				"jämförelsevärde kf_m1_i1 2019: 82", "kf_m1_i1");
	}

	@Test
	void aValueAnotherFollowUpStatesDifferentlyIsAnError() {
		String other = file("uppföljning hand_2019 \"Handskrivet\" {\n\n  jämförelsevärde kf_m1_i1 2019: 79 grupp \"G33908\"\n"
				+ "  jämförelsevärde kf_m2_i1 2019: 5,90 grupp \"G33908\"\n}\n");
		String text = followUp("""
				jämförelsevärde kf_m1_i1 2019: 80,1 grupp "G33908"
				jämförelsevärde kf_m2_i1 2019: 5,9 grupp "G33908"
				jämförelsevärde kf_m1_i1 2020: 81 grupp "G33908"
				""");
		List<Issue> issues = workspace(GROUP).file("hand.styr", other).file("uppföljning.styr", text).validate("uppföljning.styr");
		// 5,90 and 5,9 are one value; 79 and 80,1 are not.
		assertIssue(issues, text, IssueCodes.COMPARISON_CONFLICT, ERROR,
				"Jämförelsevärdet för kf_m1_i1 2019 (grupp G33908) är redan 79 i hand.styr, rad 4: en grupp har ett värde "
						+ "per mått och år. Ta bort det ena eller rätta det.",
				"kf_m1_i1");
	}

	@Test
	void aComparisonValueForAnUnknownMeasureIsALinkingError() {
		String text = followUp("jämförelsevärde kf_m9 2019: 80 grupp \"G33908\"\n");
		List<Issue> issues = validate(text, GROUP);
		org.junit.jupiter.api.Assertions.assertTrue(
				issues.stream().anyMatch(i -> i.getSeverity() == ERROR && i.getMessage().contains("kf_m9")),
				governance.dsl.tests.IssueAssertions.list(issues));
	}
}
