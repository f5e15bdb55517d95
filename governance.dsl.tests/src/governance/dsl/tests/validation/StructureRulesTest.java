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

import governance.dsl.tests.TestWorkspace;
import governance.dsl.validation.IssueCodes;

/** Ids, properties written twice, periods, dates and the presence of exactly one model definition. */
class StructureRulesTest {

	@Test
	void theFixtureWithCouncilGoalsChecksClean() {
		Fixture.withCouncilGoals().assertClean();
	}

	// --- id:n ---

	@Test
	void sameIdTwiceInOneFileIsAnErrorOnTheSecond() {
		String text = bunPlan("""
				mål bun_m1 "Barn känner sig trygga" { målområde samhälle leder till kf_m1 }
				aktivitet bun_m1 "Trygghetsvandringar" { bidrar till kf_m1 }
				""");
		List<Issue> issues = Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr");
		assertIssue(issues, text, IssueCodes.DUPLICATE_ID, ERROR,
				"Id 'bun_m1' används redan på rad 5. Id:n ska vara unika inom linkoping: byt namn på det ena.", "bun_m1",
				1);
	}

	@Test
	void sameIdInTwoFilesIsAnErrorInBoth() {
		String first = bunPlan("mål bun_m1 \"Barn känner sig trygga\" { målområde samhälle leder till kf_m1 }\n");
		String second = file("""
				plan bun_vp "Verksamhetsplan 2019" {
				  ägare bun
				  aktivitet bun_m1 "Trygghetsvandringar" { bidrar till kf_m1 }
				}
				""");
		TestWorkspace workspace = Fixture.withCouncilGoals().file("bun.styr", first).file("bun_vp.styr", second);
		assertIssue(workspace.validate("bun_vp.styr"), second, IssueCodes.DUPLICATE_ID, ERROR,
				"Id 'bun_m1' används redan i filen bun.styr. Id:n ska vara unika inom linkoping: byt namn på det ena.",
				"bun_m1");
		assertIssue(workspace.validate("bun.styr"), first, IssueCodes.DUPLICATE_ID, ERROR,
				"Id 'bun_m1' används redan i filen bun_vp.styr. Id:n ska vara unika inom linkoping: byt namn på det ena.",
				"bun_m1");
	}

	@Test
	void distinctIdsAndTheSameIdInAnotherMunicipalityAreFine() {
		String linkoping = bunPlan("""
				mål bun_m1 "Barn känner sig trygga" { målområde samhälle leder till kf_m1 }
				aktivitet bun_a1 "Trygghetsvandringar" { bidrar till bun_m1 }
				""");
		String norrkoping = """
				kommun norrkoping "Norrköpings kommun"
				mål bun_m1 "Barn känner sig trygga"
				""";
		TestWorkspace workspace = Fixture.withCouncilGoals().file("bun.styr", linkoping).file("norrkoping.styr",
				norrkoping);
		assertNoIssue(workspace.validate("bun.styr"), IssueCodes.DUPLICATE_ID);
		assertNoIssue(workspace.validate("norrkoping.styr"), IssueCodes.DUPLICATE_ID);
	}

	@Test
	void aLevelAndAnOrganisationMayShareAnId() {
		// Different kinds of things are referred to in different places, so their ids do not clash.
		String text = file("nämnd förvaltning \"Förvaltningsnämnden\" nivå nämnd under kf\n");
		assertNoIssue(Fixture.workspace().file("org.styr", text).validate("org.styr"), IssueCodes.DUPLICATE_ID);
	}

	// --- egenskap skriven två gånger ---

