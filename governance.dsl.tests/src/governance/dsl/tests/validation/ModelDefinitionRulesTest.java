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

/** The municipality's own model definition: levels, the assessment scale, areas, the organisation. */
class ModelDefinitionRulesTest {

	private static List<Issue> validateModel(String model) {
		return new TestWorkspace().file("modell.styr", model).validate("modell.styr");
	}

	@Test
	void theFixtureModelChecksClean() {
		Fixture.assertClean(validateModel(Fixture.MODEL));
	}

	// --- nivåer ---

	@Test
	void levelUnderItselfIsAnErrorOnItsParent() {
		String model = Fixture.modelWith("nivå enhet \"Enhet\" { under enhet }");
		assertIssueAfter(validateModel(model), model, IssueCodes.LEVEL_CYCLE, ERROR,
				"Nivån 'enhet' ligger under sig själv: kedjan av 'under' får inte gå i cirkel.", "under enhet", "enhet");
	}

	@Test
	void twoLevelsUnderEachOtherAreBothErrors() {
		String model = Fixture.modelWith("nivå enhet \"Enhet\" { under arbetslag }",
				"nivå arbetslag \"Arbetslag\" { under enhet }");
		List<Issue> issues = validateModel(model);
		Fixture.assertCount(issues, IssueCodes.LEVEL_CYCLE, 2);
	}

	@Test
	void levelBelowACycleIsNotItselfInTheCycle() {
		String model = Fixture.modelWith("nivå enhet \"Enhet\" { under arbetslag }",
				"nivå arbetslag \"Arbetslag\" { under enhet }", "nivå person \"Person\" { under enhet }");
		List<Issue> issues = validateModel(model);
		Fixture.assertCount(issues, IssueCodes.LEVEL_CYCLE, 2);
		Fixture.withCode(issues, IssueCodes.LEVEL_CYCLE)
				.forEach(issue -> org.junit.jupiter.api.Assertions.assertFalse(issue.getMessage().contains("'person'"),
						issue.getMessage()));
	}

	@Test
	void levelsInAChainAreFine() {
		assertNoIssue(validateModel(Fixture.modelWith("nivå enhet \"Enhet\" { under förvaltning }")),
				IssueCodes.LEVEL_CYCLE);
	}

	@Test
	void indicatorRangeWithTheGreaterNumberFirstIsAnErrorOnTheSecond() {
		String model = Fixture.modelWith("nivå enhet \"Enhet\" { under förvaltning indikatorer 3 till 1 per mål }");
		assertIssueAfter(validateModel(model), model, IssueCodes.INDICATOR_RANGE_INVALID, ERROR,
				"Lägsta antal indikatorer per mål (3) är större än högsta (1).", "indikatorer 3 till ", "1");
	}

	@Test
	void indicatorRangeInOrderIsFine() {
		assertNoIssue(validateModel(Fixture.modelWith("nivå enhet \"Enhet\" { under förvaltning indikatorer 2 till 2 per mål }")),
				IssueCodes.INDICATOR_RANGE_INVALID);
	}

	@Test
	void shareAbove100PercentIsAnError() {
		String model = Fixture.modelWith("nivå enhet \"Enhet\" { under förvaltning högst 150 % per överordnat mål }");
		assertIssueAfter(validateModel(model), model, IssueCodes.SHARE_INVALID, ERROR,
				"150 % är ingen andel: ange ett tal mellan 1 och 100.", "högst ", "150");
	}

	@Test
	void shareOfZeroPercentIsAnError() {
		String model = Fixture.modelWith("nivå enhet \"Enhet\" { under förvaltning högst 0 % per överordnat mål }");
		assertIssueAfter(validateModel(model), model, IssueCodes.SHARE_INVALID, ERROR,
				"0 % är ingen andel: ange ett tal mellan 1 och 100.", "högst 0", "0");
	}

	@Test
	void shareBetween1And100IsFine() {
		assertNoIssue(validateModel(Fixture.modelWith("nivå enhet \"Enhet\" { under förvaltning högst 100 % per överordnat mål }")),
				IssueCodes.SHARE_INVALID);
	}

	// --- publicering: logotyp, profilfärg, webbplats, publiceringsdatum ---

	@Test
	void publishingDataThatIsRightChecksClean() {
		Fixture.assertClean(validateModel(Fixture.modelWith("profilfärg \"#00606b\"",
				"webbplats \"https://www.linkoping.se\"", "publicerad 2024-09-30")));
	}

