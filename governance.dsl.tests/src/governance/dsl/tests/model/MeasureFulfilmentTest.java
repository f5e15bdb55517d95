package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.Test;

import governance.dsl.model.Fulfilment;
import governance.dsl.model.Fulfilment.Status;
import governance.dsl.model.GoalSuggestion;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.AssessmentScale;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.tests.TestWorkspace;

/** The fulfilment rules applied to a plan as written: which målvärde applies, and the model's label rules. */
class MeasureFulfilmentTest {

	private static final String PLAN = """
			kommun k
			basmått i "Väntetid" {
			  enhet dagar
			  riktning lägre
			  uppdelning kvinnor
			  målvärde 2019-2022: max 30
			  målvärde 2021: max 25 kvinnor: mindre än 20
			  målvärde 2026: max 10
			  utfall 2020: 28
			  utfall 2021: 26 kvinnor: 19
			  utfall 2021-03: 24
			  utfall 2024: 12
			  utfall 2022: I.U.
			}
			""";

	private static Measure measure() {
		TestWorkspace workspace = new TestWorkspace()
				.file("modell.styr", "kommun k\nstyrmodell m \"Modell\" { grupp kvinnor \"Kvinnor\" kön }\n")
				.file("plan.styr", PLAN);
		Resource resource = workspace.resource("plan.styr");
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		EcoreUtil2.resolveAll(resource);
		return EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Measure.class).get(0);
	}

	private static Fulfilment.Result result(Measure measure, String period, boolean women) {
		Outcome outcome = measure.getOutcomes().stream().filter(o -> o.getPeriod().equals(period)).findFirst().get();
		return women
				? MeasureFulfilment.evaluate(measure, Period.parse(period), outcome.getSplits().get(0).getGroup(),
						outcome.getSplits().get(0).getValue())
				: MeasureFulfilment.evaluate(measure, Period.parse(period), null, outcome.getValue());
	}

	@Test
	void theNarrowestTargetCoveringThePeriodAppliesAndNoOther() {
		Measure measure = measure();
		assertEquals("2019-2022", MeasureFulfilment.targetFor(measure, Period.parse("2020")).get().getPeriod());
		assertEquals("2021", MeasureFulfilment.targetFor(measure, Period.parse("2021")).get().getPeriod());
		assertEquals("2021", MeasureFulfilment.targetFor(measure, Period.parse("2021-03")).get().getPeriod());
		// A 2026 target is never compared with a 2024 outcome.
		assertTrue(MeasureFulfilment.targetFor(measure, Period.parse("2024")).isEmpty());

		assertEquals(Status.REACHED, result(measure, "2020", false).status());
		assertEquals(new java.math.BigDecimal("2"), result(measure, "2020", false).distance());
		assertEquals(Status.NOT_REACHED, result(measure, "2021", false).status());
		assertEquals(new java.math.BigDecimal("-1"), result(measure, "2021", false).distance());
		assertEquals(Status.REACHED, result(measure, "2021", true).status());
		assertEquals(Status.REACHED, result(measure, "2021-03", false).status());
		assertEquals(Status.NO_COMPARABLE_TARGET, result(measure, "2024", false).status());
		assertEquals(Status.NO_OUTCOME, result(measure, "2022", false).status());
	}

	@Test
	void theModelsLabelRulesSuggestAnAssessmentInTheScalesOrder() {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", """
				kommun k
				styrmodell m "Modell" {
				  bedömningsskala s "Skala" {
				    uppfyllt "Uppfyllt" när alla mått når målvärdet
				    delvis "Delvis" när alla mått når målvärdet inom 5 % när minst 50 % av måtten når målvärdet
				    ej_uppfyllt "Ej uppfyllt" när inget mått når målvärdet
				    ej_bedömt "Ej bedömt" ej bedömt när alla mått saknar utfall
				  }
				}
				""");
		Resource resource = workspace.resource("modell.styr");
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		AssessmentScale scale = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), AssessmentScale.class).get(0);
		List<GoalSuggestion.LabelRule> rules = MeasureFulfilment.rules(scale.getLabels());
		assertEquals(5, rules.size());

		Fulfilment.Result reached = Fulfilment.evaluate(Fulfilment.TargetSpec.of(null, new java.math.BigDecimal(80)),
				governance.dsl.styrmodell.Direction.HIGHER, Fulfilment.OutcomeSpec.of(new java.math.BigDecimal(82)));
		Fulfilment.Result nearly = Fulfilment.evaluate(Fulfilment.TargetSpec.of(null, new java.math.BigDecimal(80)),
				governance.dsl.styrmodell.Direction.HIGHER, Fulfilment.OutcomeSpec.of(new java.math.BigDecimal(77)));
		Fulfilment.Result far = Fulfilment.evaluate(Fulfilment.TargetSpec.of(null, new java.math.BigDecimal(80)),
				governance.dsl.styrmodell.Direction.HIGHER, Fulfilment.OutcomeSpec.of(new java.math.BigDecimal(50)));
		Fulfilment.Result missing = Fulfilment.evaluate(Fulfilment.TargetSpec.of(null, new java.math.BigDecimal(80)),
				governance.dsl.styrmodell.Direction.HIGHER, Fulfilment.OutcomeSpec.missing());

		assertEquals("uppfyllt", GoalSuggestion.suggest(rules, List.of(reached, reached)).label().get());
		assertEquals("delvis", GoalSuggestion.suggest(rules, List.of(reached, nearly)).label().get());
		assertEquals("delvis", GoalSuggestion.suggest(rules, List.of(reached, far)).label().get());
		assertEquals("ej_uppfyllt", GoalSuggestion.suggest(rules, List.of(far, far, missing)).label().get());
		assertEquals("ej_bedömt", GoalSuggestion.suggest(rules, List.of(missing)).label().get());
	}
}
