package governance.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import governance.dsl.diff.DiffFailure;
import governance.dsl.diff.DiffResult;
import governance.dsl.diff.DiffResult.Ambition;
import governance.dsl.diff.DiffResult.Status;
import governance.dsl.diff.DiffSide;
import governance.dsl.diff.PlanDiff;
import governance.dsl.diff.TextReport;
import governance.dsl.diff.WordDiff;

/** The semantic diff of two versions of a plan: what a reviewer reads, for each kind of edit. */
public class DiffTest {

	static final String MODEL = """
			kommun test "Testkommun"

			styrmodell modell "Modell" {
			  nivå kommun "Kommunfullmäktige" {
			    mål "Kommunövergripande mål"
			  }
			  nivå nämnd "Nämnder" {
			    under kommun
			    mål "Nämndmål"
			  }
			  målområde medborgare "Medborgare"
			  bedömningsskala skala "Måluppfyllelse" {
			    uppfyllt "Uppfyllt"
			    delvis "Delvis uppfyllt"
			  }
			  uppföljningstillfälle delår "Delårsrapport augusti" månad augusti
			}

			fullmäktige kf "Kommunfullmäktige" nivå kommun
			nämnd bun "Barn- och ungdomsnämnden" nivå nämnd
			""";

	static final String KF = """
			kommun test

			plan kf_plan "Budget 2024" {
			  ägare kf
			  period 2024-2026
			  mål kf_m1 "Fler unga lyckas i skolan" {
			    målområde medborgare
			  }
			  mål kf_m2 "Hållbar ekonomi" {
			    målområde medborgare
			  }
			}
			""";

	static final String BUN = """
			kommun test

			plan bun_plan "Verksamhetsplan 2024" {
			  ägare bun
			  period 2024-2026
			  mål bun_m1 "Fler elever är behöriga" {
			    målområde medborgare
			    leder till kf_m1
			    beskrivning "Alla elever ska få det stöd de behöver för att nå kunskapskraven i alla ämnen och bli behöriga till gymnasiet."
			    indikator bun_i1 "Andel behöriga" {
			      enhet %
			      riktning högre
			      målvärde 2025: 90
			    }
			    indikator bun_i2 "Kostnad per elev" {
			      enhet tkr
			      riktning lägre
			      målvärde 2025: max 120
			    }
			  }
			}

			basmått bun_b1 "Antal elever" {
			  enhet st
			}
			""";

	static final String FOLLOW_UP = """
			kommun test

			uppföljning delår2024 "Delårsrapport augusti 2024" {
			  tillfälle delår
			  år 2024
			  ägare bun
			  mål bun_m1 bedöms delvis
			}
			""";