	@Test
	void aProfileColourThatIsNoHexCodeIsAnError() {
		String model = Fixture.modelWith("profilfärg \"grön\"");
		assertIssueAfter(validateModel(model), model, IssueCodes.PROFILE_COLOUR_INVALID, ERROR,
				"Profilfärgen 'grön' är ingen hexkod: skriv den som \"#005a9c\" (# och tre eller sex tecken 0–9 och a–f).",
				"profilfärg ", "\"grön\"");
	}

	@Test
	void aProfileColourWhiteTextCannotStandOnIsAWarningNamingTheShadeTheHandbookUses() {
		String model = Fixture.modelWith("profilfärg \"#ffcc00\"");
		assertIssueAfter(validateModel(model), model, IssueCodes.PROFILE_COLOUR_CONTRAST, WARNING,
				"Profilfärgen '#ffcc00' har kontrasten 1,5:1 mot vit text, mindre än de 4,5:1 som krävs: handboken använder "
						+ "i stället den mörkare nyansen '#8e7200'. Skriv den eller en mörkare färg, så försvinner varningen.",
				"profilfärg ", "\"#ffcc00\"");
	}

	@Test
	void aWebsiteWithoutItsSchemeIsAnError() {
		String model = Fixture.modelWith("webbplats \"www.linkoping.se\"");
		assertIssueAfter(validateModel(model), model, IssueCodes.WEBSITE_INVALID, ERROR,
				"Webbplatsen 'www.linkoping.se' är ingen webbadress: skriv hela adressen, till exempel \"https://www.kommun.se\".",
				"webbplats ", "\"www.linkoping.se\"");
	}

	@Test
	void aLogoThatIsNoImageIsAnError() {
		String model = Fixture.modelWith("logotyp \"logga.pdf\"");
		assertIssueAfter(validateModel(model), model, IssueCodes.LOGO_NOT_IMAGE, ERROR,
				"Logotypen 'logga.pdf' är ingen bild som handboken kan visa: använd en fil som slutar på .svg, .png, .jpg, .gif eller .webp.",
				"logotyp ", "\"logga.pdf\"");
	}

	@Test
	void aLogoWithItsWholePathIsAnError() {
		String model = Fixture.modelWith("logotyp \"/home/planerare/logga.svg\"");
		assertIssueAfter(validateModel(model), model, IssueCodes.LOGO_ABSOLUTE, ERROR,
				"Logotypen '/home/planerare/logga.svg' är skriven med hela sökvägen: skriv den i förhållande till mappen med "
						+ "styrmodellens fil, till exempel \"bilder/logotyp.svg\", så att bygget fungerar på alla datorer.",
				"logotyp ", "\"/home/planerare/logga.svg\"");
	}

	@Test
	void aPublicationDateThatIsNoDayIsAnError() {
		String model = Fixture.modelWith("publicerad 2024-02-30");
		assertIssueAfter(validateModel(model), model, IssueCodes.INVALID_DATE, ERROR,
				"'2024-02-30' är inget giltigt datum: skriv år-månad-dag, till exempel 2020-08-31.", "publicerad ", "2024-02-30");
	}

	// --- bedömningsskala ---

	@Test
	void scaleWithoutANotAssessedValueIsAWarningOnTheScale() {
		String model = Fixture.MODEL.replace(Fixture.NOT_ASSESSED_LABEL, "");
		assertIssueAfter(validateModel(model), model, IssueCodes.SCALE_NOT_ASSESSED_MISSING, WARNING,
				"Bedömningsskalan har inget värde för mål som inte kunnat bedömas: markera ett värde med 'ej bedömt'.",
				"bedömningsskala ", "måluppfyllelse");
	}

	@Test
	void scaleWithOneNotAssessedValueIsFine() {
		List<Issue> issues = validateModel(Fixture.MODEL);
		assertNoIssue(issues, IssueCodes.SCALE_NOT_ASSESSED_MISSING);
		assertNoIssue(issues, IssueCodes.SCALE_NOT_ASSESSED_TWICE);
	}

	@Test
	void secondNotAssessedValueIsAnErrorOnItsMark() {
		String model = Fixture.MODEL.replace(Fixture.NOT_ASSESSED_LABEL,
				Fixture.NOT_ASSESSED_LABEL + "\n    ej_mätt \"Ej mätt\" färg \"svart\" ej bedömt");
		assertIssueAfter(validateModel(model), model, IssueCodes.SCALE_NOT_ASSESSED_TWICE, ERROR,
				"Bara ett värde kan betyda 'ej bedömt', och 'ej_bedömt' gör det redan.", "\"svart\" ", "ej");
	}

