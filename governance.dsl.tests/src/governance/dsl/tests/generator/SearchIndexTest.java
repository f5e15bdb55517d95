package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import governance.dsl.generator.html.SearchPage;
import governance.dsl.model.GovernanceView;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.AnnualCycle;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Vision;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Term;
import governance.dsl.tests.TestWorkspace;

/**
 * The handbook's search: an entry for every element with a title, each landing on the page that shows
 * it, and text compared without regard to case or diacritics ("hemtjanst" finds "Hemtjänst").
 */
class SearchIndexTest {

	/** One entry of search-index.js. */
	record Entry(String kind, String title, String url, String haystack) {
	}

	static List<Entry> index(Map<String, String> handbook) throws IOException {
		String script = handbook.get("search-index.js");
		String prefix = "window.STYRMODELL_SOK = ";
		assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), "a script that sets one object");
		JsonNode data = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
		List<Entry> entries = new ArrayList<>();
		data.get("poster").forEach(e -> entries.add(new Entry(e.get("typ").asText(), e.get("titel").asText(),
				e.get("url").asText(), e.get("sok").asText())));
		for (Entry entry : entries) {
			assertTrue(data.get("texter").hasNonNull(entry.kind()), "a label for the kind " + entry.kind());
		}
		return entries;
	}

	/** What search.js does: every word of the normalised query lies in the entry's normalised text. */
	static List<String> search(List<Entry> index, String query) {
		List<String> words = Arrays.stream(SearchPage.normalise(query).split(" ")).filter(w -> !w.isEmpty()).toList();
		return index.stream().filter(e -> words.stream().allMatch(e.haystack()::contains)).map(Entry::title).toList();
	}

	@Test
	void textIsComparedWithoutCaseOrDiacritics() {
		assertEquals("hemtjanst", SearchPage.normalise("Hemtjänst"));
		assertEquals("aao aao e u", SearchPage.normalise("ÅÄÖ  åäö\n é Ü"));
		assertEquals(SearchPage.normalise("hemtjanst"), SearchPage.normalise("HEMTJÄNST"));
		assertEquals("", SearchPage.normalise(null));
	}

	@ParameterizedTest
	@MethodSource("governance.dsl.tests.generator.HandbookTest#examples")
	void everyElementWithATitleIsFoundAndLands(String example) throws IOException {
		TestWorkspace workspace = TestWorkspace.example(example);
		Map<String, String> handbook = HandbookTest.handbook(workspace);
		GovernanceView view = HandbookTest.view(workspace);
		List<Entry> index = index(handbook);
		assertFound(index, "goal", view.goals().stream().map(Goal::getTitle).toList());
		assertFound(index, "measure", view.measures().stream().map(Measure::getTitle).toList());
		assertFound(index, "assignment", view.assignments().stream().map(Assignment::getTitle).toList());
		assertFound(index, "activity", view.activities().stream().map(Activity::getTitle).toList());
		assertFound(index, "document", view.documents().stream().map(GoverningDocument::getTitle).toList());
		assertFound(index, "vision", view.visions().stream().map(Vision::getTitle).toList());
		assertFound(index, "followUp", view.followUps().stream().map(FollowUp::getTitle).toList());
		assertFound(index, "cycle", view.cycles().stream().map(AnnualCycle::getTitle).toList());
		if (view.definition() != null) {
			assertFound(index, "term", view.terms().stream().map(Term::getTitle).toList());
		}
		for (Entry entry : index) {
			String file = entry.url().contains("#") ? entry.url().substring(0, entry.url().indexOf('#')) : entry.url();
			assertTrue(handbook.containsKey(file), entry + " lands on a page");
			if (entry.url().contains("#")) {
				String anchor = entry.url().substring(entry.url().indexOf('#') + 1);
				assertTrue(HandbookTest.dom(handbook, file).getElementById(anchor) != null, entry + " lands on its anchor");
			}
			assertEquals(SearchPage.normalise(entry.haystack()), entry.haystack(), "the index holds normalised text");
			assertTrue(entry.haystack().contains(SearchPage.normalise(entry.title())), entry + ": found by its title");
		}
	}

	@Test
	void hemtjanstFindsHemtjänst() {
		Map<String, String> handbook = HandbookTest.handbook(TestWorkspace.example("linkoping"));
		List<String> hits;
		try {
			hits = search(index(handbook), "hemtjanst");
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		assertTrue(hits.contains("Andel brukare som är nöjda med sin hemtjänst"), hits.toString());
		List<String> vanersborg;
		try {
			vanersborg = search(index(HandbookTest.handbook(TestWorkspace.example("vanersborg"))), "ALDRE MED hemtjanst");
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		assertTrue(vanersborg.contains("Äldre med hemtjänst kan påverka hur hjälpen utförs"), vanersborg.toString());
	}

	private static void assertFound(List<Entry> index, String kind, List<String> titles) {
		List<String> indexed = index.stream().filter(e -> e.kind().equals(kind)).map(Entry::title).toList();
		for (String title : titles) {
			assertTrue(indexed.contains(HandbookTest.prose(title)), kind + " " + title + " in the index");
		}
	}
}
