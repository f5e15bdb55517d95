package governance.dsl.tests.validation;

import static governance.dsl.tests.IssueAssertions.assertIssue;
import static governance.dsl.tests.IssueAssertions.assertNoIssue;
import static governance.dsl.tests.validation.Fixture.assertIssueAfter;
import static governance.dsl.tests.validation.Fixture.bunPlan;
import static governance.dsl.tests.validation.Fixture.file;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import governance.dsl.tests.TestWorkspace;

/** Broken references name what is missing and suggest the nearest names; syntax errors are Swedish and placed. */
class ReferenceAndSyntaxTest {

	private static final String LINKING = Diagnostic.LINKING_DIAGNOSTIC;
	private static final String SYNTAX = Diagnostic.SYNTAX_DIAGNOSTIC;

	private static String nämndmål(String body) {
		return bunPlan("mål bun_m1 \"Barn känner sig trygga\" {\n" + body.indent(2)
				+ "  indikator bun_m1_i1 \"Andel trygga elever\" { målvärde 2022: 90 }\n}\n");
	}

	private static List<Issue> validate(String text) {
		return Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr");
	}

	// --- referenser ---

	@Test
	void brokenReferenceToAGoalInAnotherFileSuggestsTheNearestGoals() {
		String text = nämndmål("målområde samhälle\nleder till kf_m3");
		assertIssue(validate(text), text, LINKING, ERROR, "Målet 'kf_m3' finns inte. Menade du kf_m1, kf_m2?", "kf_m3");
	}

	@Test
	void referenceToAGoalInAnotherFileResolves() {
		assertNoIssue(validate(nämndmål("målområde samhälle\nleder till kf_m2")), LINKING);
	}

	@Test
	void brokenReferenceToAnOrganisationSuggestsTheNearestOrganisation() {
		String text = nämndmål("målområde samhälle\nleder till kf_m1").replace("ägare bun", "ägare bum");
		assertIssue(validate(text), text, LINKING, ERROR, "Organisationen 'bum' finns inte. Menade du bun?", "bum");
	}

	@Test
	void brokenReferenceToAnAreaOfTheModelSuggestsTheArea() {
		String text = nämndmål("målområde samhällle\nleder till kf_m1");
		assertIssue(validate(text), text, LINKING, ERROR, "Målområdet 'samhällle' finns inte. Menade du samhälle?",
				"samhällle");
	}

	@Test
	void brokenReferenceToAnAssessmentLabelSuggestsTheLabel() {
		String text = file("uppföljning delår2019 \"Delårsrapport 2019\" {\n  år 2019\n  mål kf_m1 bedöms uppfylt\n}\n");
		List<Issue> issues = Fixture.withCouncilGoals().file("uppföljning.styr", text).validate("uppföljning.styr");
		assertIssue(issues, text, LINKING, ERROR, "Bedömningen 'uppfylt' finns inte. Menade du uppfyllt?", "uppfylt");
	}

	@Test
	void brokenReferenceWithNothingNearHasNoSuggestion() {
		String text = nämndmål("målområde samhälle\nleder till kf_trygghet");
		assertIssue(validate(text), text, LINKING, ERROR, "Målet 'kf_trygghet' finns inte.", "kf_trygghet");
	}

	@Test
	void brokenReferenceWhereNothingOfTheKindExistsSaysSo() {
		String text = file("uppföljning delår2019 \"Delårsrapport 2019\" {\n  år 2019\n"
				+ "  uppdrag kf_u1 status genomfört\n}\n");
		List<Issue> issues = Fixture.withCouncilGoals().file("uppföljning.styr", text).validate("uppföljning.styr");
		assertIssue(issues, text, LINKING, ERROR,
				"Uppdraget 'kf_u1' finns inte. Det finns inget sådant att hänvisa till än.", "kf_u1");
	}

