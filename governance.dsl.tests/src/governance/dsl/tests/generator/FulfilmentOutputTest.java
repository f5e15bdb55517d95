package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import governance.dsl.generator.json.JsonGenerator;
import governance.dsl.tests.TestWorkspace;

/**
 * Computed fulfilment as the handbook and the JSON publish it: each utfall against the målvärde
 * for its period, for higher and lower is better and for max, minst and mellan; the goal's
 * suggestion from the model's rules beside the committee's own assessment.
 */
class FulfilmentOutputTest {

	static TestWorkspace workspace() {
		return new TestWorkspace().file("modell.styr", """
				kommun f "Fulfilmentkommunen"

				styrmodell m "Modell" {
				  nivå kommun "Kommun" {
				    mål "Kommunmål"
				  }
				  målområde a "Område"
				  bedömningsskala s "Skala" {
				    uppfyllt "Uppfyllt" symbol "✔" när alla mått når målvärdet
				    delvis "Delvis uppfyllt" symbol "◐" när något mått når målvärdet
				    ej_uppfyllt "Ej uppfyllt" symbol "✖" när inget mått når målvärdet
				    ej_bedömt "Ej bedömt" ej bedömt när alla mått saknar utfall
				  }
				  uppföljningstillfälle årsredovisning "Årsredovisning" månad februari året efter
				}

				fullmäktige kf "Kommunfullmäktige" nivå kommun
				""").file("plan.styr", """
				kommun f

				plan p "Plan" {
				  ägare kf
				  period 2019-2020
				  mål m1 "Ett mål med fem mått" {
				    målområde a
				    indikator i_högre "Högre är bättre" {
				      riktning högre
				      målvärde 2020: 80
				      utfall 2019: 70
				      utfall 2020-01: 60
				      utfall 2020: 85
				    }
				    indikator i_lägre "Lägre är bättre" {
				      riktning lägre
				      målvärde 2020: 10
				      utfall 2020: 12
				    }
				    indikator i_max "Högst 900 kr" {
				      målvärde 2020: max 900 kr
				      utfall 2020: 850 kr
				    }
				    indikator i_minst "Minst 80" {
				      riktning högre
				      målvärde 2020: minst 80
				      utfall 2020: 75
				    }
				    indikator i_mellan "Mellan 70 och 80" {
				      riktning intervall
				      målvärde 2020: mellan 70 och 80
				      utfall 2020: 75
				    }
				  }
				}
				""").file("uppfoljning.styr", """
				kommun f

				uppföljning år2020 "Årsredovisning 2020" {
				  tillfälle årsredovisning
				  år 2020
				  ägare kf
				  mål m1 bedöms uppfyllt
				}
				""");
	}

	@Test
	void theWorkspaceChecksWithoutErrors() {
		List<String> errors = new java.util.ArrayList<>();
		workspace().validateAll().forEach((name, issues) -> issues.stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.forEach(i -> errors.add(TestWorkspace.describe(name, i))));
		assertEquals(List.of(), errors);
	}

	@Test
	void everyUtfallRowShowsItsStatusWithSymbolAndText() {
		Map<String, String> handbook = HandbookTest.handbook(workspace());
		List<List<String>> higher = Tables.rows(handbook, "matt-i_hogre");
		assertEquals(List.of("2019", "Utfall", "70", "○ inget jämförbart målvärde"), higher.get(0),
				"a 2020 target is not compared with a 2019 outcome");
		assertEquals(List.of("januari 2020", "Utfall", "60", "✖ inte uppnått mot målvärdet för 2020"), higher.get(1));
		assertEquals(List.of("2020", "Målvärde", "80", ""), higher.get(2));
		assertEquals(List.of("2020", "Utfall", "85", "✔ uppnått"), higher.get(3));
		assertEquals("✖ inte uppnått", status(handbook, "matt-i_lagre"));
		assertEquals("✔ uppnått", status(handbook, "matt-i_max"));
		assertEquals("✖ inte uppnått", status(handbook, "matt-i_minst"));
		assertEquals("✔ uppnått", status(handbook, "matt-i_mellan"));
		org.jsoup.nodes.Element reached = org.jsoup.Jsoup.parse(handbook.get("matt-i_hogre.html"))
				.selectFirst("table.varden span.uppfyllelse-reached");
		assertEquals("✔", reached.selectFirst("span.symbol[aria-hidden=true]").text(), "a symbol beside the text, never colour alone");
		assertEquals("✔ uppnått", reached.text());
	}

