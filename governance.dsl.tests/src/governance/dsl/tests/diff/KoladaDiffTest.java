package governance.dsl.tests.diff;

import static governance.dsl.tests.diff.DiffTest.base;
import static governance.dsl.tests.diff.DiffTest.diff;
import static governance.dsl.tests.diff.DiffTest.edited;
import static governance.dsl.tests.diff.DiffTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import governance.dsl.diff.DiffFailure;
import governance.dsl.diff.JsonReport;

/** A reviewer sees when a Kolada id changes: a measure's KPI, the municipality's id, its jämförelsegrupper and their values. */
class KoladaDiffTest {

	private static Map<String, String> withSource(String kpi) {
		return edited("bun.styr", "      enhet %\n", "      enhet %\n      källa kolada \"" + kpi + "\"\n");
	}

	@Test
	void aMeasuresChangedKoladaIdIsShown() throws DiffFailure {
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 1.

				Barn- och ungdomsnämnden (bun)
				  ~ Indikator bun_i1 "Andel behöriga"
				      källa: kolada "N15419" → kolada "N15436"
				""", text(withSource("N15419"), withSource("N15436")));
	}

	@Test
	void aKoladaIdInTheJsonReport() throws Exception {
		JsonNode report = new ObjectMapper().readTree(JsonReport.render(diff(withSource("N15419"), withSource("N15436"))));
		JsonNode property = report.findParents("label").stream().filter(p -> "källa".equals(p.path("label").asText()))
				.findFirst().orElseThrow(() -> new AssertionError(report.toPrettyString()));
		assertEquals("kolada \"N15419\"", property.path("old").asText(), property.toPrettyString());
		assertEquals("kolada \"N15436\"", property.path("new").asText(), property.toPrettyString());
	}

	@Test
	void theMunicipalitysKoladaIdAndItsGroupsAreShown() throws DiffFailure {
		Map<String, String> before = edited("modell.styr", "  målområde medborgare", "  kolada \"0580\"\n  jämförelsegrupp \"G33908\" \"Liknande kommuner\"\n  målområde medborgare");
		Map<String, String> after = edited("modell.styr", "  målområde medborgare", "  kolada \"0581\"\n  jämförelsegrupp \"G33908\" \"Liknande kommuner, grundskola\"\n  jämförelsegrupp \"G12\" \"Storstäder\"\n  målområde medborgare");
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 1.

				Styrmodell, organisation och årshjul
				  ~ Styrmodell modell "Modell"
				      kommunens id i Kolada: 0580 → 0581
				      jämförelsegrupp G33908: Liknande kommuner → Liknande kommuner, grundskola
				      jämförelsegrupp G12: (inget) → Storstäder
				""", text(before, after));
	}

	@Test
	void aChangedComparisonValueIsShownApartFromTheOutcomes() throws DiffFailure {
		Map<String, String> before = edited("uppfoljning.styr", "  mål bun_m1 bedöms delvis\n",
				"  mål bun_m1 bedöms delvis\n  utfall bun_i1 2024: 81\n  jämförelsevärde bun_i1 2024: 84,2 grupp \"G33908\" fotnot \"Kolada N15419\"\n");
		before.put("modell.styr", before.get("modell.styr").replace("  målområde medborgare", "  jämförelsegrupp \"G33908\" \"Liknande kommuner\"\n  målområde medborgare"));
		Map<String, String> after = new java.util.LinkedHashMap<>(before);
		after.put("uppfoljning.styr", before.get("uppfoljning.styr").replace("84,2", "85"));
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 1.

				Barn- och ungdomsnämnden (bun)
				  ~ Uppföljning delår2024 "Delårsrapport augusti 2024"
				      Jämförelsevärde 2024 för Andel behöriga (bun_i1), grupp G33908: 84,2 (fotnot: Kolada N15419) → 85 (fotnot: Kolada N15419)
				""", text(before, after));
	}
}
