package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.formatting2.CanonicalText;

/** The formatter is canonical: the examples are already in its form, and formatting twice changes nothing. */
class FormatterTest {

	private static final CanonicalText CANONICAL = TestWorkspace.injector().getInstance(CanonicalText.class);

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void formattingTheExamplesChangesNothing(String example) {
		TestWorkspace workspace = TestWorkspace.example(example);
		for (String name : workspace.names()) {
			assertEquals(workspace.text(name), CANONICAL.of(workspace.resource(name)), name);
		}
	}

	@Test
	void valuesAsReportsPrintThemKeepTheirForm() {
		String written = "kommun test\n\nbasmått b1 \"Kostnad\" {\n  enhet tkr\n  utfall 2021:   2 390 *  fotnot *\"Exkl. bidrag.\"\n"
				+ "  utfall 2021-K1: Mindre än 600\n  utfall 2021-01: 205,0 kvinnor: –\n}\n";
		String expected = """
				kommun test

				basmått b1 "Kostnad" {
				  enhet tkr
				  utfall 2021: 2 390* fotnot * "Exkl. bidrag."
				  utfall 2021-K1: Mindre än 600
				  utfall 2021-01: 205,0 kvinnor: –
				}
				""";
		assertEquals(expected, format(written));
		assertEquals(expected, format(expected));
	}

	@Test
	void publishingDataInTheModelDefinitionGetsALineEachAndTheDateStaysTight() {
		String cramped = "kommun test\n\nstyrmodell m \"Modell\" { logotyp   \"bilder/logga.svg\" profilfärg \"#00606b\"\n"
				+ "webbplats \"https://www.kommun.se\"   publicerad    2024-09-30 }\n";
		String expected = """
				kommun test

				styrmodell m "Modell" {
				  logotyp "bilder/logga.svg"
				  profilfärg "#00606b"
				  webbplats "https://www.kommun.se"
				  publicerad 2024-09-30
				}
				""";
		assertEquals(expected, format(cramped));
		assertEquals(expected, format(expected));
	}

	@Test
	void comparisonGroupsAndValuesGetTheCanonicalLayout() {
		String cramped = "kommun test\nstyrmodell m \"M\" { kolada \"0580\" jämförelsegrupp   \"G33908\"\n\"Liknande kommuner\" }\n"
				+ "uppföljning u \"U\" {utfall i1 2021:78,3 jämförelsevärde i1 2021 :80,1 grupp\"G33908\" fotnot\"Kolada N15419\""
				+ " jämförelsevärde i1 2022:I.U. grupp \"G33908\"}";
		String expected = """
				kommun test

				styrmodell m "M" {
				  kolada "0580"
				  jämförelsegrupp "G33908" "Liknande kommuner"
				}

				uppföljning u "U" {
				  utfall i1 2021: 78,3
				  jämförelsevärde i1 2021: 80,1 grupp "G33908" fotnot "Kolada N15419"
				  jämförelsevärde i1 2022: I.U. grupp "G33908"
				}
				""";
		assertEquals(expected, format(cramped));
		assertEquals(expected, format(expected));
	}

	@Test
	void aForecastInBracketsKeepsItsBrackets() {
		String written = "kommun test\n\nbasmått b1 \"Kostnad\" {\n  utfall 2021: 74 ( prognos )\n  utfall 2022: 12\u00a0000 kr (prognos)\n}\n";
		String expected = "kommun test\n\nbasmått b1 \"Kostnad\" {\n  utfall 2021: 74 (prognos)\n  utfall 2022: 12\u00a0000 kr (prognos)\n}\n";
		assertEquals(expected, format(written));
		assertEquals(expected, format(expected));
	}

	@Test
	void aCrampedPlanGetsTheCanonicalLayout() {
		String cramped = "kommun   test  \"Testkommun\"\n"
				+ "plan p1 \"Plan\"{ägare kf period 2020-2022 mål m1 \"Alla   barn lär sig\" {målområde a\n\n\n"
				+ "indikator i1 \"Andel\"{enhet \"%\" målvärde 2022 :större än 74,5 kvinnor : 80 utfall 2021:I.U.}}}"
				+ "årshjul h \"Årshjul\" {januari till februari ks,kf:\"Bokslut\"}";
		String expected = """
				kommun test "Testkommun"

				plan p1 "Plan" {
				  ägare kf
				  period 2020-2022
				  mål m1 "Alla   barn lär sig" {
				    målområde a

				    indikator i1 "Andel" {
				      enhet "%"
				      målvärde 2022: större än 74,5 kvinnor: 80
				      utfall 2021: I.U.
				    }
				  }
				}

				årshjul h "Årshjul" {
				  januari till februari ks, kf: "Bokslut"
				}
				""";
		String formatted = format(cramped);
		assertEquals(expected, formatted);
		assertEquals(formatted, format(formatted), "formatting is idempotent");
	}

	@Test
	void commentsAndASingleBlankLineBetweenStatementsStay() {
		String text = """
				kommun test

				// Nämndens mål
				plan p1 "Plan" {
				  ägare kf // beslutad i november
				  period 2020

				  // Det första målet
				  mål m1 "Mål" {
				    /* Målvärdet är preliminärt. */
				    målområde a
				  }
				}
				""";
		assertEquals(text, format(text));
	}

