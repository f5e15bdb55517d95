package governance.dsl.tests.generator;

import static governance.dsl.tests.generator.HandbookTest.dom;
import static governance.dsl.tests.generator.HandbookTest.handbook;
import static governance.dsl.tests.generator.HandbookTest.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
import governance.dsl.model.Responsibility;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.tests.TestWorkspace;

/**
 * The handbook as a report: the start page answers "how are we doing" by målområde and committee and
 * names the follow-up each committee's figures come from; follow-up pages go committee by committee;
 * a committee page lists everything it answers for, by the same rule as its workbook; the årshjul says
 * in the wheel what happens. Read as DOM, on the examples and on small plans with the edge cases of
 * real documents.
 */
class HandbookReportTest {

	/** Two committees followed up at different points, one committee without goals, goals without assessment, area or owner. */
	private static final String MODEL = """
			kommun t "Testkommun"

			styrmodell m "Modell" {
			  nivå kommun "Kommun" {
			    mål "Kommunmål"
			  }
			  nivå nämnd "Nämnd" {
			    under kommun
			    mål "Nämndmål"
			  }
			  målområde x "Område X"
			  målområde y "Område Y"
			  bedömningsskala s "Skala" {
			    uppfyllt "Uppfyllt" betyder "Målet är nått" symbol "✔"
			    delvis "Delvis uppfyllt" symbol "◐"
			    ej_uppfyllt "Ej uppfyllt" symbol "✖"
			  }
			  status pågående "Pågående"
			  status klar "Klar" avslutad
			  uppföljningstillfälle delår "Delårsrapport" månad augusti
			  uppföljningstillfälle bokslut "Bokslut" månad februari året efter
			}

			fullmäktige kf "Kommunfullmäktige" nivå kommun förkortning "KF"
			nämnd a "Nämnd A" nivå nämnd under kf förkortning "NA"
			förvaltning af "Förvaltning A" under a
			nämnd b "Nämnd B" nivå nämnd under kf
			nämnd c "Nämnd C utan mål" nivå nämnd under kf

			plan kf_plan "Kommunens plan" {
			  ägare kf
			  period 2023-2024
			  mål kf_m1 "Kommunmålet" {
			    målområde x
			  }
			}

			plan a_plan "Nämnd A:s plan" {
			  ägare a
			  period 2023-2024
			  mål a_m1 "Nämnd A:s första mål" {
			    målområde x
			    leder till kf_m1
			    indikator a_i1 "Nämnd A:s indikator" {
			      riktning högre
			      målvärde 2024: 4
			    }
			  }
			  mål a_m2 "Nämnd A:s mål utan bedömning" {
			    målområde y
			    leder till kf_m1
			  }
			  aktivitet a_a1 "Aktivitet som förvaltningen utför" {
			    utförare af
			    bidrar till a_m1
			  }
			}

			plan af_plan "Förvaltningens plan" {
			  ägare af
			  aktivitet af_a1 "Förvaltningens egen aktivitet" {
			    bidrar till a_m2
			  }
			}

			plan b_plan "Nämnd B:s plan" {
			  ägare b
			  period 2023-2024
			  mål b_m1 "Nämnd B:s mål" {
			    målområde y
			    leder till kf_m1
			  }
			}
			""";

	private static final String FOLLOW_UPS_A = """
			kommun t

			uppföljning a_delår "Delårsrapport 2024 Nämnd A" {
			  tillfälle delår
			  år 2024
			  ägare a
			  sammanfattning "Halvåret gick enligt plan."
			  viktiga händelser "Ny förvaltningschef."
			  framåtblick "Hösten blir stram."
			  utfall a_i1 2024: 5
			  mål a_m1 bedöms uppfyllt analys "Indikatorn når målvärdet." åtgärder "Fortsätt som nu."
			  aktivitet a_a1 status pågående kommentar "Halvvägs."
			  aktivitet af_a1 status klar
			}
			""";