	@Test
	void secondScaleIsAnErrorOnItsName() {
		String model = Fixture.modelWith("bedömningsskala färgskala \"Färgskala\" {",
				"  grönt \"Grönt\" färg \"grön\"", "  svart \"Ej mätt\" färg \"svart\" ej bedömt", "}");
		assertIssueAfter(validateModel(model), model, IssueCodes.SCALE_MULTIPLE, ERROR,
				"En styrmodell har en bedömningsskala: flytta värdena till den första.", "bedömningsskala färgskala",
				"färgskala");
	}

	@Test
	void oneScaleIsFine() {
		assertNoIssue(validateModel(Fixture.MODEL), IssueCodes.SCALE_MULTIPLE);
	}

	@Test
	void colourThatIsNeitherHexNorANameIsAWarningOnTheColour() {
		String model = Fixture.MODEL.replace("färg \"gul\"", "färg \"gulgrön\"");
		assertIssue(validateModel(model), model, IssueCodes.INVALID_COLOUR, WARNING,
				"Färgen 'gulgrön' känns inte igen: skriv en hexkod som \"#2e7d32\" eller ett färgnamn (grön, gul, röd, svart ...).",
				"\"gulgrön\"");
	}

	@Test
	void hexCodesAndColourNamesInAnyCaseAreFine() {
		String model = Fixture.MODEL.replace("färg \"gul\"", "färg \"#F9A825\"").replace("färg \"röd\"", "färg \"Röd\"")
				.replace("färg \"grön\"", "färg \"#2e7\"");
		assertNoIssue(validateModel(model), IssueCodes.INVALID_COLOUR);
	}

	// --- målområden, över hela arbetsytan ---

	private static final String KF_SAMHÄLLE = file("""
			plan budget "Budget 2019" {
			  ägare kf
			  mål kf_m1 "Linköping är en trygg plats att bo i" { målområde samhälle }
			}
			""");

	private static final String KS_MEDARBETARE = file("""
			plan ks_ib "Kommunstyrelsens internbudget 2019" {
			  ägare ks
			  mål ks_m1 "Medarbetarna har en god arbetsmiljö" { målområde medarbetare leder till kf_m1 }
			}
			""");

	@Test
	void areaWithoutGoalsInAnyFileIsAWarningOnTheArea() {
		List<Issue> issues = Fixture.workspace().file("kf.styr", KF_SAMHÄLLE).validate("modell.styr");
		assertIssueAfter(issues, Fixture.MODEL, IssueCodes.AREA_UNUSED, WARNING,
				"Inget mål ligger i målområdet 'medarbetare': alla målområden ska finnas med i planering och uppföljning.",
				"målområde medarbetare", "medarbetare");
	}

	@Test
	void areasUsedByGoalsInOtherFilesAreFine() {
		TestWorkspace workspace = Fixture.workspace().file("kf.styr", KF_SAMHÄLLE).file("ks.styr", KS_MEDARBETARE);
		assertNoIssue(workspace.validate("modell.styr"), IssueCodes.AREA_UNUSED);
		// A workspace without goals (a model just begun) is not warned about.
		assertNoIssue(validateModel(Fixture.MODEL), IssueCodes.AREA_UNUSED);
	}

	// --- organisation ---

	@Test
	void organisationUnderItselfIsAnErrorOnItsParent() {
		String text = file("nämnd kfn \"Kultur- och fritidsnämnden\" nivå nämnd under kfn\n");
		List<Issue> issues = Fixture.workspace().file("org.styr", text).validate("org.styr");
		assertIssueAfter(issues, text, IssueCodes.ORGANISATION_CYCLE, ERROR,
				"'kfn' ligger under sig själv: kedjan av 'under' får inte gå i cirkel.", "under kfn", "kfn");
	}

	@Test
	void organisationBelowACycleIsNotItselfInTheCycle() {
		String text = file("nämnd kfn \"Kultur- och fritidsnämnden\" nivå nämnd under kff\n"
				+ "förvaltning kff \"Kultur- och fritidsförvaltningen\" under kfn\n"
				+ "enhet bibl \"Stadsbiblioteket\" under kff\n");
		List<Issue> issues = Fixture.workspace().file("org.styr", text).validate("org.styr");
		Fixture.assertCount(issues, IssueCodes.ORGANISATION_CYCLE, 2);
		assertNoIssue(issues.stream().filter(i -> i.getMessage().startsWith("'bibl'")).toList(),
				IssueCodes.ORGANISATION_CYCLE);
	}

	@Test
	void organisationsInAChainAreFine() {
		String text = file("nämnd kfn \"Kultur- och fritidsnämnden\" nivå nämnd under kf\n"
				+ "förvaltning kff \"Kultur- och fritidsförvaltningen\" under kfn\n");
		assertNoIssue(Fixture.workspace().file("org.styr", text).validate("org.styr"), IssueCodes.ORGANISATION_CYCLE);
	}
}