	@Test
	void aBlankLineAfterACommentStays() {
		// Before: the comment was glued to the statement below it ("// Mål för 2020\n  mål m1").
		String text = """
				kommun test

				plan p1 "Plan" {
				  period 2020
				  // Mål för 2020, beslutade i november

				  mål m1 "Mål" {
				    målområde a
				  }
				}
				""";
		assertFormatted(text);
	}

	@Test
	void aCommentDirectlyAboveAStatementStaysOnIt() {
		String text = """
				kommun test

				plan p1 "Plan" {
				  period 2020
				  // Det första målet
				  mål m1 "Mål" {
				    målområde a
				  }
				}
				""";
		assertFormatted(text);
	}

	@Test
	void blankLinesBetweenSeveralCommentsStayOneEach() {
		String written = """
				kommun test

				plan p1 "Plan" {
				  period 2020


				  // Första stycket


				  // Andra stycket
				  // fortsätter här

				     mål m1 "Mål" {
				    målområde a
				  }
				}
				""";
		String expected = """
				kommun test

				plan p1 "Plan" {
				  period 2020

				  // Första stycket

				  // Andra stycket
				  // fortsätter här

				  mål m1 "Mål" {
				    målområde a
				  }
				}
				""";
		assertEquals(expected, format(written));
		assertFormatted(expected);
	}

	@Test
	void aTrailingCommentKeepsItsLineAndABlankLineAfterIt() {
		String text = """
				kommun test

				plan p1 "Plan" {
				  ägare kf // beslutad i november

				  period 2020 // preliminär
				  mål m1 "Mål" {
				    målområde a // eller b
				  }
				}
				""";
		assertFormatted(text);
	}

	@Test
	void aCommentAtTheEndOfABlockHasNoBlankLineBeforeTheBrace() {
		String written = """
				kommun test

				plan p1 "Plan" {
				  period 2020
				  mål m1 "Mål" {
				    målområde a
				    // fyll i målvärden

				  }
				  // sista raden

				}
				// slut på filen

				""";
		String expected = """
				kommun test

				plan p1 "Plan" {
				  period 2020
				  mål m1 "Mål" {
				    målområde a
				    // fyll i målvärden
				  }
				  // sista raden
				}
				// slut på filen
				""";
		assertEquals(expected, format(written));
		assertFormatted(expected);
	}

	@Test
	void aCommentBetweenTopLevelElementsKeepsItsBlankLines() {
		String text = """
				kommun test

				// Organisationen

				fullmäktige kf "Kommunfullmäktige"

				// Planen
				plan p1 "Plan" {
				  period 2020
				}
				""";
		assertFormatted(text);
	}

	/** Canonical text formats to itself, and formatting twice is formatting once. */
	private static void assertFormatted(String text) {
		String once = format(text);
		assertEquals(text, once);
		assertEquals(once, format(once), "formatting is idempotent");
	}

	@Test
	void formattingDoesNotChangeWhatTheFileMeans() {
		String text = "kommun test plan p1 \"P\" { period 2019-2022 mål m1 \"M\" { agenda2030 11.7, 4.a } }";
		String formatted = format(text);
		assertTrue(formatted.contains("agenda2030 11.7, 4.a"), formatted);
		assertTrue(formatted.contains("period 2019-2022"), formatted);
	}

	@Test
	void aPropertyWrittenTwiceKeepsItsTextInsteadOfCrashing() {
		// Before: a NullPointerException on the second "källa". The model holds one source, so the
		// formatter cannot place the first; the text stays as written until check's error is fixed.
		String written = "kommun test\n\nbasmått b1 \"Kostnad\" {\n  källa kolada   \"N1\"\n  källa scb \"N2\"\n}\n";
		assertEquals(written, format(written));
	}

	@Test
	void aLargeCrampedPlanGetsTheCanonicalLayout() {
		// Each '{' once searched the whole file for its '}': formatting grew with the square of the
		// file (10,000 goals took minutes). Here only the result is checked, on 2,000 nested goals.
		StringBuilder canonical = new StringBuilder("kommun test\n\nplan p \"Plan\" {\n  ägare kf\n");
		for (int i = 0; i < 2000; i++) {
			canonical.append("  mål m").append(i).append(" \"Mål ").append(i).append("\" {\n    målområde a\n")
					.append("    indikator i").append(i).append(" \"Andel\" {\n      målvärde 2022: 75\n    }\n  }\n");
		}
		String expected = canonical.append("}\n").toString();
		assertEquals(expected, format(expected.replaceAll("\\s*\n\\s*", " ")));
		assertEquals(expected, format(expected));
	}

	private static String format(String text) {
		TestWorkspace workspace = new TestWorkspace().file("f.styr", text);
		assertTrue(workspace.resource("f.styr").getErrors().isEmpty(), workspace.resource("f.styr").getErrors()::toString);
		return CANONICAL.of(workspace.resource("f.styr"));
	}
}
