package governance.dsl.tests.lsp;

import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Completion on the Linköping example: keywords, and references with their human titles. */
class CompletionTest extends LanguageServerTestBase {

	@BeforeEach
	void openLinkoping() {
		openExample("linkoping");
	}

	private List<CompletionItem> complete(String file, Position position) throws Exception {
		return languageServer.completion(new CompletionParams(document(file), position)).get().getRight().getItems();
	}

	/** "label — detail" per item, as the editor's list shows them. */
	private static List<String> shown(List<CompletionItem> items) {
		return items.stream().map(item -> item.getDetail() == null ? item.getLabel()
				: item.getLabel() + " — " + item.getDetail()).toList();
	}

	private static final List<String> COUNCIL_GOALS = List.of(
			"kf_m1 — Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i",
			"kf_m2 — Linköpingsborna är nöjda med kommunens välfärdstjänster och service",
			"kf_m3 — Linköpings kommun har en stabil och god ekonomi",
			"kf_m4 — Kommunens verksamheter är effektiva, tillgängliga och digitala",
			"kf_m5 — Linköpings kommun är en attraktiv arbetsgivare med engagerade medarbetare");

	@Test
	void aCommitteeGoalLeadsToTheCouncilGoalsWhichAreProposedByIdWithTheirTitles() throws Exception {
		openFile("bun.styr");
		// Only goals of the level above (kommun): not the committee's own goals, nor indicators.
		Assertions.assertEquals(COUNCIL_GOALS, shown(complete("bun.styr", positionOf("bun.styr", "leder till kf_m1", 0, 11))));
	}

	@Test
	void aTypedPrefixNarrowsTheProposalsAndTheEditReplacesIt() throws Exception {
		String text = text("bun.styr").replace("leder till kf_m1\n", "leder till kf_m\n");
		openWith("bun.styr", text);
		List<CompletionItem> items = complete("bun.styr", positionOf("bun.styr", "leder till kf_m", 0, 15));
		Assertions.assertEquals(COUNCIL_GOALS, shown(items));
		Assertions.assertEquals("[14:16 - 14:20]", show(items.get(0).getTextEdit().getLeft().getRange()));
	}

	@Test
	void anActivityIsOfferedPlanElementsOnceEachWithTitlesAlsoFromItsOwnFile() throws Exception {
		openFile("bun.styr");
		List<String> shown = shown(complete("bun.styr", positionOf("bun.styr", "bidrar till bun_m2", 0, 12)));
		assertTrue(shown.contains("bun_m2 — Alla elever når kunskapskraven och är behöriga till gymnasieskolan"), lines(shown));
		assertTrue(shown.contains("bun_nu1 — Analysera skillnaderna i studieresultat mellan flickor och pojkar"), lines(shown));
		assertTrue(shown.contains(COUNCIL_GOALS.get(0)), lines(shown));
		Assertions.assertEquals(shown.size(), shown.stream().distinct().count());
		assertTrue(shown.stream().noneMatch(item -> item.startsWith("linkoping.")), lines(shown));
	}

	@Test
	void anAssessmentProposesTheScaleOfTheModel() throws Exception {
		String file = "uppfoljning-delar-2019.styr";
		openFile(file);
		List<String> shown = shown(complete(file, positionOf(file, "mål kf_m1 bedöms delvis", 0, 17)));
		Assertions.assertEquals(List.of("delvis — Delvis uppfyllt", "ej_bedömt — Ej bedömt", "ej_uppfyllt — Ej uppfyllt",
				"uppfyllt — Uppfyllt"), shown);
	}

	@Test
	void keywordsOfAGoalBlockAreProposedOnAnEmptyLine() throws Exception {
		String text = text("bun.styr").replace("    leder till kf_m1\n", "    leder till kf_m1\n    \n");
		openWith("bun.styr", text);
		Position emptyLine = positionOf("bun.styr", "leder till kf_m1", 0, 0);
		List<String> labels = complete("bun.styr", new Position(emptyLine.getLine() + 1, 4)).stream()
				.map(CompletionItem::getLabel).toList();
		for (String keyword : List.of("målområde", "leder", "önskat", "indikator", "basmått", "agenda2030", "ansvarig")) {
			assertTrue(labels.contains(keyword), keyword + " in " + labels);
		}
	}
}
