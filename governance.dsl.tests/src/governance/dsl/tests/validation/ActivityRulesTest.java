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

/** Assignments, and the activities that carry out goals, assignments and prioritised styrdokument. */
class ActivityRulesTest {

	/** Utbildningsförvaltningens verksamhetsplan 2019 around the given elements. */
	private static String verksamhetsplan(String elements) {
		return file("plan utbf_vp \"Verksamhetsplan 2019\" {\n  ägare utbf\n  period 2019\n" + elements.indent(2)
				+ "}\n");
	}

	/** Kommunfullmäktiges budget with one assignment of the given kind and body. */
	private static String budgetWithAssignment(String kind, String body) {
		return file("plan budget2 \"Budget 2020\" {\n  ägare kf\n  period 2020\n  " + kind
				+ " kf_u1 \"Ta fram en trygghetsplan\" {\n" + body.indent(4) + "  }\n}\n");
	}

	private static List<Issue> validate(String text) {
		return Fixture.withCouncilGoals().file("plan.styr", text).validate("plan.styr");
	}

	// --- uppdrag ---

	@Test
	void utvecklingsuppdragWithoutRecipientIsAWarning() {
		String text = budgetWithAssignment("utvecklingsuppdrag", "från kf\nåterrapportering 2020-12-31");
		assertIssue(validate(text), text, IssueCodes.ASSIGNMENT_WITHOUT_RECIPIENT, WARNING,
				"Utvecklingsuppdraget 'kf_u1' har ingen mottagare: lägg till 'till <nämnd>' eller 'till alla'.", "kf_u1");
	}

	@Test
	void uppdragWithoutRecipientIsAWarning() {
		String text = budgetWithAssignment("uppdrag", "från kf");
		assertIssue(validate(text), text, IssueCodes.ASSIGNMENT_WITHOUT_RECIPIENT, WARNING,
				"Uppdraget 'kf_u1' har ingen mottagare: lägg till 'till <nämnd>' eller 'till alla'.", "kf_u1");
	}

	@Test
	void assignmentToCommitteesOrToAllAndNämnduppdragWithoutRecipientAreFine() {
		assertNoIssue(validate(budgetWithAssignment("utvecklingsuppdrag", "från kf\ntill alla")),
				IssueCodes.ASSIGNMENT_WITHOUT_RECIPIENT);
		assertNoIssue(validate(budgetWithAssignment("uppdrag", "från kf\ntill bun, ks")),
				IssueCodes.ASSIGNMENT_WITHOUT_RECIPIENT);
		// A nämnduppdrag goes to the committee's own administration: no recipient to name.
		assertNoIssue(validate(budgetWithAssignment("nämnduppdrag", "mål kf_m1")),
				IssueCodes.ASSIGNMENT_WITHOUT_RECIPIENT);
	}

	@Test
	void invalidReportBackDateIsAnError() {
		String text = budgetWithAssignment("utvecklingsuppdrag", "till alla\nåterrapportering 2020-11-31");
		assertIssue(validate(text), text, IssueCodes.INVALID_DEADLINE, ERROR,
				"'2020-11-31' är inget giltigt datum: skriv ett datum (2021-03-31), en månad (mars 2021) eller ett år (2021).",
				"2020-11-31");
	}

	@Test
	void aDeadlineMayBeAMonthOrAYearAndAnActivityMayEndInTheMonthItStarts() {
		String text = verksamhetsplan(ACTIVITY.replace("slut 2019-11-30", "slut under februari 2019"));
		List<Issue> issues = validate(text);
		assertNoIssue(issues, IssueCodes.START_AFTER_END);
		assertNoIssue(issues, IssueCodes.INVALID_DEADLINE);
		String assignment = budgetWithAssignment("utvecklingsuppdrag", "till \"Kommundirektören\"\nåterrapportering senast i mars 2021");
		List<Issue> assignmentIssues = validate(assignment);
		assertNoIssue(assignmentIssues, IssueCodes.INVALID_DEADLINE);
		assertNoIssue(assignmentIssues, IssueCodes.ASSIGNMENT_WITHOUT_RECIPIENT);
		// The words before a deadline are not kept: the date is the month.
		var resource = Fixture.withCouncilGoals().file("plan.styr", assignment).resource("plan.styr");
		var written = org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(resource.getContents().get(0),
				governance.dsl.styrmodell.Assignment.class).get(0);
		org.junit.jupiter.api.Assertions.assertEquals("mars 2021", written.getReportBy());
		org.junit.jupiter.api.Assertions.assertEquals(List.of("Kommundirektören"), written.getRoles());
	}

