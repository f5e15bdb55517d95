package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import governance.dsl.model.GovernanceView;
import governance.dsl.model.Responsibility;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.tests.TestWorkspace;

/**
 * The one rule of who answers for what: a committee answers for its own goals, measures, assignments and
 * activities and for those of its förvaltning and the verksamheter under it, never for another committee's.
 */
class ResponsibilityTest {

	private static final String MODEL = """
			kommun k "Kommunen"

			fullmäktige kf "Kommunfullmäktige"
			styrelse ks "Kommunstyrelsen" under kf
			utskott ksau "Arbetsutskottet" under ks
			nämnd bun "Barn- och utbildningsnämnden" under kf
			förvaltning buf "Barn- och utbildningsförvaltningen" under bun
			verksamhet skola "Grundskola" under buf
			enhet norra "Norra skolan" under skola
			nämnd sn "Socialnämnden" under kf
			bolag bostad "Bostadsbolaget" under kf
			förvaltning fri "Förvaltning utan nämnd"

			plan kf_plan "Kommunens plan" {
			  ägare kf
			  mål kf_m1 "Kommunmål" {
			    indikator kf_i1 "Kommunindikator"
			  }
			  uppdrag kf_u1 "Uppdrag till barn- och utbildningsnämnden" {
			    från kf
			    till bun
			  }
			  utvecklingsuppdrag kf_u2 "Uppdrag till alla nämnder" {
			    från kf
			    till alla
			  }
			  aktivitet kf_a1 "Aktivitet i kommunens plan som förvaltningen utför" {
			    utförare buf
			  }
			}

			plan bun_plan "Nämndens plan" {
			  ägare bun
			  mål bun_m1 "Nämndmål"
			  basmått bun_b1 "Basmått utan mål"
			  aktivitet bun_a1 "Aktivitet som förvaltningen utför" {
			    utförare buf
			  }
			  nämnduppdrag bun_u1 "Uppdrag till förvaltningen" {
			    till "Förvaltningschefen"
			  }
			}

			plan skola_plan "Verksamhetsplan" {
			  ägare skola
			  mål skola_m1 "Verksamhetsmål" {
			    indikator skola_i1 "Verksamhetsindikator"
			  }
			  aktivitet skola_a1 "Aktivitet på enheten" {
			    utförare norra
			  }
			}

			plan sn_plan "Socialnämndens plan" {
			  ägare sn
			  mål sn_m1 "Socialnämndens mål"
			}

			aktivitet lös_a1 "Aktivitet utanför planer" {
			  utförare ksau
			}
			""";

	private static GovernanceView view() {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", MODEL);
		EcoreUtil.resolveAll(workspace.resourceSet());
		assertTrue(workspace.resource("modell.styr").getErrors().isEmpty(), workspace.resource("modell.styr").getErrors().toString());
		return GovernanceView.of(List.of(workspace.root("modell.styr"))).get("k");
	}