	private static final String FOLLOW_UPS_B = """
			kommun t

			uppföljning b_bokslut "Bokslut 2023 Nämnd B" {
			  tillfälle bokslut
			  år 2023
			  ägare b
			  samlad bedömning "Året blev svagt."
			  mål b_m1 bedöms ej_uppfyllt analys "Inte nått."
			}
			""";

	private static TestWorkspace clean(TestWorkspace workspace) {
		List<String> errors = new ArrayList<>();
		workspace.validateAll().forEach((name, issues) -> issues.stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.forEach(i -> errors.add(TestWorkspace.describe(name, i))));
		assertEquals(List.of(), errors, "the fixture has no errors");
		return workspace;
	}

	private static TestWorkspace fixture() {
		return clean(new TestWorkspace().file("modell.styr", MODEL).file("u-a.styr", FOLLOW_UPS_A).file("u-b.styr", FOLLOW_UPS_B));
	}

	private static Organisation organisation(GovernanceView view, String name) {
		return view.organisations().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
	}

	/** The cells of the overview matrix's row headed {@code row}, header cell first. */
	private static List<String> matrixRow(Document start, String row) {
		Element tr = start.select("table.lagesbild-matris tr").stream()
				.filter(r -> r.selectFirst("th[scope=row]") != null && r.selectFirst("th[scope=row]").text().equals(row)).findFirst()
				.orElseThrow(() -> new AssertionError("a row " + row + ": " + start.select("table.lagesbild-matris").outerHtml()));
		return tr.select("> th, > td").eachText();
	}

	@Test
	void theStartPageShowsEveryGoalsLatestAssessmentByAreaAndCommitteeAndWhereItComesFrom() {
		Document start = dom(handbook(fixture()), "index.html");
		Element overview = start.selectFirst("main > section.lagesbild");
		assertNotNull(overview, "the overview");
		assertEquals("main > h1", "main > " + overview.previousElementSibling().tagName(), "directly below the title");
		assertEquals("Så går det", overview.selectFirst("h2").text());
		assertEquals("1 av 4 mål bedöms som ”Uppfyllt” (målet är nått).", overview.selectFirst("p.lagesbild-rubrik > strong").text());
		assertEquals(List.of("✔ Uppfyllt 1", "✖ Ej uppfyllt 1", "? Ingen bedömning ännu 2"), overview.select("ul.lagesbild-summa > li").eachText());
		assertEquals("Senaste bedömningen av varje mål, per målområde och nämnd", overview.selectFirst("table.lagesbild-matris > caption").text());
		assertEquals(List.of("Målområde", "KF", "NA", "Nämnd B", "Totalt"), overview.select("table.lagesbild-matris thead th").eachText(),
				"a column per committee with goals; Nämnd C has none");
		assertEquals(List.of("Kommunfullmäktige", "Nämnd A"), overview.select("table.lagesbild-matris thead abbr").eachAttr("title"),
				"a short name where the model gives one, the whole name beside it");
		assertEquals("org-a.html", overview.selectFirst("table.lagesbild-matris thead a:has(abbr[title=Nämnd A])").attr("href"));
		assertEquals(List.of("Område X", "? 1 Ingen bedömning ännu", "✔ 1 Uppfyllt", "– inga mål", "✔ 1 Uppfyllt ? 1 Ingen bedömning ännu"),
				matrixRow(start, "Område X"));
		assertEquals(List.of("Område Y", "– inga mål", "? 1 Ingen bedömning ännu", "✖ 1 Ej uppfyllt", "✖ 1 Ej uppfyllt ? 1 Ingen bedömning ännu"),
				matrixRow(start, "Område Y"));
		assertEquals("✔ 1 Uppfyllt ✖ 1 Ej uppfyllt ? 2 Ingen bedömning ännu", matrixRow(start, "Totalt").get(4));
		assertEquals(List.of("✔", "?"), overview.select("table.lagesbild-matris tbody tr:first-child td:last-child span.symbol[aria-hidden=true]").eachText(),
				"the symbols are hidden from screen readers, which read the label");

		List<String> sources = overview.select("p.lagesbild-kallor span.kalla").eachText();
		assertEquals(List.of("Kommunfullmäktige: ingen uppföljning har bedömt målen.", "Nämnd A: Delårsrapport 2024 Nämnd A.",
				"Nämnd B: Bokslut 2023 Nämnd B."), sources, "each committee's follow-up, never one report for all");
		assertNotNull(overview.selectFirst("p.lagesbild-kallor a[href=uppfoljning.html#uf-b_bokslut]"));

		assertEquals("Indikatorernas status: senaste utfallet mot målvärdet",
				overview.selectFirst("table.lagesbild-indikatorer > caption").text());
		assertEquals(List.of("Beräknad status", "NA", "Totalt"), overview.select("table.lagesbild-indikatorer thead th").eachText(),
				"the committees with indicators, as in the matrix");
		assertEquals(List.of(List.of("✔ uppnått", "1", "1"), List.of("✖ inte uppnått", "0", "0"), List.of("– inget utfall", "0", "0"),
				List.of("○ inget jämförbart målvärde", "0", "0")),
				overview.select("table.lagesbild-indikatorer tbody tr").stream().map(tr -> tr.select("> th, > td").eachText()).toList());
		List<Element> sections = start.select("main > section");
		assertTrue(sections.indexOf(overview) < sections.indexOf(start.selectFirst("main > section[aria-labelledby=malomraden]")),
				"the areas come after");
	}