	@Test
	void anActivityEndingInAYearBeforeItStartsIsAnError() {
		String text = verksamhetsplan(ACTIVITY.replace("slut 2019-11-30", "slut 2018"));
		assertIssue(validate(text), text, IssueCodes.START_AFTER_END, ERROR,
				"Aktiviteten slutar (2018) före start (2019-02-01).", "2018");
	}

	// --- bidrar till ---

	@Test
	void activityThatContributesToNothingIsAnError() {
		String text = verksamhetsplan("aktivitet utbf_a1 \"Trygghetsvandringar på alla skolor\" {\n"
				+ "  ansvarig \"Grundskolechef\"\n}\n");
		assertIssue(validate(text), text, IssueCodes.ACTIVITY_WITHOUT_LINK, ERROR,
				"Aktiviteten 'utbf_a1' bidrar inte till något: lägg till 'bidrar till' med ett mål, ett uppdrag eller "
						+ "ett prioriterat styrdokument.",
				"utbf_a1");
	}

	@Test
	void activityWithoutBlockContributesToNothing() {
		String text = verksamhetsplan("aktivitet utbf_a1 \"Trygghetsvandringar på alla skolor\"\n");
		assertIssue(validate(text), text, IssueCodes.ACTIVITY_WITHOUT_LINK, ERROR,
				"Aktiviteten 'utbf_a1' bidrar inte till något: lägg till 'bidrar till' med ett mål, ett uppdrag eller "
						+ "ett prioriterat styrdokument.",
				"utbf_a1");
	}

	private static final String LINKABLE = """
			grunduppdrag utbf_gu "Utbildning enligt skollagen"
			nämnduppdrag utbf_nu1 "Trygghetsplan för skolorna" { mål kf_m1 }
			styrdokument sd_trygghet "Trygghetsprogram" { typ program prioriterat ambition "Fler trygga platser." }
			styrdokument sd_ordning "Lokal ordningsplan" { typ handlingsplan }
			""";

	@Test
	void activityContributingToGoalsAssignmentsMissionsAndPrioritisedDocumentsIsFine() {
		String text = verksamhetsplan(LINKABLE + """
				aktivitet utbf_a1 "Trygghetsvandringar på alla skolor" {
				  bidrar till kf_m1, utbf_nu1, utbf_gu, sd_trygghet, sd_ordning
				}
				""");
		Fixture.assertClean(validate(text));
	}

	@Test
	void activityContributingToAnIndicatorIsAnErrorOnThatLink() {
		String text = verksamhetsplan("aktivitet utbf_a1 \"Trygghetsvandringar på alla skolor\" {\n"
				+ "  bidrar till kf_m1, kf_m1_i1\n}\n");
		List<Issue> issues = validate(text);
		assertIssue(issues, text, IssueCodes.ACTIVITY_LINK_KIND, ERROR,
				"'kf_m1_i1' är varken mål, uppdrag, grunduppdrag eller styrdokument: en aktivitet bidrar bara till sådana.",
				"kf_m1_i1");
		assertNoIssue(issues, IssueCodes.ACTIVITY_WITHOUT_LINK);
	}

	@Test
	void activityContributingToAnotherActivityIsAnError() {
		String text = verksamhetsplan("""
				aktivitet utbf_a1 "Trygghetsvandringar" { bidrar till kf_m1 }
				aktivitet utbf_a2 "Uppföljning av trygghetsvandringarna" { bidrar till utbf_a1 }
				""");
		assertIssueAfter(validate(text), text, IssueCodes.ACTIVITY_LINK_KIND, ERROR,
				"'utbf_a1' är varken mål, uppdrag, grunduppdrag eller styrdokument: en aktivitet bidrar bara till sådana.",
				"bidrar till utbf_a1", "utbf_a1");
	}