	@Test
	void anotherMunicipalitysGoalIsReachedOnlyByItsQualifiedName() {
		String plain = "kommun norrkoping \"Norrköpings kommun\"\nmål trygghet \"Trygghet\" { leder till kf_m1 }\n";
		TestWorkspace workspace = Fixture.withCouncilGoals().file("norrkoping.styr", plain);
		assertIssue(workspace.validate("norrkoping.styr"), plain, LINKING, ERROR,
				"Målet 'kf_m1' finns inte. Menade du linkoping.kf_m1, linkoping.kf_m2?", "kf_m1");
		String qualified = plain.replace("leder till kf_m1", "leder till linkoping.kf_m1");
		workspace = Fixture.withCouncilGoals().file("norrkoping.styr", qualified);
		assertNoIssue(workspace.validate("norrkoping.styr"), LINKING);
	}

	// --- syntax ---

	/** The first syntax error: later ones follow from the parser's recovery. */
	private static List<Issue> firstSyntaxError(List<Issue> issues) {
		return issues.stream().filter(i -> SYNTAX.equals(i.getCode())).limit(1).toList();
	}

	@Test
	void goalWithoutTitleIsASyntaxErrorAtTheBrace() {
		String text = nämndmål("målområde samhälle\nleder till kf_m1").replace("mål bun_m1 \"Barn känner sig trygga\" {",
				"mål bun_m1 {");
		List<Issue> issues = validate(text);
		Fixture.assertCount(issues, SYNTAX, 1);
		Issue issue = issues.stream().filter(i -> SYNTAX.equals(i.getCode())).findFirst().orElseThrow();
		assertEquals("en text inom citattecken saknas före '{'.".toLowerCase(), issue.getMessage().toLowerCase());
		assertEquals(text.indexOf("{", text.indexOf("mål bun_m1")), issue.getOffset());
		assertEquals(1, issue.getLength());
		assertEquals(5, issue.getLineNumber());
		assertEquals(14, issue.getColumn());
	}

	@Test
	void missingTokenMessageIsASentence() {
		String text = nämndmål("målområde samhälle\nleder till kf_m1").replace("mål bun_m1 \"Barn känner sig trygga\" {",
				"mål bun_m1 {");
		assertIssueAfter(validate(text), text, SYNTAX, ERROR, "En text inom citattecken saknas före '{'.",
				"mål bun_m1 ", "{");
	}

	@Test
	void misspelledKeywordIsASyntaxErrorOnThatWord() {
		String text = nämndmål("målområdet samhälle\nleder till kf_m1");
		Issue issue = assertIssue(firstSyntaxError(validate(text)), text, SYNTAX, ERROR,
				"'målområdet' hör inte hit. Menade du 'målområde'?", "målområdet samhälle");
		assertEquals(6, issue.getLineNumber());
		assertEquals(5, issue.getColumn());
	}

	@Test
	void fileWithoutMunicipalityHeaderIsASyntaxErrorOnTheFirstWord() {
		String text = "plan bun_ib \"Internbudget 2019\" {\n  ägare bun\n}\n";
		List<Issue> issues = Fixture.workspace().file("bun.styr", text).validate("bun.styr");
		Issue issue = assertIssue(firstSyntaxError(issues), text, SYNTAX, ERROR,
				"En fil börjar med 'kommun <id>' (eller 'region <id>'), till exempel: kommun linkoping \"Linköpings kommun\".",
				"plan");
		assertEquals(1, issue.getLineNumber());
		assertEquals(1, issue.getColumn());
	}

	@Test
	void wellFormedFileHasNoSyntaxError() {
		assertNoIssue(validate(nämndmål("målområde samhälle\nleder till kf_m1")), SYNTAX);
	}

	@Test
	void unclosedTextSaysSo() {
		String text = file("styrdokument sd_trygghet \"Trygghetsprogram\n");
		List<Issue> issues = Fixture.workspace().file("dok.styr", text).validate("dok.styr");
		assertIssue(issues, text, SYNTAX, ERROR, "Texten saknar avslutande citattecken (\").", "\"Trygghetsprogram\n");
	}

	@Test
	void strayCharacterSaysSo() {
		String text = file("styrdokument sd_trygghet \"Trygghetsprogram\" § \n");
		List<Issue> issues = Fixture.workspace().file("dok.styr", text).validate("dok.styr");
		assertIssue(issues, text, SYNTAX, ERROR, "Tecknet '§' hör inte hemma i en styrmodell.", "§");
	}
}
