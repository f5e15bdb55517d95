package governance.dsl.tests.generator;

import static governance.dsl.tests.generator.HandbookTest.dom;
import static governance.dsl.tests.generator.HandbookTest.handbook;
import static governance.dsl.tests.generator.HandbookTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import governance.dsl.tests.TestWorkspace;

/**
 * A jämförelsegrupp's averages on the indicator page: a line of their own in the chart and a column
 * in the table, beside the municipality's series, which alone is judged against the målvärde.
 */
class ComparisonHandbookTest {

	static TestWorkspace workspace() {
		return model().file("uppfoljning.styr", FOLLOW_UP);
	}

	static final String FOLLOW_UP = """
			kommun k "Kommunen"

			uppföljning kolada_2021 "Utfall från Kolada 2021" {
			  utfall i1 2021: 71
			  jämförelsevärde i1 2020: 79,5 grupp "G33908"
			  jämförelsevärde i1 2021: 80,1 grupp "G33908" fotnot "Kolada N15419"
			  jämförelsevärde i1 2022: I.U. grupp "G33908"
			  jämförelsevärde i1 2022: 76 grupp "G12"
			}
			""";

	static TestWorkspace model() {
		return new TestWorkspace().file("modell.styr", """
				kommun k "Kommunen"

				styrmodell m "Modell" {
				  kolada "0580"
				  jämförelsegrupp "G33908" "Liknande kommuner <grundskola>"
				  jämförelsegrupp "G12" "Storstäder"
				}

				nämnd bun "Barn- och ungdomsnämnden"

				plan p "Plan" {
				  ägare bun
				  period 2020-2022
				  mål m1 "Alla elever lär sig" {
				    indikator i1 "Andel behöriga" {
				      enhet "%"
				      riktning högre
				      källa kolada "N15419"
				      målvärde 2021: större än 75
				      utfall 2020: 70
				    }
				  }
				}
				""");
	}

	@Test
	void theTableHasAColumnPerGroupBesideTheJudgedOutcomes() {
		TestWorkspace workspace = workspace();
		workspace.assertClean();
		Document page = dom(handbook(workspace), "matt-i1.html");
		Element table = page.selectFirst("table.varden");
		assertEquals(List.of("Period", "Uppgift", "Totalt", "Snitt: Liknande kommuner <grundskola>", "Snitt: Storstäder",
				"Jämfört med målvärdet"), table.select("th[scope=col]").eachText());
		List<List<String>> rows = table.select("tbody tr").stream()
				.map(tr -> tr.select("> th, > td").stream().map(Element::text).toList()).toList();
		assertEquals(List.of(
				List.of("2020", "Utfall", "70 %", "79,5", "", "○ inget jämförbart målvärde"),
				List.of("2021", "Målvärde", "större än 75 %", "", "", ""),
				// The municipality's own 71 is judged, not the group's 80,1 that would meet the målvärde.
				List.of("2021", "Utfall (Utfall från Kolada 2021)", "71 %", "80,1", "", "✖ inte uppnått"),
				List.of("2022", "Jämförelse", "", "I.U.", "76", "")), rows);
		assertTrue(page.select("dl.fakta").text().contains("71 %"), "the latest outcome is the municipality's");
		assertTrue(!page.select("dl.fakta").text().contains("80,1"), "the group's average is no outcome");
	}

	@Test
	void theChartDrawsEachGroupsAveragesBesideTheOutcomesAndTargets() {
		Map<String, String> handbook = handbook(workspace());
		Document page = dom(handbook, "matt-i1.html");
		Element svg = page.selectFirst("svg[role=img]");
		assertNotNull(svg.selectFirst("polyline.utfallslinje"), "the municipality's line stays");
		assertNotNull(svg.selectFirst("line.malvardeslinje"), "the målvärde stays");
		// G33908: two drawn years (2022 is I.U.), a line; G12: one year, a square without a line.
		assertEquals(1, svg.select("polyline.jamforelselinje").size());
		assertEquals(3, svg.select("rect.jamforelsepunkt").size());
		assertEquals("#4d4d4d", svg.selectFirst("polyline.jamforelselinje").attr("stroke"));
		// Drawn first, so that the municipality's own line and the målvärde lie over the groups'.
		List<String> order = svg.select("polyline, line.malvardeslinje").eachAttr("class");
		assertEquals(List.of("jamforelselinje", "malvardeslinje", "utfallslinje"), order);
		assertEquals(List.of("Snitt: Liknande kommuner <grundskola>", "Snitt: Storstäder"),
				svg.select("text.forklaring").eachText().stream().filter(t -> t.startsWith("Snitt")).toList());
		assertEquals("340", svg.attr("height"), "a legend row per group below the chart");
		String description = svg.selectFirst("desc").text();
		assertTrue(description.contains("Snitt för Liknande kommuner <grundskola> per år: 2020: 79,5; 2021: 80,1."), description);
		assertTrue(description.contains("Snitt för Storstäder per år: 2022: 76."), description);
		assertTrue(page.selectFirst("figcaption").text().contains("snittet för Storstäder (prickad linje, kvadrat)"),
				page.selectFirst("figcaption").text());
	}

	@Test
	void aMeasureWithoutComparisonValuesHasNoGroupColumnOrLine() {
		TestWorkspace workspace = model().file("uppfoljning.styr", """
				kommun k "Kommunen"

				uppföljning kolada_2021 "Utfall från Kolada 2021" {
				  utfall i1 2021: 71
				}
				""");
		Document page = dom(handbook(workspace), "matt-i1.html");
		assertTrue(texts(page, "table.varden th[scope=col]").stream().noneMatch(t -> t.startsWith("Snitt")));
		assertNull(page.selectFirst("svg .jamforelselinje, svg .jamforelsepunkt"));
		assertEquals("296", page.selectFirst("svg[role=img]").attr("height"));
	}
}
