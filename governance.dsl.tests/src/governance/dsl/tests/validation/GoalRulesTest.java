package governance.dsl.tests.validation;

import static governance.dsl.tests.IssueAssertions.assertIssue;
import static governance.dsl.tests.IssueAssertions.assertNoIssue;
import static governance.dsl.tests.validation.Fixture.assertIssueAfter;
import static governance.dsl.tests.validation.Fixture.bunPlan;
import static governance.dsl.tests.validation.Fixture.file;
import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import governance.dsl.tests.IssueAssertions;
import governance.dsl.tests.TestWorkspace;
import governance.dsl.validation.IssueCodes;

/** The goal chain: areas, levels, parents, measures, decision rights, Agenda 2030, SMART and workspace counts. */
class GoalRulesTest {

	/** A well-formed nämndmål of bun. */
	static final String GOOD_GOAL = """
			mål bun_m1 "Barn och elever känner sig trygga i skolan" {
			  målområde samhälle
			  leder till kf_m1
			  indikator bun_m1_i1 "Andel elever i åk 5 som känner sig trygga" { målvärde 2022: minst 92 }
			}
			""";

	private static List<Issue> validateBun(String text) {
		return Fixture.withCouncilGoals().file("bun.styr", text).validate("bun.styr");
	}

	@Test
	void aWellFormedNämndmålChecksClean() {
		Fixture.assertClean(validateBun(bunPlan(GOOD_GOAL)));
	}

	// --- målområde ---

	@Test
	void goalWithoutAreaIsAnError() {
		String text = bunPlan(GOOD_GOAL.replace("  målområde samhälle\n", ""));
		assertIssue(validateBun(text), text, IssueCodes.GOAL_AREA_MISSING, ERROR,
				"Målet 'bun_m1' har inget målområde: varje mål ligger i exakt ett av samhälle, medarbetare. "
						+ "Lägg till 'målområde <id>'.",
				"bun_m1");
	}