	static Map<String, String> base() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("modell.styr", MODEL);
		files.put("kf.styr", KF);
		files.put("bun.styr", BUN);
		files.put("uppfoljning.styr", FOLLOW_UP);
		return files;
	}

	static Map<String, String> edited(String file, String from, String to) {
		Map<String, String> files = base();
		String text = files.get(file);
		assertTrue(text.contains(from), from);
		files.put(file, text.replace(from, to));
		return files;
	}

	static DiffResult diff(Map<String, String> before, Map<String, String> after) throws DiffFailure {
		return PlanDiff.workspaces(DiffSide.of("före", before), DiffSide.of("efter", after));
	}

	static String text(Map<String, String> before, Map<String, String> after) throws DiffFailure {
		return TextReport.render(diff(before, after), false);
	}

	@Test
	void theSameVersionHasNoDifferences() throws DiffFailure {
		DiffResult result = diff(base(), base());
		assertTrue(result.isEmpty());
		assertEquals("Jämförelse: före → efter\nInga skillnader.\n", TextReport.render(result, false));
	}

	@Test
	void aChangedModelElementShowsItsWordingAfterTheTitleEvenBelowAComment() throws DiffFailure {
		Map<String, String> before = edited("modell.styr", "  uppföljningstillfälle delår",
				"  // Rapporten till fullmäktige.\n  uppföljningstillfälle delår");
		Map<String, String> after = edited("modell.styr", "  uppföljningstillfälle delår \"Delårsrapport augusti\" månad augusti",
				"  // Rapporten till fullmäktige.\n  uppföljningstillfälle delår \"Delårsrapport augusti\" månad september");
		assertTrue(TextReport.render(diff(before, after), false)
				.contains("      lydelse: månad augusti → månad september\n"), TextReport.render(diff(before, after), false));
	}

	@Test
	void layoutAndCommentsAreNoDifference() throws DiffFailure {
		Map<String, String> after = edited("bun.styr", "      målvärde 2025: 90\n", "      // ny kommentar\n      målvärde   2025:   90\n\n");
		assertTrue(diff(base(), after).isEmpty());
	}

	@Test
	void aLoweredTargetOnAHigherIsBetterIndicatorIsALoweredAmbition() throws DiffFailure {
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 1.

				Att granska först
				  Sänkta målvärden (lägre ambition):
				    Målvärde 2025 för Andel behöriga (bun_i1): 90 % → 85 %

				Barn- och ungdomsnämnden (bun)
				  ~ Indikator bun_i1 "Andel behöriga"
				      Målvärde 2025: 90 % → 85 % (sänkt ambition)
				""", text(base(), edited("bun.styr", "målvärde 2025: 90", "målvärde 2025: 85")));
	}

	@Test
	void aHigherMaxOnALowerIsBetterIndicatorIsALoweredAmbition() throws DiffFailure {
		DiffResult higher = diff(base(), edited("bun.styr", "max 120", "max 130"));
		assertEquals(1, higher.summary().targetsLowered().size());
		assertEquals("Målvärde 2025", higher.summary().targetsLowered().get(0).change().label());
		assertEquals(List.of(), higher.summary().targetsRaised());
		DiffResult lower = diff(base(), edited("bun.styr", "max 120", "max 110"));
		assertEquals(1, lower.summary().targetsRaised().size());
		assertEquals("max 110 tkr", lower.summary().targetsRaised().get(0).change().after());
	}

	@Test
	void aPlainTargetFollowsTheIndicatorsDirection() throws DiffFailure {
		Map<String, String> before = edited("bun.styr", "max 120", "120");
		Map<String, String> after = new LinkedHashMap<>(before);
		after.put("bun.styr", before.get("bun.styr").replace("målvärde 2025: 120", "målvärde 2025: 100")
				.replace("målvärde 2025: 90", "målvärde 2025: 95"));
		DiffResult result = diff(before, after);
		// Lower cost on a lower-is-better indicator and a higher share on a higher-is-better one: both raised.
		assertEquals(List.of("Målvärde 2025 för Andel behöriga (bun_i1): 90 % → 95 %",
				"Målvärde 2025 för Kostnad per elev (bun_i2): 120 tkr → 100 tkr"),
				result.summary().targetsRaised().stream().map(n -> "Målvärde 2025 för " + n.element().title() + " (" + n.element().name() + "): " + n.change().before()
								+ " → " + n.change().after()).toList());
		assertEquals(List.of(), result.summary().targetsLowered());
	}

	@Test
	void aBoundThatChangesKindIsNotRanked() throws DiffFailure {
		DiffResult result = diff(base(), edited("bun.styr", "max 120", "minst 120"));
		assertEquals(List.of(), result.summary().targetsLowered());
		assertEquals(List.of(), result.summary().targetsRaised());
		assertNull(result.changes().get(0).properties().get(0).ambition());
	}

	@Test
	void aChangedParentIsNamedInThePlannersWords() throws DiffFailure {
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 1.

				Barn- och ungdomsnämnden (bun)
				  ~ Mål bun_m1 "Fler elever är behöriga"
				      leder till: kf_m1 → kf_m2
				""", text(base(), edited("bun.styr", "leder till kf_m1", "leder till kf_m2")));
	}

	@Test
	void anAddedAndARemovedGoalAreSummarisedByCommitteeAndLevel() throws DiffFailure {
		Map<String, String> after = edited("kf.styr", """
				  mål kf_m2 "Hållbar ekonomi" {
				    målområde medborgare
				  }
				""", """
				  mål kf_m3 "Trygg uppväxt" {
				    målområde medborgare
				    beskrivning "Ny"
				  }
				""");
		assertEquals("""
				Jämförelse: före → efter
				Tillagda: 1, borttagna: 1.

				Att granska först
				  Nya mål:
				    + kf_m3 "Trygg uppväxt" (Kommunfullmäktige, Kommunövergripande mål)
				  Borttagna mål:
				    - kf_m2 "Hållbar ekonomi" (Kommunfullmäktige, Kommunövergripande mål)

				Kommunfullmäktige (kf)
				  - Mål kf_m2 "Hållbar ekonomi"
				  + Mål kf_m3 "Trygg uppväxt"
				""", text(base(), after));
	}

	@Test
	void anElementMovedToAnotherFileIsMovedNotRemovedAndAdded() throws DiffFailure {
		Map<String, String> after = edited("bun.styr", """
				basmått bun_b1 "Antal elever" {
				  enhet st
				}
				""", "");
		after.put("matt.styr", "kommun test\n\nbasmått bun_b1 \"Antal elever\" {\n  enhet st\n}\n");
		DiffResult result = diff(base(), after);
		assertEquals(1, result.changes().size());
		assertEquals(Status.MOVED, result.changes().get(0).status());
		assertTrue(text(base(), after).endsWith("""
				Utan ägare
				  > Basmått bun_b1 "Antal elever": flyttad från bun.styr till matt.styr
				"""), text(base(), after));
	}

	@Test
	void reorderedElementsAreMoved() throws DiffFailure {
		String first = """
				    indikator bun_i1 "Andel behöriga" {
				      enhet %
				      riktning högre
				      målvärde 2025: 90
				    }
				""";
		Map<String, String> after = edited("bun.styr", first, "");
		after.put("bun.styr", after.get("bun.styr").replace("      målvärde 2025: max 120\n    }\n",
				"      målvärde 2025: max 120\n    }\n" + first));
		assertEquals("""
				Jämförelse: före → efter
				Flyttade: 1.

				Barn- och ungdomsnämnden (bun)
				  > Indikator bun_i1 "Andel behöriga": flyttad inom bun.styr
				""", text(base(), after));
	}

	@Test
	void aNewIdWithTheSameTitleAndContentIsARename() throws DiffFailure {
		DiffResult result = diff(base(), edited("kf.styr", "mål kf_m2 ", "mål kf_ekonomi "));
		assertEquals(1, result.changes().size());
		assertEquals(Status.RENAMED, result.changes().get(0).status());
		assertEquals("""
				Jämförelse: före → efter
				Nytt id: 1.

				Kommunfullmäktige (kf)
				  > Mål kf_ekonomi "Hållbar ekonomi": nytt id, tidigare kf_m2
				""", TextReport.render(result, false));
	}

	@Test
	void aChangedAssessmentIsSummarised() throws DiffFailure {
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 1.

				Att granska först
				  Ändrade bedömningar:
				    Bedömning av Fler elever är behöriga (bun_m1) i Delårsrapport augusti 2024: Delvis uppfyllt → Uppfyllt

				Barn- och ungdomsnämnden (bun)
				  ~ Uppföljning delår2024 "Delårsrapport augusti 2024"
				      Bedömning av Fler elever är behöriga (bun_m1): Delvis uppfyllt → Uppfyllt
				""", text(base(), edited("uppfoljning.styr", "bedöms delvis", "bedöms uppfyllt")));
	}

	@Test
	void aLongTextIsDiffedWordByWord() throws DiffFailure {
		Map<String, String> after = edited("bun.styr", "för att nå kunskapskraven", "för att klara kunskapskraven");
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 1.

				Barn- och ungdomsnämnden (bun)
				  ~ Mål bun_m1 "Fler elever är behöriga"
				      beskrivning, ändrade ord: … de behöver för att [-nå-] {+klara+} kunskapskraven i alla ämnen …
				""", text(base(), after));
	}

	@Test
	void aTargetRemovedLeavesTheIndicatorWithoutTarget() throws DiffFailure {
		DiffResult result = diff(base(), edited("bun.styr", "      målvärde 2025: 90\n", ""));
		assertEquals(List.of("bun_i1"), result.summary().measuresWithoutTarget().stream().map(e -> e.name()).toList());
		assertEquals("Målvärde 2025: 90 % → (inget)",
				TextReport.render(result, false).lines().filter(l -> l.contains("Målvärde 2025:")).findFirst().orElseThrow()
						.strip());
	}

	@Test
	void anAddedFollowUpIsAnAddedElement() throws DiffFailure {
		Map<String, String> after = base();
		after.put("uppfoljning-2025.styr", FOLLOW_UP.replace("delår2024 \"Delårsrapport augusti 2024\"",
				"delår2025 \"Delårsrapport augusti 2025\"").replace("år 2024", "år 2025"));
		DiffResult result = diff(base(), after);
		assertEquals(1, result.changes().size());
		assertEquals(Status.ADDED, result.changes().get(0).status());
		assertEquals("followUp", result.changes().get(0).after().kind());
	}

	@Test
	void aSideWithASyntaxErrorIsComparedAsFarAsItParsedWithAWarning() throws DiffFailure {
		DiffResult result = diff(base(), edited("bun.styr", "      målvärde 2025: 90\n", "      målvärde 2025: 85\n      målvärde 2026 90\n"));
		assertEquals(1, result.warnings().size(), result.warnings().toString());
		assertTrue(result.warnings().get(0).startsWith("efter: bun.styr:"), result.warnings().toString());
		assertEquals(1, result.summary().targetsLowered().size());
		String text = TextReport.render(result, false);
		assertTrue(text.startsWith("Jämförelse: före → efter\nVarning: 1 fel på sidorna. Jämförelsen gäller det som gick "
				+ "att läsa; rätta felen och jämför igen:\n  efter: bun.styr:"), text);
	}

	@Test
	void aSideWithABrokenReferenceIsComparedWithAWarningNamingFileAndLine() throws DiffFailure {
		DiffResult result = diff(base(), edited("bun.styr", "leder till kf_m1", "leder till kf_m9"));
		assertEquals(1, result.warnings().size());
		assertTrue(result.warnings().get(0).startsWith("efter: bun.styr:8:16: error: Målet 'kf_m9' finns inte."),
				result.warnings().toString());
		assertTrue(TextReport.render(result, false).contains("leder till: kf_m1 → kf_m9"), TextReport.render(result, false));
	}

	@Test
	void singleFilesAreComparedWithoutTheRestOfTheWorkspace() throws DiffFailure {
		DiffResult result = PlanDiff.files(DiffSide.of("a", Map.of("bun.styr", BUN)),
				DiffSide.of("b", Map.of("bun.styr", BUN.replace("målvärde 2025: 90", "målvärde 2025: 85"))));
		assertEquals(1, result.summary().targetsLowered().size());
		// Without the model, the group is the owner as written.
		assertEquals("bun", result.changes().get(0).after().group().title());
	}

	@Test
	void wordDiffKeepsWhatIsCommon() {
		assertEquals(List.of(new WordDiff.Part(WordDiff.Op.SAME, "a b"), new WordDiff.Part(WordDiff.Op.REMOVED, "c"),
				new WordDiff.Part(WordDiff.Op.ADDED, "x y"), new WordDiff.Part(WordDiff.Op.SAME, "d")),
				WordDiff.diff("a b c d", "a b x y d"));
		assertFalse(WordDiff.isLong("kort text", "kort text här"));
	}
}