	@Test
	void aPlanWithoutFollowUpsSaysSoAndStillCountsItsGoals() {
		Document start = dom(handbook(clean(new TestWorkspace().file("modell.styr", MODEL))), "index.html");
		Element overview = start.selectFirst("section.lagesbild");
		assertEquals("Ingen uppföljning finns ännu, så ingen måluppfyllelse är bedömd.", overview.selectFirst("p").text());
		assertEquals("0 av 4 mål bedöms som ”Uppfyllt” (målet är nått).", overview.selectFirst("p.lagesbild-rubrik > strong").text());
		assertEquals(List.of("? Ingen bedömning ännu 4"), overview.select("ul.lagesbild-summa > li").eachText());
		assertEquals(List.of("– inget utfall", "1", "1"),
				overview.select("table.lagesbild-indikatorer tbody tr").get(2).select("> th, > td").eachText());

		Document empty = dom(handbook(clean(new TestWorkspace().file("p.styr", "kommun tom\nplan p \"Plan\" {\n}\n"))), "index.html");
		assertEquals("Planen har inga mål ännu, så det finns ingen måluppfyllelse att visa.",
				empty.selectFirst("section.lagesbild > p").text());
		assertNull(empty.selectFirst("table.lagesbild-matris"));
	}

	@Test
	void goalsWithoutOwnerOrAreaHaveTheirOwnColumnAndRow() {
		Document start = dom(handbook(clean(new TestWorkspace().file("p.styr", """
				kommun tom
				plan p "Plan" {
				  mål m1 "Mål utan ägare och område"
				}
				"""))), "index.html");
		assertEquals(List.of("Målområde", "Utan ägare", "Totalt"), start.select("table.lagesbild-matris thead th").eachText());
		assertEquals(List.of("Utan målområde", "? 1 Ingen bedömning ännu", "? 1 Ingen bedömning ännu"), matrixRow(start, "Utan målområde"));
		assertNull(start.selectFirst("p.lagesbild-rubrik > strong"), "no scale, no headline");
		assertEquals("0 av 1 mål har en bedömning i någon uppföljning; varje mål räknas med sin senaste.",
				start.selectFirst("p.lagesbild-rubrik").text());
	}