	@Test
	void goalWithAnAreaHasNoAreaError() {
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_AREA_MISSING);
	}

	// --- nivå ---

	@Test
	void goalWithoutLevelOrOwnerIsAnError() {
		String text = file("""
				mål lösa_m1 "Trygga skolvägar" {
				  målområde samhälle
				  indikator lösa_m1_i1 "Andel trygga skolvägar" { målvärde 2022: 90 }
				}
				""");
		List<Issue> issues = Fixture.workspace().file("mål.styr", text).validate("mål.styr");
		assertIssue(issues, text, IssueCodes.GOAL_LEVEL_MISSING, ERROR,
				"Målet 'lösa_m1' har ingen nivå: ange 'nivå <id>' på målet, 'nivå' på ägaren, "
						+ "eller 'ägare' på målet eller planen.",
				"lösa_m1");
	}

	@Test
	void goalTakesItsLevelFromItsOwnOrItsPlansOwnerOrItsOwnLevel() {
		String ownOwner = file("""
				mål lösa_m1 "Trygga skolvägar" { ägare kf målområde samhälle }
				mål lösa_m2 "Trygga skolgårdar" { nivå kommun målområde samhälle }
				""");
		List<Issue> issues = Fixture.workspace().file("mål.styr", ownOwner).validate("mål.styr");
		assertNoIssue(issues, IssueCodes.GOAL_LEVEL_MISSING);
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_LEVEL_MISSING);
	}

	// --- överordnat mål ---

	@Test
	void nämndmålWithoutParentIsAnError() {
		String text = bunPlan(GOOD_GOAL.replace("  leder till kf_m1\n", ""));
		assertIssue(validateBun(text), text, IssueCodes.GOAL_PARENT_MISSING, ERROR,
				"Målet 'bun_m1' på nivå nämnd leder inte till något överordnat mål: "
						+ "lägg till 'leder till <id>' med ett mål på nivå kommun.",
				"bun_m1");
	}

	@Test
	void nämndmålWithAParentOrABasicMissionNeedsNoOtherParent() {
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_PARENT_MISSING);
		String text = bunPlan("grunduppdrag bun_gu \"Förskola och grundskola enligt skollagen\"\n"
				+ GOOD_GOAL.replace("leder till kf_m1", "grunduppdrag bun_gu"));
		assertNoIssue(validateBun(text), IssueCodes.GOAL_PARENT_MISSING);
	}

	@Test
	void councilGoalNeedsNoParent() {
		assertNoIssue(Fixture.withCouncilGoals().validate("kf.styr"), IssueCodes.GOAL_PARENT_MISSING);
	}

	@Test
	void parentOnTheWrongLevelIsAnErrorOnThatParent() {
		String text = bunPlan(GOOD_GOAL + """
				mål bun_m2 "Alla elever når kunskapskraven" {
				  målområde samhälle
				  leder till kf_m1, bun_m1
				  indikator bun_m2_i1 "Andel elever med godkända betyg" { målvärde 2022: 80 }
				}
				""");
		assertIssueAfter(validateBun(text), text, IssueCodes.GOAL_PARENT_WRONG_LEVEL, ERROR,
				"'bun_m1' är ett mål på nivå nämnd, men mål på nivå nämnd ska leda till mål på nivå kommun.",
				"leder till kf_m1, bun_m1", "bun_m1");
	}

	@Test
	void parentsOnTheLevelAboveAreFine() {
		String text = bunPlan(GOOD_GOAL.replace("leder till kf_m1", "leder till kf_m1, kf_m2"));
		assertNoIssue(validateBun(text), IssueCodes.GOAL_PARENT_WRONG_LEVEL);
	}

	@Test
	void goalLeadingToItselfIsAnError() {
		String text = bunPlan(GOOD_GOAL.replace("leder till kf_m1", "leder till kf_m1, bun_m1"));
		List<Issue> issues = validateBun(text);
		assertIssueAfter(issues, text, IssueCodes.GOAL_PARENT_SELF, ERROR,
				"Målet 'bun_m1' kan inte leda till sig självt.", "leder till kf_m1, ", "bun_m1");
		assertNoIssue(issues, IssueCodes.GOAL_PARENT_WRONG_LEVEL);
	}

	@Test
	void goalLeadingToAnotherGoalIsNotSelfReferential() {
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_PARENT_SELF);
	}

	// --- cirklar i kedjan ---

	/** Council goals, each leading to the next named one: "kf_m1>kf_m2" means kf_m1 leder till kf_m2. */
	private static String councilGoals(String... leads) {
		StringBuilder goals = new StringBuilder();
		for (String goal : new String[] { "kf_m1", "kf_m2", "kf_m3" }) {
			String parent = Arrays.stream(leads).filter(l -> l.startsWith(goal + ">"))
					.map(l -> l.substring(l.indexOf('>') + 1)).findFirst().orElse(null);
			goals.append("mål ").append(goal).append(" \"Mål ").append(goal).append("\" {\n  målområde samhälle\n")
					.append(parent == null ? "" : "  leder till " + parent + "\n").append("}\n");
		}
		return file("plan budget \"Budget\" {\n  ägare kf\n  period 2019-2022\n" + goals.toString().indent(2) + "}\n");
	}

	/** Asserts the cycle issue of one goal, underlining the parent it leads back through. */
	private static void assertCycle(List<Issue> issues, String text, String goal, String via) {
		String message = "Målet '" + goal + "' leder via '" + via
				+ "' tillbaka till sig självt: kedjan av 'leder till' får inte gå i cirkel.";
		assertIssueAfter(issues.stream().filter(i -> message.equals(i.getMessage())).toList(), text,
				IssueCodes.GOAL_CYCLE, ERROR, message, "mål " + goal, via);
	}

	@Test
	void twoCouncilGoalsLeadingToEachOtherAreACycleReportedOnBoth() {
		// Before: a cycle among top-level goals was not reported at all (no level above to be wrong about).
		String text = councilGoals("kf_m1>kf_m2", "kf_m2>kf_m1");
		List<Issue> issues = Fixture.workspace().file("kf.styr", text).validate("kf.styr");
		assertEquals(2, Fixture.withCode(issues, IssueCodes.GOAL_CYCLE).size(), IssueAssertions.list(issues));
		assertCycle(issues, text, "kf_m1", "kf_m2");
		assertCycle(issues, text, "kf_m2", "kf_m1");
	}

	@Test
	void aCycleThroughThreeGoalsIsReportedOnEach() {
		String text = councilGoals("kf_m1>kf_m2", "kf_m2>kf_m3", "kf_m3>kf_m1");
		List<Issue> issues = Fixture.workspace().file("kf.styr", text).validate("kf.styr");
		assertEquals(3, Fixture.withCode(issues, IssueCodes.GOAL_CYCLE).size(), IssueAssertions.list(issues));
		assertCycle(issues, text, "kf_m1", "kf_m2");
		assertCycle(issues, text, "kf_m2", "kf_m3");
		assertCycle(issues, text, "kf_m3", "kf_m1");
	}

	@Test
	void aChainWithoutCycleIsFine() {
		String text = councilGoals("kf_m1>kf_m2", "kf_m2>kf_m3");
		assertNoIssue(Fixture.workspace().file("kf.styr", text).validate("kf.styr"), IssueCodes.GOAL_CYCLE);
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_CYCLE);
	}

	// --- indikatorer per mål ---

	@Test
	void nämndmålWithoutIndicatorIsAWarning() {
		String text = bunPlan(GOOD_GOAL.replaceAll("  indikator .*\n", ""));
		List<Issue> issues = validateBun(text);
		assertIssue(issues, text, IssueCodes.GOAL_INDICATOR_COUNT, WARNING,
				"Målet följs upp med 0 indikatorer; modellen anger 1 till 3 per mål på nivå nämnd.", "bun_m1");
		assertNoIssue(issues, IssueCodes.GOAL_WITHOUT_MEASURE);
	}

	@Test
	void basmåttDoesNotCountAsIndicator() {
		String text = bunPlan(GOOD_GOAL.replace("indikator bun_m1_i1", "basmått bun_m1_i1"));
		assertIssue(validateBun(text), text, IssueCodes.GOAL_INDICATOR_COUNT, WARNING,
				"Målet följs upp med 0 indikatorer; modellen anger 1 till 3 per mål på nivå nämnd.", "bun_m1");
	}

	@Test
	void nämndmålWithFourIndicatorsIsAWarning() {
		String text = bunPlan("""
				mål bun_m1 "Barn och elever känner sig trygga i skolan" {
				  målområde samhälle
				  leder till kf_m1
				  indikator bun_m1_i1 "Trygghet åk 2" { målvärde 2022: 95 }
				  indikator bun_m1_i2 "Trygghet åk 5" { målvärde 2022: 92 }
				  indikator bun_m1_i3 "Trygghet åk 8" { målvärde 2022: 90 }
				  indikator bun_m1_i4 "Trygghet i förskolan" { målvärde 2022: 95 }
				}
				""");
		assertIssue(validateBun(text), text, IssueCodes.GOAL_INDICATOR_COUNT, WARNING,
				"Målet följs upp med 4 indikatorer; modellen anger 1 till 3 per mål på nivå nämnd.", "bun_m1");
	}

	@Test
	void oneToThreeIndicatorsAreFine() {
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_INDICATOR_COUNT);
		String three = bunPlan(GOOD_GOAL.replace("}\n}", """
				}
				  indikator bun_m1_i2 "Trygghet åk 8" { målvärde 2022: 90 }
				  indikator bun_m1_i3 "Trygghet i förskolan" { målvärde 2022: 95 }
				}"""));
		assertNoIssue(validateBun(three), IssueCodes.GOAL_INDICATOR_COUNT);
	}

	@Test
	void indicatorRangeStartingAtZeroIsStillChecked() {
		String text = file("""
				plan utbf_vp "Verksamhetsplan 2019" {
				  ägare utbf
				  period 2019
				  mål utbf_m1 "Alla elever har tillgång till en egen dator" {
				    målområde samhälle
				    indikator utbf_m1_i1 "Andel elever med egen dator" { målvärde 2019: 100 }
				    indikator utbf_m1_i2 "Antal elever per dator" { målvärde 2019: 1 }
				  }
				}
				""");
		String model = Fixture.MODEL.replace("    under nämnd\n", "    under nämnd\n    indikatorer 0 till 1 per mål\n");
		List<Issue> issues = new TestWorkspace().file("modell.styr", model).file("utbf.styr", text)
				.validate("utbf.styr");
		assertIssue(issues, text, IssueCodes.GOAL_INDICATOR_COUNT, WARNING,
				"Målet följs upp med 2 indikatorer; modellen anger 0 till 1 per mål på nivå förvaltning.", "utbf_m1");
	}

	// --- mått, där nivån inte anger antal indikatorer ---

	private static final String UTBF_PLAN = file("""
			plan utbf_vp "Verksamhetsplan 2019" {
			  ägare utbf
			  period 2019
			  mål utbf_m1 "Alla elever har tillgång till en egen dator" {
			    målområde samhälle
			  }
			}
			""");

	@Test
	void goalWithoutAnyMeasureIsAWarningWhereTheLevelSetsNoIndicatorCount() {
		List<Issue> issues = Fixture.workspace().file("utbf.styr", UTBF_PLAN).validate("utbf.styr");
		assertIssue(issues, UTBF_PLAN, IssueCodes.GOAL_WITHOUT_MEASURE, WARNING,
				"Målet 'utbf_m1' har inget mått, så måluppfyllelsen går inte att mäta: "
						+ "lägg till en indikator med målvärde.",
				"utbf_m1");
		assertNoIssue(issues, IssueCodes.GOAL_INDICATOR_COUNT);
	}

	@Test
	void goalWithAMeasureHasAMeasure() {
		String text = UTBF_PLAN.replace("målområde samhälle\n",
				"målområde samhälle\n    basmått utbf_m1_b1 \"Antal elevdatorer\"\n");
		assertNoIssue(Fixture.workspace().file("utbf.styr", text).validate("utbf.styr"),
				IssueCodes.GOAL_WITHOUT_MEASURE);
	}

	// --- handlingsord i titeln ---

	@Test
	void titlePhrasedAsAnActionIsAWarningOnTheTitle() {
		String text = bunPlan(GOOD_GOAL.replace("\"Barn och elever känner sig trygga i skolan\"",
				"\"Utveckla trygghetsarbetet i skolan\""));
		assertIssue(validateBun(text), text, IssueCodes.GOAL_TITLE_ACTION, WARNING,
				"Titeln börjar med 'Utveckla' och är formulerad som en aktivitet: formulera målet som ett önskat läge "
						+ "(det som ska uppnås) och beskriv arbetet som en 'aktivitet'.",
				"\"Utveckla trygghetsarbetet i skolan\"");
	}

	@Test
	void actionWordsOfTwoWordsAndAnyCaseAreFound() {
		String text = bunPlan(GOOD_GOAL.replace("\"Barn och elever känner sig trygga i skolan\"",
				"\"ta fram en trygghetsplan\""));
		assertIssue(validateBun(text), text, IssueCodes.GOAL_TITLE_ACTION, WARNING,
				"Titeln börjar med 'Ta fram' och är formulerad som en aktivitet: formulera målet som ett önskat läge "
						+ "(det som ska uppnås) och beskriv arbetet som en 'aktivitet'.",
				"\"ta fram en trygghetsplan\"");
	}

	@Test
	void titleThatOnlyStartsLikeAnActionWordIsADesiredState() {
		String text = bunPlan(GOOD_GOAL.replace("\"Barn och elever känner sig trygga i skolan\"",
				"\"Utvecklingen av elevernas trygghet går åt rätt håll\""));
		assertNoIssue(validateBun(text), IssueCodes.GOAL_TITLE_ACTION);
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_TITLE_ACTION);
	}

	@Test
	void theModelsOwnActionWordsReplaceTheDefaults() {
		String text = bunPlan(GOOD_GOAL + """
				mål bun_m2 "Verka för fler vuxna i skolan" {
				  målområde samhälle
				  leder till kf_m1
				  indikator bun_m2_i1 "Vuxna per elev" { målvärde 2022: 0,1 }
				}
				""").replace("\"Barn och elever känner sig trygga i skolan\"", "\"Utveckla trygghetsarbetet\"");
		List<Issue> issues = new TestWorkspace().file("modell.styr", Fixture.modelWith("handlingsord \"Verka för\""))
				.file("kf.styr", Fixture.KF).file("bun.styr", text).validate("bun.styr");
		assertIssue(issues, text, IssueCodes.GOAL_TITLE_ACTION, WARNING,
				"Titeln börjar med 'Verka för' och är formulerad som en aktivitet: formulera målet som ett önskat läge "
						+ "(det som ska uppnås) och beskriv arbetet som en 'aktivitet'.",
				"\"Verka för fler vuxna i skolan\"");
	}

	// --- beslutsrätt ---

	@Test
	void nämndmålInMedarbetareDecidedByTheCommitteeItselfIsAnError() {
		String text = bunPlan(GOOD_GOAL.replace("målområde samhälle", "målområde medarbetare")
				.replace("leder till kf_m1", "leder till kf_m2"));
		assertIssueAfter(validateBun(text), text, IssueCodes.GOAL_DECISION_RIGHT, ERROR,
				"I målområde medarbetare beslutas mål på den här nivån av ks, inte av bun: "
						+ "ange 'beslutas av ks' eller välj ett annat målområde.",
				"målområde medarbetare", "medarbetare");
	}

	@Test
	void nämndmålInMedarbetareDecidedByKsIsFine() {
		String text = bunPlan(GOOD_GOAL.replace("målområde samhälle", "målområde medarbetare\n  beslutas av ks")
				.replace("leder till kf_m1", "leder till kf_m2"));
		assertNoIssue(validateBun(text), IssueCodes.GOAL_DECISION_RIGHT);
		// The rule is for the level nämnd only: kf decides its own council goal in medarbetare.
		assertNoIssue(Fixture.withCouncilGoals().validate("kf.styr"), IssueCodes.GOAL_DECISION_RIGHT);
	}

	// --- Agenda 2030 ---

	private static final String KF_EXTRA = file("""
			plan tillägg "Tilläggsbudget 2020" {
			  ägare kf
			  period 2020-2022
			  mål kf_m3 "Företagen är nöjda med kommunens service" {
			    målområde samhälle
			    agenda2030 8.3
			    indikator kf_m3_i1 "Nöjd-Kund-Index, företag" { målvärde 2022: 75 }
			  }
			}
			""");

	private static List<Issue> validateKfExtra(String text) {
		return Fixture.withCouncilGoals().file("kf2.styr", text).validate("kf2.styr");
	}

	@Test
	void councilGoalWithoutAgenda2030IsAWarning() {
		String text = KF_EXTRA.replace("    agenda2030 8.3\n", "");
		assertIssue(validateKfExtra(text), text, IssueCodes.GOAL_SDG_MISSING, WARNING,
				"Mål på nivå kommun ska visa sin koppling till Agenda 2030: "
						+ "lägg till 'agenda2030 <mål eller delmål>', till exempel 11.7.",
				"kf_m3");
	}

	@Test
	void councilGoalWithAgenda2030AndNämndmålWithoutAreFine() {
		Fixture.assertClean(validateKfExtra(KF_EXTRA));
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_SDG_MISSING);
	}

	@Test
	void agenda2030GoalAbove17IsAnError() {
		String text = KF_EXTRA.replace("agenda2030 8.3", "agenda2030 8.3, 18");
		assertIssueAfter(validateKfExtra(text), text, IssueCodes.GOAL_SDG_INVALID, ERROR,
				"'18' är inget av Agenda 2030:s mål: de globala målen är numrerade 1–17, delmålen som 11.7.",
				"8.3, ", "18");
	}

	@Test
	void agenda2030TargetOfGoalZeroIsAnError() {
		String text = KF_EXTRA.replace("agenda2030 8.3", "agenda2030 0.1");
		assertIssue(validateKfExtra(text), text, IssueCodes.GOAL_SDG_INVALID, ERROR,
				"'0.1' är inget av Agenda 2030:s mål: de globala målen är numrerade 1–17, delmålen som 11.7.",
				"0.1");
	}

	@Test
	void agenda2030GoalsAndTargetsFrom1To17AreFine() {
		String text = KF_EXTRA.replace("agenda2030 8.3", "agenda2030 1, 4.a, 11.7, 17");
		assertNoIssue(validateKfExtra(text), IssueCodes.GOAL_SDG_INVALID);
	}

	// --- SMART ---

	private static List<Issue> validateSmart(String name, String text) {
		return new TestWorkspace().file("modell.styr", Fixture.modelWith("kräver smarta mål"))
				.file("kf.styr", Fixture.KF).file(name, text).validate(name);
	}

	@Test
	void goalThatIsNotSmartIsAWarningNamingWhatIsMissing() {
		String text = file("""
				plan bun_ib "Internbudget" {
				  ägare bun
				  mål bun_m1 "Barn känner sig trygga" {
				    målområde samhälle
				    leder till kf_m1
				  }
				}
				""");
		assertIssue(validateSmart("bun.styr", text), text, IssueCodes.GOAL_NOT_SMART, WARNING,
				"Målet är inte SMART: det saknar en specifik formulering ('önskat läge' eller 'beskrivning'), "
						+ "mätbarhet (en indikator med målvärde), en tidsättning ('period' på målet eller planen).",
				"bun_m1");
	}

	@Test
	void goalWithoutOwnerIsNotAccepted() {
		String text = file("""
				mål lösa_m1 "Barn känner sig trygga" {
				  nivå nämnd
				  målområde samhälle
				  leder till kf_m1
				  önskat läge "Alla barn känner sig trygga i skolan och på vägen dit."
				  period 2019-2022
				  indikator lösa_m1_i1 "Andel trygga elever" { målvärde 2022: 90 }
				}
				""");
		assertIssue(validateSmart("mål.styr", text), text, IssueCodes.GOAL_NOT_SMART, WARNING,
				"Målet är inte SMART: det saknar en ägare som står för målet.", "lösa_m1");
	}

	@Test
	void goalWithDesiredStateOwnerTargetAndPeriodIsSmart() {
		String text = bunPlan(GOOD_GOAL.replace("leder till kf_m1",
				"leder till kf_m1\n  önskat läge \"Alla barn känner sig trygga i skolan och på vägen dit.\""));
		assertNoIssue(validateSmart("bun.styr", text), IssueCodes.GOAL_NOT_SMART);
		// Without "kräver smarta mål" in the model nothing is asked.
		assertNoIssue(validateBun(bunPlan(GOOD_GOAL)), IssueCodes.GOAL_NOT_SMART);
	}

	// --- Hela arbetsytan: antal mål per nivå och andel nämndmål per kommunmål ---

	private static final String KF_THREE_MORE = file("""
			plan tillägg "Tilläggsbudget 2020" {
			  ägare kf
			  mål kf_m3 "Företagen är nöjda med kommunens service" { målområde samhälle }
			  mål kf_m4 "Linköping har en ekonomi i balans" { målområde samhälle }
			  mål kf_m5 "Invånarna får snabba svar" { målområde samhälle }
			}
			""");

	private static final String KF_SIXTH = file("""
			plan extra "Extra ärende 2021" {
			  ägare kf
			  mål kf_m6 "Luften i Linköping är ren" { målområde samhälle }
			}
			""");

	@Test
	void moreCouncilGoalsThanTheModelAllowsIsAWarningOnEveryOne() {
		TestWorkspace workspace = Fixture.withCouncilGoals().file("kf2.styr", KF_THREE_MORE).file("kf3.styr", KF_SIXTH);
		assertIssue(workspace.validate("kf3.styr"), KF_SIXTH, IssueCodes.GOAL_TOO_MANY, WARNING,
				"Nivå kommun har 6 mål; modellen anger högst 5.", "kf_m6");
		Fixture.assertCount(workspace.validate("kf2.styr"), IssueCodes.GOAL_TOO_MANY, 3);
		Fixture.assertCount(workspace.validate("kf.styr"), IssueCodes.GOAL_TOO_MANY, 2);
	}

	@Test
	void asManyCouncilGoalsAsTheModelAllowsIsFine() {
		TestWorkspace workspace = Fixture.withCouncilGoals().file("kf2.styr", KF_THREE_MORE)
				.file("bun.styr", bunPlan(GOOD_GOAL));
		for (String name : workspace.names()) {
			assertNoIssue(workspace.validate(name), IssueCodes.GOAL_TOO_MANY);
		}
	}

	private static String nämndmål(String id, String parent) {
		return "mål " + id + " \"Mål " + id + "\" {\n  målområde samhälle\n  leder till " + parent + "\n  indikator "
				+ id + "_i1 \"Indikator\" { målvärde 2022: 1 }\n}\n";
	}

	private static String ksPlan(String elements) {
		return file("plan ks_ib \"Kommunstyrelsens internbudget 2019\" {\n  ägare ks\n  period 2019-2022\n"
				+ elements.indent(2) + "}\n");
	}

	@Test
	void councilGoalDrawingMoreThanItsShareOfNämndmålIsAWarningOnIt() {
		TestWorkspace workspace = Fixture.withCouncilGoals()
				.file("bun.styr", bunPlan(nämndmål("bun_m1", "kf_m1") + nämndmål("bun_m2", "kf_m1")))
				.file("ks.styr", ksPlan(nämndmål("ks_m1", "kf_m2")));
		List<Issue> issues = workspace.validate("kf.styr");
		assertIssue(issues, Fixture.KF, IssueCodes.GOAL_SHARE_OF_CHILDREN, WARNING,
				"2 av 3 mål på nivå nämnd (67 %) leder till detta mål; modellen anger högst 50 %. "
						+ "Fördela målen eller dela upp målet.",
				"kf_m1");
	}

	@Test
	void councilGoalDrawingExactlyItsShareIsFine() {
		TestWorkspace workspace = Fixture.withCouncilGoals()
				.file("bun.styr", bunPlan(nämndmål("bun_m1", "kf_m1") + nämndmål("bun_m2", "kf_m1")))
				.file("ks.styr", ksPlan(nämndmål("ks_m1", "kf_m2") + nämndmål("ks_m2", "kf_m2")));
		assertNoIssue(workspace.validate("kf.styr"), IssueCodes.GOAL_SHARE_OF_CHILDREN);
	}
}