	private static Organisation organisation(GovernanceView view, String name) {
		return view.organisations().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Goal goal(GovernanceView view, String name) {
		return view.goals().stream().filter(g -> g.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void anElementNobodyHoldsBelongsToNoCommittee() {
		TestWorkspace workspace = new TestWorkspace().file("p.styr", "kommun k\nplan p \"Plan\" {\n  mål m \"Mål utan ägare\"\n  aktivitet a \"Aktivitet utan utförare\"\n}\n");
		EcoreUtil.resolveAll(workspace.resourceSet());
		GovernanceView view = GovernanceView.of(List.of(workspace.root("p.styr"))).get("k");
		assertEquals(null, Responsibility.committeeFor(view.goals().get(0)));
		assertEquals(List.of(), Responsibility.holders(view.activities().get(0)));
	}

	private static List<String> goals(GovernanceView view, String organisation) {
		return Responsibility.of(organisation(view, organisation), view.goals()).stream().map(Goal::getName).toList();
	}

	private static List<String> measures(GovernanceView view, String organisation) {
		return Responsibility.of(organisation(view, organisation), view.measures()).stream().map(Measure::getName).toList();
	}

	private static List<String> assignments(GovernanceView view, String organisation) {
		return Responsibility.of(organisation(view, organisation), view.assignments()).stream().map(Assignment::getName)
				.toList();
	}

	private static List<String> activities(GovernanceView view, String organisation) {
		return Responsibility.of(organisation(view, organisation), view.activities()).stream().map(Activity::getName)
				.toList();
	}

	@Test
	void aCommitteeAnswersForWhatItsFörvaltningAndVerksamheterHold() {
		GovernanceView view = view();
		assertEquals(List.of("bun_m1", "skola_m1"), goals(view, "bun"));
		assertEquals(List.of("bun_b1", "skola_i1"), measures(view, "bun"));
		assertEquals(List.of("kf_a1", "bun_a1", "skola_a1"), activities(view, "bun"),
				"the activities its förvaltning carries out, in any plan, and those of its verksamheter");
		assertEquals(List.of("kf_u1", "kf_u2", "bun_u1"), assignments(view, "bun"));
	}

	@Test
	void anOrganisationBelowAnswersForItselfAndWhatLiesUnderIt() {
		GovernanceView view = view();
		assertEquals(List.of("kf_a1", "bun_a1", "skola_a1"), activities(view, "buf"));
		assertEquals(List.of("skola_m1"), goals(view, "skola"));
		assertEquals(List.of("skola_a1"), activities(view, "skola"));
		assertEquals(List.of("skola_a1"), activities(view, "norra"));
		assertEquals(List.of(), goals(view, "norra"));
	}

	@Test
	void fullmäktigeDoesNotAnswerForTheCommitteesBelowIt() {
		GovernanceView view = view();
		assertEquals(List.of("kf_m1"), goals(view, "kf"));
		assertEquals(List.of("kf_i1"), measures(view, "kf"));
		assertEquals(List.of("kf_a1"), activities(view, "kf"), "the activity of its own plan, not the committees'");
		assertEquals(List.of("kf_u1", "kf_u2"), assignments(view, "kf"), "the assignments it gives");
		assertEquals(List.of("sn_m1"), goals(view, "sn"));
		assertEquals(List.of("kf_u2"), assignments(view, "sn"), "an assignment to all reaches every committee");
		assertEquals(List.of(), activities(view, "sn"));
	}

	@Test
	void anUtskottIsPartOfItsStyrelse() {
		GovernanceView view = view();
		assertEquals(List.of("lös_a1"), activities(view, "ks"));
		assertEquals(List.of("lös_a1"), activities(view, "ksau"));
	}

	@Test
	void theCommitteeAnOrganisationReportsThrough() {
		GovernanceView view = view();
		assertEquals("bun", Responsibility.committeeOf(organisation(view, "norra")).getName());
		assertEquals("bun", Responsibility.committeeOf(organisation(view, "bun")).getName());
		assertEquals("ks", Responsibility.committeeOf(organisation(view, "ksau")).getName());
		assertEquals("bostad", Responsibility.committeeOf(organisation(view, "bostad")).getName());
		assertEquals("fri", Responsibility.committeeOf(organisation(view, "fri")).getName(),
				"an organisation under no committee reports for itself");
		assertEquals("bun", Responsibility.committeeFor(goal(view, "skola_m1")).getName(), "a verksamhet's goal reports through its nämnd");
		assertEquals("kf", Responsibility.committeeFor(goal(view, "kf_m1")).getName());
		assertTrue(Responsibility.isWithin(organisation(view, "bun"), organisation(view, "norra")));
		assertFalse(Responsibility.isWithin(organisation(view, "kf"), organisation(view, "norra")));
		assertFalse(Responsibility.isWithin(organisation(view, "sn"), organisation(view, "buf")));
	}
}