	@Test
	void activityContributingOnlyToDocumentsThatAreNotPrioritisedIsAWarning() {
		String text = verksamhetsplan(LINKABLE + """
				aktivitet utbf_a1 "Trygghetsvandringar på alla skolor" {
				  bidrar till sd_ordning
				}
				""");
		assertIssueAfter(validate(text), text, IssueCodes.ACTIVITY_LINK_NOT_PRIORITISED, WARNING,
				"Aktiviteten bidrar bara till styrdokument som inte är prioriterade: koppla den till ett mål, "
						+ "ett uppdrag eller ett prioriterat styrdokument.",
				"bidrar till ", "sd_ordning");
	}

	@Test
	void activityContributingToAPrioritisedDocumentIsFine() {
		String text = verksamhetsplan(LINKABLE + """
				aktivitet utbf_a1 "Trygghetsvandringar på alla skolor" {
				  bidrar till sd_trygghet
				}
				""");
		assertNoIssue(validate(text), IssueCodes.ACTIVITY_LINK_NOT_PRIORITISED);
	}

	// --- fält som modellen kräver ---

	private static final String ACTIVITY = """
			aktivitet utbf_a1 "Trygghetsvandringar på alla skolor" {
			  bidrar till kf_m1
			  ansvarig "Grundskolechef"
			  start 2019-02-01
			  slut 2019-11-30
			}
			""";

	private static List<Issue> validateWithRequirements(String text) {
		return new TestWorkspace().file("modell.styr", Fixture.modelWith("aktiviteter kräver ansvarig, start, slut"))
				.file("kf.styr", Fixture.KF).file("plan.styr", text).validate("plan.styr");
	}

	@Test
	void activityWithoutAFieldTheModelRequiresIsAWarning() {
		String text = verksamhetsplan(ACTIVITY.replace("  slut 2019-11-30\n", ""));
		assertIssue(validateWithRequirements(text), text, IssueCodes.ACTIVITY_FIELD_MISSING, WARNING,
				"Aktiviteten 'utbf_a1' saknar 'slut', som modellen kräver av alla aktiviteter.", "utbf_a1");
	}

	@Test
	void activityWithAllRequiredFieldsIsFine() {
		Fixture.assertClean(validateWithRequirements(verksamhetsplan(ACTIVITY)));
		// Without "aktiviteter kräver" in the model an activity needs no fields.
		String bare = verksamhetsplan("aktivitet utbf_a1 \"Trygghetsvandringar\" { bidrar till kf_m1 }\n");
		assertNoIssue(validate(bare), IssueCodes.ACTIVITY_FIELD_MISSING);
	}

	// --- start och slut ---

	@Test
	void activityEndingBeforeItStartsIsAnErrorOnTheEnd() {
		String text = verksamhetsplan(ACTIVITY.replace("slut 2019-11-30", "slut 2019-01-31"));
		assertIssue(validate(text), text, IssueCodes.START_AFTER_END, ERROR,
				"Aktiviteten slutar (2019-01-31) före start (2019-02-01).", "2019-01-31");
	}

	@Test
	void activityEndingAfterOrOnItsStartDayIsFine() {
		assertNoIssue(validate(verksamhetsplan(ACTIVITY)), IssueCodes.START_AFTER_END);
		assertNoIssue(validate(verksamhetsplan(ACTIVITY.replace("slut 2019-11-30", "slut 2019-02-01"))),
				IssueCodes.START_AFTER_END);
	}

	@Test
	void activityDateThatDoesNotExistIsAnError() {
		String text = verksamhetsplan(ACTIVITY.replace("start 2019-02-01", "start 2019-02-29"));
		List<Issue> issues = validate(text);
		assertIssue(issues, text, IssueCodes.INVALID_DEADLINE, ERROR,
				"'2019-02-29' är inget giltigt datum: skriv ett datum (2021-03-31), en månad (mars 2021) eller ett år (2021).",
				"2019-02-29");
		assertNoIssue(issues, IssueCodes.START_AFTER_END);
	}
}