	@Test
	void aGoalPageShowsEachMeasureAndTheSuggestionBesideTheDecision() {
		Map<String, String> handbook = HandbookTest.handbook(workspace());
		org.jsoup.nodes.Document goal = HandbookTest.dom(handbook, "mal-m1.html");
		org.jsoup.nodes.Element computed = goal.selectFirst("section[aria-labelledby=bedomning]");
		List<List<String>> rows = computed.select("tbody > tr").stream().map(tr -> tr.select("> th, > td").eachText()).toList();
		assertTrue(rows.stream().anyMatch(r -> r.subList(1, 4).equals(List.of("2020: 85", "2020: 80", "✔ uppnått"))),
				"the latest outcome, the target for its period, the status: " + rows);
		assertTrue(rows.stream().anyMatch(r -> r.subList(1, 4).equals(List.of("2020: 12", "2020: 10", "✖ inte uppnått"))), rows.toString());
		assertTrue(computed.text().contains("Förslag enligt modellens regler: ◐ Delvis uppfyllt. 3 av 5 mått med jämförbart målvärde når det (5 mått totalt)."),
				computed.text());
		assertTrue(computed.text().contains("Beslutad bedömning: ✔ Uppfyllt (Årsredovisning 2020)"),
				"the committee's own assessment stays, beside the suggestion");

		// Each indicator in brief under the goal, linked to its own page.
		org.jsoup.nodes.Element brief = goal.selectFirst("article#matt-i_hogre");
		assertEquals("matt-i_hogre.html", brief.selectFirst("h3 a").attr("href"));
		assertEquals(List.of("Senaste utfall", "Målvärde för perioden", "Beräknad uppfyllelse"), brief.select("dt").eachText());
		assertEquals(List.of("2020: 85", "2020: 80", "✔ uppnått"), brief.select("dd").eachText());

		assertTrue(HandbookTest.hasCells(HandbookTest.dom(handbook, "matt.html"), "2020: 850 kr", "2020: max 900 kr"),
				"the overview compares alike");
	}

	@Test
	void theJsonCarriesTheComputedFields() throws IOException {
		JsonNode document = new ObjectMapper().readTree(new JsonGenerator().generate(HandbookTest.view(workspace())));
		assertEquals(List.of(), JsonTest.schema().validate(document).stream().map(Object::toString).sorted().toList());
		JsonNode higher = ValueFormsTest.measure(document, "f.i_högre");
		assertEquals("no_comparable_target", higher.at("/outcomes/0/fulfilment/status").asText());
		assertTrue(higher.at("/outcomes/0/fulfilment/targetPeriod").isNull());
		assertEquals("Måttet har inget målvärde för utfallets period.", higher.at("/outcomes/0/fulfilment/reason").asText());
		assertEquals("not_reached", higher.at("/outcomes/1/fulfilment/status").asText());
		assertEquals("2020", higher.at("/outcomes/1/fulfilment/targetPeriod/text").asText(), "January against the year");
		assertDecimal("-20", higher.at("/outcomes/1/fulfilment/distance"));
		assertDecimal("-0.25", higher.at("/outcomes/1/fulfilment/relative"));
		assertEquals("reached", higher.at("/outcomes/2/fulfilment/status").asText());
		assertDecimal("5", higher.at("/outcomes/2/fulfilment/distance"));

		JsonNode lower = ValueFormsTest.measure(document, "f.i_lägre").at("/outcomes/0/fulfilment");
		assertEquals("not_reached", lower.get("status").asText());
		assertDecimal("-2", lower.get("distance"));
		JsonNode max = ValueFormsTest.measure(document, "f.i_max").at("/outcomes/0/fulfilment");
		assertEquals("reached", max.get("status").asText());
		assertDecimal("50", max.get("distance"));
		JsonNode minst = ValueFormsTest.measure(document, "f.i_minst").at("/outcomes/0/fulfilment");
		assertEquals("not_reached", minst.get("status").asText());
		assertDecimal("-5", minst.get("distance"));
		JsonNode between = ValueFormsTest.measure(document, "f.i_mellan").at("/outcomes/0/fulfilment");
		assertEquals("reached", between.get("status").asText());
		assertDecimal("5", between.get("distance"));
		assertFalse(between.get("forecast").asBoolean());

		JsonNode goal = document.get("goals").get(0).get("fulfilment");
		assertEquals("f.delvis", goal.get("suggestion").asText());
		assertTrue(goal.get("reason").isNull());
		assertEquals(3, goal.get("reached").asInt());
		assertEquals(5, goal.get("comparable").asInt());
		assertEquals(5, goal.get("total").asInt());
		assertEquals("f.i_högre", goal.at("/measures/0/measure").asText());
		assertEquals("2020", goal.at("/measures/0/period/text").asText(), "the year's outcome is the latest word");
		assertEquals("reached", goal.at("/measures/0/status").asText());
		assertEquals("f.uppfyllt", document.at("/followUps/0/assessments/0/label").asText(), "the decision is kept");
	}

	/** The status cell of the measure's last utfall row. */
	private static String status(Map<String, String> handbook, String measureId) {
		List<List<String>> rows = Tables.rows(handbook, measureId);
		List<String> last = rows.get(rows.size() - 1);
		assertEquals("Utfall", last.get(1));
		return last.get(last.size() - 1);
	}

	private static void assertDecimal(String expected, JsonNode actual) {
		assertTrue(actual.isNumber(), actual.toString());
		assertEquals(0, new BigDecimal(expected).compareTo(actual.decimalValue()), expected + " vs " + actual);
	}
}