	@Test
	void aFollowUpPageGoesCommitteeByCommitteeWithAllItReports() {
		Document page = dom(handbook(fixture()), "uppfoljning.html");
		Element delår = page.selectFirst("section#uf-a_delar");
		assertEquals(List.of("Sammanfattning", "Viktiga händelser", "Framåtblick", "Måluppfyllelse", "Nämnd A"),
				delår.select("h3").eachText(), "the follow-up's own texts, then each committee");
		assertEquals("Halvåret gick enligt plan.", delår.selectFirst("h3:containsOwn(Sammanfattning) + p").text());
		Element part = delår.selectFirst("section.uppfoljning-del");
		assertEquals(List.of("Nämnd A:s första mål", "✔ Uppfyllt", "Indikatorn når målvärdet.", "Fortsätt som nu."),
				part.select("caption:containsOwn(Måluppfyllelse: Nämnd A) ~ tbody tr").first().select("> th, > td").eachText(),
				"assessment, analysis and åtgärder");
		assertEquals(List.of("Nämnd A:s indikator", "2024", "5", "4", "✔ uppnått"),
				part.select("caption:containsOwn(1 rapporterade utfall: Nämnd A) ~ tbody tr").first().select("> th, > td").eachText(),
				"every outcome with the målvärde for its period and the computed status");
		assertEquals("2 med status: 1 pågående, 1 klar.", part.selectFirst("p.statusantal").text(),
				"the activity of the förvaltning under Nämnd A counts with it");
		assertEquals(List.of("Aktivitet som förvaltningen utför", "Pågående", "Halvvägs."),
				part.select("caption:containsOwn(Aktiviteternas status) ~ tbody tr").first().select("> th, > td").eachText());

		Element bokslut = page.selectFirst("section#uf-b_bokslut");
		assertEquals(List.of("Samlad bedömning", "Måluppfyllelse", "Nämnd B"), bokslut.select("h3").eachText(),
				"the heading in the word the follow-up wrote");
		assertTrue(page.selectFirst("section#uf-b_bokslut ~ section#uf-a_delar") != null, "2023's bokslut before 2024's delår");
	}

	@Test
	void aCommitteePageListsWhatItsFörvaltningDoesAndACommitteeWithoutGoalsSaysSo() {
		TestWorkspace workspace = fixture();
		Map<String, String> handbook = handbook(workspace);
		Document a = dom(handbook, "org-a.html");
		assertEquals("Sidan visar allt som Nämnd A ansvarar för, med det som organisationen under den ansvarar för: Förvaltning A.",
				a.selectFirst("p.ansvar").text());
		assertEquals(List.of("Aktivitet som förvaltningen utför", "Förvaltningens egen aktivitet"),
				a.select("#aktiviteter-tabell ~ tbody th[scope=row]").eachText());
		assertEquals("2 totalt: 1 pågående, 1 klar.", a.selectFirst("section[aria-labelledby=aktiviteter] p.statusantal").text());
		assertEquals(List.of("Nämnd A:s indikator"), a.select("#indikatorer-tabell ~ tbody th[scope=row]").eachText());
		assertEquals("1 totalt: 1 uppnått.", a.selectFirst("section[aria-labelledby=indikatorer] p.statusantal").text());

		Document c = dom(handbook, "org-c.html");
		assertEquals("Inga mål hör hit.", c.selectFirst("section[aria-labelledby=mal] > p").text());
		assertEquals("Inga aktiviteter hör hit.", c.selectFirst("section[aria-labelledby=aktiviteter] > p").text());
		Document kf = dom(handbook, "org-kf.html");
		assertEquals(List.of("Kommunmålet"), kf.select("ul.mallista > li > a").eachText(), "fullmäktige does not list the committees' goals");
	}

