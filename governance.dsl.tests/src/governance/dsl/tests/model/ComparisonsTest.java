package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import governance.dsl.kolada.KpiMetadata;
import governance.dsl.model.Comparisons;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.styrmodell.ComparisonValue;
import governance.dsl.styrmodell.Measure;
import governance.dsl.tests.TestWorkspace;

/** The jämförelsegrupper's averages beside a measure's series: by group and year, apart from the outcomes. */
class ComparisonsTest {

	private static GovernanceView view() {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", """
				kommun k

				styrmodell m "Modell" {
				  jämförelsegrupp "G2" "Andra"
				  jämförelsegrupp "G1" "Första"
				}

				plan p "Plan" {
				  period 2020-2022
				  indikator i1 "Andel" {
				    riktning högre
				    målvärde 2021: minst 75
				  }
				}
				""").file("a.styr", """
				kommun k

				uppföljning a "A" {
				  utfall i1 2021: 70
				  jämförelsevärde i1 2021: 80,10 grupp "G1"
				  jämförelsevärde i1 2020: I.U. grupp "G1"
				  jämförelsevärde i1 2021-K1: 99 grupp "G1"
				}
				""").file("b.styr", """
				kommun k

				uppföljning b "B" {
				  jämförelsevärde i1 2021: 81 grupp "G1"
				  jämförelsevärde i1 2022: 77 grupp " G2 "
				}
				""");
		EcoreUtil.resolveAll(workspace.resourceSet());
		return GovernanceView.of(workspace.names().stream().map(workspace::root).toList()).values().iterator().next();
	}

	@Test
	void seriesFollowTheModelsOrderOfGroupsAndYearsWithTheFirstFollowUpWinning() {
		GovernanceView view = view();
		Measure measure = view.measures().get(0);
		List<Comparisons.Series> series = Comparisons.of(view, measure);
		assertEquals(List.of("G2", "G1"), series.stream().map(Comparisons.Series::groupId).toList());
		assertEquals(List.of("Andra", "Första"), series.stream().map(Comparisons.Series::title).toList());
		assertEquals(List.of(2022), List.copyOf(series.get(0).byYear().keySet()));
		// 2021-K1 is no year (an error of its own) and stands in no series; 2021 from a.styr, not b.styr.
		assertEquals(List.of(2020, 2021), List.copyOf(series.get(1).byYear().keySet()));
		ComparisonValue first = series.get(1).byYear().get(2021);
		assertEquals(new BigDecimal("80.10"), Comparisons.number(first));
		assertEquals("80,10", Comparisons.text(first));
		ComparisonValue missing = series.get(1).byYear().get(2020);
		assertNull(Comparisons.number(missing));
		assertEquals("I.U.", Comparisons.text(missing));
	}

	@Test
	void aGroupsAverageIsNoOutcome() {
		GovernanceView view = view();
		Measure measure = view.measures().get(0);
		assertEquals(1, view.outcomes(measure).size(), "only the municipality's utfall");
		MeasureFulfilment.Standing standing = MeasureFulfilment.standing(measure, view.outcomes(measure));
		assertEquals(new BigDecimal("70"), governance.dsl.model.Values.numberOf(standing.outcome().getValue()));
	}

	@Test
	void groupIdsAndYears() {
		assertTrue(KpiMetadata.isGroupId("G33908"));
		assertTrue(KpiMetadata.isGroupId(" G1 "));
		assertFalse(KpiMetadata.isGroupId("33908"));
		assertFalse(KpiMetadata.isGroupId("N15419"));
		assertFalse(KpiMetadata.isGroupId("G"));
		assertFalse(KpiMetadata.isGroupId(null));
		GovernanceView view = view();
		List<ComparisonValue> values = view.followUps().get(0).getComparisons();
		assertEquals(2021, Comparisons.year(values.get(0)));
		assertNull(Comparisons.year(values.get(2)), "2021-K1 is no year");
		assertEquals("G2", Comparisons.groupId(view.followUps().get(1).getComparisons().get(1)));
	}
}