	@Test
	void propertyWrittenTwiceIsAnErrorOnTheSecondValue() {
		String text = bunPlan("""
				aktivitet bun_a1 "Trygghetsvandringar" {
				  ansvarig "Rektor"
				  bidrar till kf_m1
				  ansvarig "Skolchef"
				}
				""");
		assertIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.DUPLICATE_PROPERTY, ERROR, "'ansvarig' står redan tidigare i blocket: ta bort den ena raden.",
				"\"Skolchef\"");
	}

	@Test
	void referenceWrittenTwiceIsAnErrorOnTheSecondReference() {
		String text = bunPlan("""
				mål bun_m1 "Barn känner sig trygga" {
				  målområde samhälle
				  leder till kf_m1
				  målområde medarbetare
				}
				""");
		assertIssueAfter(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.DUPLICATE_PROPERTY, ERROR,
				"'målområde' står redan tidigare i blocket: ta bort den ena raden.", "målområde medarbetare",
				"medarbetare");
	}

	@Test
	void flagWrittenTwiceIsAnErrorNamingItsOwnKeyword() {
		String text = bunPlan("""
				basmått bun_b1 "Antal elever" {
				  avser personer
				  uppdelning kvinnor, män
				  avser personer
				}
				""");
		assertIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.DUPLICATE_PROPERTY, ERROR, "'avser' står redan tidigare i blocket: ta bort den ena raden.",
				"avser", 1);
	}

	@Test
	void sourceWrittenTwiceIsAnErrorLikeAnyOtherProperty() {
		// Before: a property whose value is an element of its own ("källa kolada \"…\"") was left out of the rule.
		String text = bunPlan("""
				basmått bun_b1 "Antal elever" {
				  källa kolada "N15030"
				  enhet st
				  källa scb "BE0101"
				}
				""");
		assertIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.DUPLICATE_PROPERTY, ERROR, "'källa' står redan tidigare i blocket: ta bort den ena raden.",
				"scb \"BE0101\"");
	}

	@Test
	void propertiesWrittenOnceAndListsWrittenTwiceAreFine() {
		String text = bunPlan("""
				aktivitet bun_a1 "Trygghetsvandringar" {
				  ansvarig "Rektor"
				  bidrar till kf_m1
				  bidrar till kf_m2
				}
				""");
		assertNoIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"),
				IssueCodes.DUPLICATE_PROPERTY);
	}

	// --- styrmodellen finns, och bara en ---

	@Test
	void fileWithoutAModelDefinitionInReachIsAWarningOnTheMunicipality() {
		String text = file("styrdokument sd_trygghet \"Trygghetsprogram\"\n");
		List<Issue> issues = new TestWorkspace().file("dok.styr", text).validate("dok.styr");
		assertIssue(issues, text, IssueCodes.NO_MODEL_DEFINITION, WARNING,
				"Ingen styrmodell för 'linkoping' finns bland filerna, så modellens regler (nivåer, målområden, "
						+ "bedömningsskala) kontrolleras inte. Kontrollera hela mappen eller lägg till en fil med 'styrmodell'.",
				"linkoping");
	}

	@Test
	void anotherMunicipalitysModelDoesNotCount() {
		String text = "kommun norrkoping \"Norrköpings kommun\"\nstyrdokument sd_trygghet \"Trygghetsprogram\"\n";
		List<Issue> issues = Fixture.workspace().file("dok.styr", text).validate("dok.styr");
		assertIssue(issues, text, IssueCodes.NO_MODEL_DEFINITION, WARNING,
				"Ingen styrmodell för 'norrkoping' finns bland filerna, så modellens regler (nivåer, målområden, "
						+ "bedömningsskala) kontrolleras inte. Kontrollera hela mappen eller lägg till en fil med 'styrmodell'.",
				"norrkoping");
	}

	@Test
	void modelDefinitionInAnotherFileOrAnEmptyFileIsFine() {
		String text = file("styrdokument sd_trygghet \"Trygghetsprogram\"\n");
		assertNoIssue(Fixture.workspace().file("dok.styr", text).validate("dok.styr"), IssueCodes.NO_MODEL_DEFINITION);
		String empty = file("");
		assertNoIssue(new TestWorkspace().file("tom.styr", empty).validate("tom.styr"), IssueCodes.NO_MODEL_DEFINITION);
	}

	@Test
	void secondModelDefinitionOfTheMunicipalityIsAnErrorInBothFiles() {
		String second = file("styrmodell nya_modellen \"Ny modell\" {\n}\n");
		TestWorkspace workspace = Fixture.workspace().file("modell2.styr", second);
		assertIssue(workspace.validate("modell2.styr"), second, IssueCodes.MULTIPLE_MODEL_DEFINITIONS, ERROR,
				"'linkoping' har mer än en styrmodell: varje kommun har exakt en.", "nya_modellen");
		assertIssue(workspace.validate("modell.styr"), Fixture.MODEL, IssueCodes.MULTIPLE_MODEL_DEFINITIONS, ERROR,
				"'linkoping' har mer än en styrmodell: varje kommun har exakt en.", "linkopingsmodellen");
	}

	@Test
	void modelDefinitionsOfTwoMunicipalitiesAreFine() {
		String other = "kommun norrkoping \"Norrköpings kommun\"\nstyrmodell norrkopingsmodellen \"Modell\" {\n}\n";
		TestWorkspace workspace = Fixture.workspace().file("norrkoping.styr", other);
		assertNoIssue(workspace.validate("modell.styr"), IssueCodes.MULTIPLE_MODEL_DEFINITIONS);
		assertNoIssue(workspace.validate("norrkoping.styr"), IssueCodes.MULTIPLE_MODEL_DEFINITIONS);
	}

	// --- perioder och datum ---

	@Test
	void planPeriodEndingBeforeItStartsIsAnError() {
		String text = bunPlan("").replace("period 2019-2022", "period 2022-2019");
		assertIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.INVALID_PERIOD, ERROR,
				"'2022-2019' är ingen giltig period: skriv ett år (2020), ett spann av år där det första inte är "
						+ "senare än det sista (2019-2022), en månad (2020-03), ett kvartal (2020-K1) eller ett tertial (2020-T1).",
				"2022-2019");
	}

	@Test
	void goalPeriodOutsideAnyPlausibleYearIsAnError() {
		String text = bunPlan("mål bun_m1 \"Barn känner sig trygga\" { målområde samhälle leder till kf_m1 period 1850 }\n");
		assertIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.INVALID_PERIOD, ERROR,
				"'1850' är ingen giltig period: skriv ett år (2020), ett spann av år där det första inte är "
						+ "senare än det sista (2019-2022), en månad (2020-03), ett kvartal (2020-K1) eller ett tertial (2020-T1).",
				"1850");
	}

	@Test
	void aPlanPeriodIsWholeYears() {
		String text = bunPlan("").replace("period 2019-2022", "period 2019-03");
		assertIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.PERIOD_NOT_YEARS, ERROR,
				"En period för en plan, ett mål eller en vision är hela år: skriv 2020 eller 2019-2022, inte '2019-03'.",
				"2019-03");
	}

	@Test
	void outcomePeriodEndingBeforeItStartsIsAnError() {
		String text = bunPlan("basmått bun_b1 \"Antal elever\" { utfall 2020-2019: 17000 }\n");
		assertIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), text,
				IssueCodes.INVALID_PERIOD, ERROR,
				"'2020-2019' är ingen giltig period: skriv ett år (2020), ett spann av år där det första inte är "
						+ "senare än det sista (2019-2022), en månad (2020-03), ett kvartal (2020-K1) eller ett tertial (2020-T1).",
				"2020-2019");
	}

	@Test
	void visionPeriodEndingBeforeItStartsIsAnError() {
		String text = file("vision v2030 \"Linköping – där idéer blir verklighet\" { period 2030-2019 }\n");
		assertIssue(Fixture.workspace().file("vision.styr", text).validate("vision.styr"), text,
				IssueCodes.INVALID_PERIOD, ERROR,
				"'2030-2019' är ingen giltig period: skriv ett år (2020), ett spann av år där det första inte är "
						+ "senare än det sista (2019-2022), en månad (2020-03), ett kvartal (2020-K1) eller ett tertial (2020-T1).",
				"2030-2019");
	}

	@Test
	void yearsAndSpansInOrderAreFine() {
		String text = bunPlan("mål bun_m1 \"Barn känner sig trygga\" { målområde samhälle leder till kf_m1 period 2020 }\n"
				+ "basmått bun_b1 \"Antal elever\" { utfall 2019-2020: 17000 }\n");
		assertNoIssue(Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr"), IssueCodes.INVALID_PERIOD);
	}

	@Test
	void dateInTheAnnualCycleThatDoesNotExistIsAnError() {
		String text = file("""
				årshjul hjul2020 "Årshjul 2020" {
				  februari ks: "Budgetdirektiv"
				  2020-02-30 kf: "Budgetdialog"
				}
				""");
		assertIssue(Fixture.workspace().file("hjul.styr", text).validate("hjul.styr"), text, IssueCodes.INVALID_DATE,
				ERROR, "'2020-02-30' är inget giltigt datum: skriv år-månad-dag, till exempel 2020-08-31.", "2020-02-30");
	}

	@Test
	void dateThatExistsIsFine() {
		String text = file("årshjul hjul2020 \"Årshjul 2020\" {\n  2020-02-29 kf: \"Budgetdialog\"\n}\n");
		assertNoIssue(Fixture.workspace().file("hjul.styr", text).validate("hjul.styr"), IssueCodes.INVALID_DATE);
	}
}