	@Test
	void perstorpsCommitteePageListsTheActivitiesItsAdministrationRunsAsItsWorkbookDoes() {
		TestWorkspace workspace = TestWorkspace.example("perstorp");
		Map<String, String> handbook = handbook(workspace);
		GovernanceView view = view(workspace);
		Organisation bun = organisation(view, "bun");
		List<Activity> activities = Responsibility.of(bun, view.activities());
		assertEquals(9, activities.size(), "bun's own, its förvaltning's, Grundskola's and Centrumskolan's");
		Document page = dom(handbook, "org-bun.html");
		assertFalse(page.text().contains("Inga aktiviteter"), "the bug: no activities while the administration had seven");
		assertEquals(activities.stream().map(x -> Values.prose(x.getTitle())).toList(),
				page.select("#aktiviteter-tabell ~ tbody th[scope=row]").eachText());
		List<Goal> goals = Responsibility.of(bun, view.goals());
		assertEquals(goals.size(), page.select("section[aria-labelledby=mal] ul.mallista > li").size());
		List<Assignment> assignments = Responsibility.of(bun, view.assignments());
		assertEquals(assignments.size(), page.select("#uppdrag-tabell ~ tbody tr").size());

		for (FollowUpForm form : FollowUpForm.all(view)) {
			Organisation committee = form.committee();
			assertEquals(Responsibility.of(committee, view.goals()), form.goals(), "one rule: " + committee.getName());
			assertEquals(Responsibility.of(committee, view.activities()), form.activities(), "one rule: " + committee.getName());
			assertEquals(Responsibility.of(committee, view.assignments()), form.assignments(), "one rule: " + committee.getName());
			Document organisationPage = dom(handbook, "org-" + HandbookTest.slug(committee.getName()) + ".html");
			assertEquals(form.activities().size(), organisationPage.select("#aktiviteter-tabell ~ tbody tr").size(),
					committee.getName() + ": page and workbook agree");
		}
		assertTrue(view.goals().stream().allMatch(g -> ModelView.ownerOf(g) != null));
	}

	@Test
	void perstorpsStartPageDoesNotPresentOneCommitteesReportAsTheMunicipalitys() {
		Document start = dom(handbook(TestWorkspace.example("perstorp")), "index.html");
		assertEquals(List.of("Kommunfullmäktige: ingen uppföljning har bedömt målen.",
				"Barn- och utbildningsnämnden: Kvartalsuppföljning 2 2024 – Barn- och utbildningsnämnden."),
				start.select("p.lagesbild-kallor span.kalla").eachText());
		assertEquals("6 av 25 mål bedöms som ”Grön” (uppfylls helt).", start.selectFirst("p.lagesbild-rubrik > strong").text());
		Document vanersborg = dom(handbook(TestWorkspace.example("vanersborg")), "index.html");
		assertEquals("9 av 26 mål bedöms som ”Uppnås”.", vanersborg.selectFirst("p.lagesbild-rubrik > strong").text());
	}

	@ParameterizedTest
	@MethodSource("governance.dsl.tests.generator.HandbookTest#examples")
	void theStartPageCountsEveryGoalOnceAndEveryIndicator(String example) {
		TestWorkspace workspace = TestWorkspace.example(example);
		GovernanceView view = view(workspace);
		Document start = dom(handbook(workspace), "index.html");
		Element total = start.select("table.lagesbild-matris tfoot td").last();
		int counted = total.select("span.lagesbild-antal").stream()
				.mapToInt(s -> Integer.parseInt(s.ownText().replace("\u00a0", "").strip())).sum();
		assertEquals(view.goals().size(), counted, "every goal once in the total");
		long indicators = view.measures().stream()
				.filter(m -> m.getKind() == governance.dsl.styrmodell.MeasureKind.INDICATOR).count();
		assertEquals(Long.toString(indicators), start.select("table.lagesbild-indikatorer tfoot td").last().text());
	}

	@Test
	void theÅrshjulSaysInTheWheelWhatHappensEachMonth() {
		Document page = dom(handbook(TestWorkspace.example("perstorp")), "arshjul.html");
		Element svg = page.selectFirst("svg[role=img]");
		List<String> keys = svg.select("text.nycklar").eachText();
		assertFalse(keys.isEmpty(), "the sectors carry the events' numbers");
		List<String> legend = page.select("ul.handelser span.nyckel").eachText();
		assertEquals("1.", legend.get(0));
		for (String line : keys) {
			for (String key : line.split(" ")) {
				assertTrue(legend.contains(key + "."), key + " is in the legend");
			}
		}
		assertTrue(svg.selectFirst("desc").text().contains("november 2 (15: Enheterna bryter ner verksamhetsmålen"),
				"the text alternative says what happens: " + svg.selectFirst("desc").text());
		assertTrue(page.selectFirst("figcaption").text().startsWith("Årshjulet med januari överst"));
	}
}
