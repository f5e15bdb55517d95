package governance.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import governance.dsl.tests.IssueAssertions;
import governance.dsl.tests.TestWorkspace;

/**
 * A compact Linköping-like model definition that the rule tests share, and a few helpers. The
 * model has two goal levels with rules (kommun: at most 5 goals, 1 to 3 indicators, Agenda 2030;
 * nämnd: a parent goal is required, at most 50 % of the nämndmål per council goal), a third level
 * without rules, two målområden of which medarbetare lets only KS decide nämndmål, a scale with an
 * "ej bedömt" value, status words, groups split by sex, and the organisations kf, ks, bun, utbf.
 */
final class Fixture {

	private Fixture() {
	}

	static final String NOT_ASSESSED_LABEL = "ej_bedömt \"Ej bedömt\" färg \"grå\" ej bedömt";

	static final String MODEL = """
			kommun linkoping "Linköpings kommun"

			styrmodell linkopingsmodellen "Modell för mål- och verksamhetsstyrning" {
			  nivå kommun "Kommun" {
			    mål "Kommunövergripande mål"
			    högst 5 mål
			    indikatorer 1 till 3 per mål
			    kräver agenda2030
			  }
			  nivå nämnd "Styrelse och nämnd" {
			    under kommun
			    mål "Nämndmål"
			    indikatorer 1 till 3 per mål
			    kräver överordnat mål
			    högst 50 % per överordnat mål
			  }
			  nivå förvaltning "Förvaltning" {
			    under nämnd
			  }
			  målområde samhälle "Samhälle" {
			    fokus yttre
			  }
			  målområde medarbetare "Medarbetare" {
			    fokus inre
			    mål på nivå nämnd beslutas av ks
			  }
			  bedömningsskala måluppfyllelse "Bedömning av måluppfyllelse" {
			    uppfyllt "Uppfyllt" färg "grön" symbol "✔"
			    delvis "Delvis uppfyllt" färg "gul" symbol "◐"
			    ej_uppfyllt "Ej uppfyllt" färg "röd" symbol "✘"
			    ej_bedömt "Ej bedömt" färg "grå" ej bedömt
			  }
			  status genomfört "Genomfört" avslutad
			  status pågående "Pågående"
			  grupp kvinnor "Kvinnor" kön
			  grupp män "Män" kön
			  grupp unga "Unga 18–24 år"
			  uppföljningstillfälle delårsrapport "Delårsrapport" månad augusti
			}

			fullmäktige kf "Kommunfullmäktige" nivå kommun förkortning "KF"
			styrelse ks "Kommunstyrelsen" nivå nämnd under kf förkortning "KS"
			nämnd bun "Barn- och ungdomsnämnden" nivå nämnd under kf förkortning "BUN"
			förvaltning utbf "Utbildningsförvaltningen" nivå förvaltning under bun
			""";

	/** The model with more lines at the end of the styrmodell block, e.g. "kräver smarta mål". */
	static String modelWith(String... lines) {
		String extra = String.join("\n", lines.length == 0 ? new String[0] : lines);
		int end = MODEL.indexOf("\n}\n");
		return MODEL.substring(0, end) + "\n  " + extra.replace("\n", "\n  ") + MODEL.substring(end);
	}

	/** A council budget with two council goals, each well formed, to lead to or to assess. */
	static final String KF = """
			kommun linkoping "Linköpings kommun"
			plan budget "Budget 2019 med plan för 2020–2022" {
			  ägare kf
			  period 2019-2022
			  mål kf_m1 "Linköping är en trygg plats att bo i" {
			    målområde samhälle
			    agenda2030 11.7
			    indikator kf_m1_i1 "Andel trygga invånare" { målvärde 2022: 75 }
			  }
			  mål kf_m2 "Medarbetarna är friska och engagerade" {
			    målområde medarbetare
			    agenda2030 8
			    indikator kf_m2_i1 "Sjukfrånvaro" { målvärde 2022: mindre än 6 % }
			  }
			}
			""";

	/** A workspace with the model definition alone. */
	static TestWorkspace workspace() {
		return new TestWorkspace().file("modell.styr", MODEL);
	}

	/** A workspace with the model definition and the council budget. */
	static TestWorkspace withCouncilGoals() {
		return workspace().file("kf.styr", KF);
	}

	/** A file of the municipality: the header line and the given text. */
	static String file(String text) {
		return "kommun linkoping \"Linköpings kommun\"\n" + text;
	}

	/** A committee plan of bun for 2019-2022 around the given elements. */
	static String bunPlan(String elements) {
		return file("plan bun_ib \"Internbudget 2019\" {\n  ägare bun\n  period 2019-2022\n"
				+ elements.indent(2) + "}\n");
	}

	/**
	 * Asserts one issue with the code, underlining the first occurrence of {@code underlined} at or
	 * after the first occurrence of {@code anchor}.
	 */
	static Issue assertIssueAfter(List<Issue> issues, String text, String code, Severity severity, String message,
			String anchor, String underlined) {
		int anchorOffset = text.indexOf(anchor);
		assertTrue(anchorOffset >= 0, "no '" + anchor + "' in the text");
		int offset = text.indexOf(underlined, anchorOffset);
		assertTrue(offset >= 0, "no '" + underlined + "' after '" + anchor + "'");
		int occurrence = 0;
		for (int i = text.indexOf(underlined); i < offset; i = text.indexOf(underlined, i + 1)) {
			occurrence++;
		}
		return IssueAssertions.assertIssue(issues, text, code, severity, message, underlined, occurrence);
	}

	/** The issues with the code. */
	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** Asserts how many issues have the code. */
	static void assertCount(List<Issue> issues, String code, int expected) {
		assertEquals(expected, withCode(issues, code).size(), IssueAssertions.list(issues));
	}

	/** Asserts that the file has no error or warning at all: the "written correctly" baseline. */
	static void assertClean(List<Issue> issues) {
		IssueAssertions.assertNoIssues(issues);
	}
}
