package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.build.ArtefactBuild;
import governance.dsl.generator.Edition;
import governance.dsl.generator.Generators;
import governance.dsl.generator.html.HandbookArtefacts;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.tests.TestWorkspace;

/**
 * The HTML handbook of every bundled example: every goal, indicator, assignment and activity is
 * shown on its page; goal chains, value tables and the fulfilment summary read as planners expect;
 * model text is escaped; nothing is loaded from outside; every link lands; two builds are identical.
 * Pages are read as a browser's DOM (jsoup): what a reader sees, not how the markup is spelled.
 */
class HandbookTest {

	/** Where a Kolada KPI's public page lies: the one address outside the handbook it links to. */
	static final String KOLADA = "https://www.kolada.se/verktyg/fri-sokning/?kpis=";

	/** An id as the handbook names its page: lower case, plain ASCII. */
	static String slug(String id) {
		String plain = java.text.Normalizer.normalize(id.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "");
		return plain.replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
	}

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	/** The handbook of a workspace's (single) municipality, file name to content. */
	static Map<String, String> handbook(TestWorkspace workspace) {
		EcoreUtil.resolveAll(workspace.resourceSet());
		List<File> files = workspace.names().stream().map(workspace::root).toList();
		Map<String, GovernanceView> views = GovernanceView.of(files);
		assertEquals(1, views.size());
		return new HandbookArtefacts().files(views.values().iterator().next());
	}

	static GovernanceView view(TestWorkspace workspace) {
		EcoreUtil.resolveAll(workspace.resourceSet());
		return GovernanceView.of(workspace.names().stream().map(workspace::root).toList()).values().iterator().next();
	}

	/** Model text as a reader sees it: one line. */
	static String prose(String modelText) {
		return Values.prose(modelText);
	}

	/** The indicator pages a goal page links to, read as one DOM (the bodies one after another). */
	static Document indicatorsOf(Map<String, String> handbook, String goalPage) {
		StringBuilder bodies = new StringBuilder();
		for (String href : dom(handbook, goalPage).select("article.indikator-kort h3 a").eachAttr("href")) {
			bodies.append(dom(handbook, href).selectFirst("main").outerHtml());
		}
		return Jsoup.parse(bodies.toString());
	}

	/** A page as the browser's DOM. */
	static Document dom(Map<String, String> handbook, String file) {
		String html = handbook.get(file);
		assertTrue(html != null, "the handbook has " + file);
		return Jsoup.parse(html);
	}

	/** The texts of the elements the selector finds, in document order. */
	static List<String> texts(Document page, String selector) {
		return page.select(selector).eachText();
	}

	/** The cells (header and data) of every table row, as texts. */
	static List<List<String>> rows(Document page) {
		return page.select("tr").stream().map(tr -> tr.select("> th, > td").eachText()).toList();
	}

	/** A row has these cells next to each other. */
	static boolean hasCells(Document page, String... cells) {
		return rows(page).stream().anyMatch(row -> java.util.Collections.indexOfSubList(row, List.of(cells)) >= 0);
	}

	/** The links' targets in document order, from the main content. */
	static List<String> hrefs(Document page) {
		return page.select("main a[href]").eachAttr("href");
	}

	/** The goal page whose heading (without the kind beside it) is the goal's title. */
	static String pageWithHeading(Map<String, String> handbook, String title) {
		List<String> pages = handbook.entrySet().stream().filter(e -> e.getKey().startsWith("mal-")).filter(e -> {
			Element h1 = Jsoup.parse(e.getValue()).selectFirst("h1");
			return h1 != null && h1.selectFirst("span.typ") != null && h1.ownText().equals(prose(title).strip());
		}).map(Map.Entry::getKey).toList();
		assertEquals(1, pages.size(), "one page headed " + title + ": " + pages);
		return pages.get(0);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyGoalIndicatorAssignmentAndActivityIsShownOnItsPage(String example) {
		TestWorkspace workspace = TestWorkspace.example(example);
		Map<String, String> handbook = handbook(workspace);
		GovernanceView view = view(workspace);
		assertTrue(handbook.containsKey("index.html"));

		long goalPages = handbook.keySet().stream().filter(name -> name.startsWith("mal-")).count();
		assertEquals(view.goals().size(), goalPages);
		for (Goal goal : view.goals()) {
			Document page = dom(handbook, pageWithHeading(handbook, goal.getTitle()));
			List<String> headings = texts(page, "h3[id$=-rubrik]");
			for (Measure measure : goal.getMeasures()) {
				assertTrue(headings.contains(prose(measure.getTitle())), goal.getName() + " shows its indicator " + measure.getName());
			}
		}
		// A page per indicator, basmått and omvärldsmått, linked from the overview and from its goal.
		Document overview = dom(handbook, "matt.html");
		long measurePages = handbook.keySet().stream().filter(name -> name.startsWith("matt-")).count();
		assertEquals(view.measures().size(), measurePages);
		for (Measure measure : view.measures()) {
			String file = "matt-" + slug(measure.getName()) + ".html";
			Element link = overview.selectFirst("main th[scope=row] > a[href=" + file + "]");
			assertTrue(link != null && link.text().equals(prose(measure.getTitle())), measure.getName() + " linked from matt.html");
			Document page = dom(handbook, file);
			assertEquals(prose(measure.getTitle()), page.selectFirst("h1").ownText(), file);
			int values = measure.getBaselines().size() + measure.getTargets().size() + view.outcomes(measure).size();
			assertEquals(values, Tables.rows(page).size(), file + ": a row per written value");
			if (ModelView.goalOf(measure) != null) {
				String goalPage = pageWithHeading(handbook, ModelView.goalOf(measure).getTitle());
				assertTrue(dom(handbook, goalPage).selectFirst("article.indikator-kort h3 > a[href=" + file + "]") != null,
						goalPage + " links to " + file);
			}
		}
		List<String> assignmentHeadings = texts(dom(handbook, "uppdrag.html"), "h3[id$=-rubrik]");
		for (Assignment assignment : view.assignments()) {
			assertTrue(assignmentHeadings.contains(prose(assignment.getTitle())), assignment.getName());
		}
		List<String> activityRows = texts(dom(handbook, "aktiviteter.html"), "th[scope=row]");
		for (Activity activity : view.activities()) {
			assertTrue(activityRows.stream().anyMatch(row -> row.startsWith(prose(activity.getTitle()))), activity.getName());
		}
		long areaPages = handbook.keySet().stream().filter(name -> name.startsWith("omrade-")).count();
		assertEquals(view.areas().size(), areaPages);
		long organisationPages = handbook.keySet().stream().filter(name -> name.startsWith("org-")).count();
		assertEquals(view.organisations().size(), organisationPages);
		for (String page : List.of("index.html", "organisation.html", "matt.html", "uppdrag.html", "aktiviteter.html",
				"styrdokument.html", "uppfoljning.html", "arshjul.html", "sparbarhet.html", "begrepp.html", "sok.html",
				"style.css", "search.js", "search-index.js")) {
			assertTrue(handbook.containsKey(page), page);
		}
	}

	@Test
	void aGoalPageShowsItsChainUpAndTheGoalsThatLeadToIt() {
		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		Document committeeGoal = dom(linkoping, "mal-bun_m2.html");
		assertEquals("mal-kf_m2.html", committeeGoal.select("ol.kedja > li").first().selectFirst("a").attr("href"));
		assertTrue(committeeGoal.selectFirst("nav.brodsmulor [aria-current=page]").text().startsWith("Alla elever når kunskapskraven"));
		assertTrue(committeeGoal.text().contains("(Kommunövergripande mål)"));

		Document councilGoal = dom(linkoping, "mal-kf_m1.html");
		assertTrue(councilGoal.text().contains("Målet ligger överst i målkedjan."));
		for (String child : List.of("mal-bun_m1.html", "mal-ks_m1.html")) {
			assertTrue(councilGoal.selectFirst("main li > a[href=" + child + "]") != null, child);
		}
		assertTrue(councilGoal.text().contains("Linköping växer med blandad bebyggelse"), "the desired state");
		assertTrue(councilGoal.text().contains("KF 2018-11-27 § 412"), "the plan's decision");

		// Perstorp: a goal of the employee level, four levels below the council.
		Map<String, String> perstorp = handbook(TestWorkspace.example("perstorp"));
		Document employeeGoal = dom(perstorp, "mal-med_matematik.html");
		List<String> chain = hrefs(employeeGoal);
		int unit = chain.indexOf("mal-cs_behorighet.html");
		int operation = chain.indexOf("mal-gr_kunskaper.html");
		int committee = chain.indexOf("mal-bun_behorighet.html");
		assertTrue(committee >= 0 && committee < operation && operation < unit, "the chain from the top down");
		assertTrue(employeeGoal.text().contains("(Medarbetarens mål)"));
		assertTrue(dom(perstorp, "mal-gr_kunskaper.html").selectFirst("main li > a[href=mal-cs_behorighet.html]") != null,
				"the unit goal leads to the operation goal");
	}

	@Test
	void indicatorTablesShowEveryQualifierAndSplit() {
		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		Document council = indicatorsOf(linkoping, "mal-kf_m1.html");
		List<String> cells = texts(council, "td");
		assertTrue(cells.contains("I.U."), "an outcome without value");
		assertTrue(hasCells(council, "större än 75 %", "större än 70 %", "större än 80 %"), "a bound, split by sex");
		assertTrue(hasCells(council, "Kvinnor", "Män"));
		assertTrue(texts(council, "th[scope=col]").containsAll(List.of("Kvinnor", "Män")));
		// Thousands as reports print them, with a narrow no-break space (U+202F) in the handbook.
		assertTrue(cells.contains("1\u202F180 bostäder (prognos)"), "a forecast, with the measure's unit");
		assertTrue(cells.contains("minst 1\u202F200 bostäder"), "a unit written with quotes reads without them");
		assertTrue(council.text().contains("Medborgarundersökningen genomförs hösten 2019; resultatet redovisas i årsbokslutet."),
				"a footnote");
		assertTrue(hasCells(council, "2019–2022", "Målvärde"), "a target for a period");
		Element source = council.selectFirst("td > span.kalla > a[href=uppfoljning.html#uf-delar2019]");
		assertTrue(source != null && source.parent().parent().text().startsWith("Utfall ("), "an outcome from a follow-up names it");
		assertTrue(texts(indicatorsOf(linkoping, "mal-kf_m3.html"), "td").contains("se Årsredovisning 2017, finansiell analys"));
		assertTrue(linkoping.keySet().stream().filter(n -> n.endsWith(".html"))
				.anyMatch(n -> dom(linkoping, n).text().contains("mellan 70 och 80")), "a range");
		assertTrue(linkoping.keySet().stream().filter(n -> n.endsWith(".html"))
				.anyMatch(n -> dom(linkoping, n).text().contains("max 900 kr")), "max with its own unit");
		assertTrue(texts(indicatorsOf(linkoping, "mal-bun_m2.html"), "td").contains("229 poäng"));
		assertTrue(linkoping.keySet().stream().filter(n -> n.startsWith("matt-"))
				.anyMatch(n -> texts(dom(linkoping, n), "th[scope=col]").contains("Unga 18–24 år")), "a group that is not a sex");
		linkoping.keySet().stream().filter(n -> n.endsWith(".html"))
				.forEach(n -> assertFalse(dom(linkoping, n).text().contains("\"poäng"), n));

		assertTrue(dom(linkoping, "matt-kf_m1_i2.html")
				.selectFirst("svg[role=img][aria-labelledby=diagram-matt-kf_m1_i2-titel diagram-matt-kf_m1_i2-beskrivning]") != null,
				"a chart with a text alternative");
		assertTrue(council.text().contains("Utfall per år: 2018: 1\u202F180 bostäder (prognos); 2019: 1\u202F240 bostäder (prognos)."));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void anIndicatorPageDrawsWhatItsLegendPromises(String example) {
		TestWorkspace workspace = TestWorkspace.example(example);
		Map<String, String> handbook = handbook(workspace);
		for (Measure measure : view(workspace).measures()) {
			String file = "matt-" + slug(measure.getName()) + ".html";
			Element chart = dom(handbook, file).selectFirst("figure.diagram svg");
			boolean numericTarget = measure.getTargets().stream().anyMatch(t -> t.getValue() != null && !t.getValue().isNotSet()
					&& t.getValue().getNumber() != null && governance.dsl.model.Period.parse(t.getPeriod()) != null
					&& !governance.dsl.model.Period.parse(t.getPeriod()).isWithinYear());
			if (numericTarget) {
				assertTrue(chart != null && chart.selectFirst("line.malvardeslinje[stroke-dasharray]") != null,
						file + ": the målvärde drawn as a dashed line");
			}
			if (chart == null) {
				continue;
			}
			List<String> legend = texts(chart.ownerDocument(), "svg text.forklaring:not(:matchesOwn(^Obs!))");
			assertEquals(chart.selectFirst("line.malvardeslinje") != null && measure.getTargets().stream()
					.anyMatch(t -> t.getValue() != null && t.getValue().getUpper() == null && t.getValue().getNumber() != null
							&& !governance.dsl.model.Period.parse(t.getPeriod()).isWithinYear()),
					legend.contains("Målvärde"), file + ": the legend names a målvärde line only when one is drawn: " + legend);
			assertEquals(chart.selectFirst("rect.malvardesband") != null, legend.contains("Målvärde (intervall)"), file);
			assertEquals(chart.select("polyline.utfallslinje, circle[stroke]").size() > 0,
					legend.contains("Utfall") || legend.contains("Prognos"), file);
			List<String> ticks = chart.select("text.axeltext[text-anchor=end]").eachText();
			boolean fromZero = ticks.stream().anyMatch(t -> t.matches("0(,0+)?") || t.startsWith("\u2212"));
			assertTrue(fromZero || chart.selectFirst("text.forklaring:matchesOwn(^Obs! Axeln börjar vid)") != null,
					file + ": the y axis starts at zero or says it does not: " + ticks);
		}
	}

	@Test
	void anIndicatorPageShowsItsWholeSeriesStatusAndSource() {
		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		Document page = dom(linkoping, "matt-bun_m2_i1.html");
		assertEquals(KOLADA + "N15419", page.selectFirst("dl.fakta a[href^=https:]").attr("href"), "a Kolada KPI links to kolada.se");
		assertTrue(page.selectFirst("nav.brodsmulor a[href=mal-bun_m2.html]") != null, "the goal in the breadcrumbs");
		assertTrue(texts(dom(linkoping, "matt-kf_m1_i2.html"), "table.varden th[scope=col]").contains("Jämfört med målvärdet"),
				"a status per period");

		Document range = dom(linkoping, "matt-kfn_m4_i2.html");
		assertTrue(range.selectFirst("svg rect.malvardesband") != null, "a mellan målvärde as a band");
		assertTrue(rows(range).stream().anyMatch(row -> row.size() > 2 && row.get(0).equals("2022") && row.get(1).equals("Målvärde")
				&& row.get(2).startsWith("mellan 70 och 80")), rows(range).toString());
	}

	@Test
	void theStartPageSummarisesTheLatestFollowUpWithTextAndSymbols() {
		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		Document start = dom(linkoping, "index.html");
		assertEquals("4 av 20 mål bedöms som ”Uppfyllt”.", start.selectFirst("p.lagesbild-rubrik > strong").text());
		Element fulfilled = start.select("ul.lagesbild-summa > li").first();
		assertEquals("✔ Uppfyllt 4", fulfilled.text(), "text and symbol, not colour alone");
		assertEquals("✔", fulfilled.selectFirst("span.symbol[aria-hidden=true]").text());
		assertEquals("Alla nämnder: Delårsrapport augusti 2019.", start.selectFirst("p.lagesbild-kallor span.kalla").text(),
				"every committee's figures come from the one report");
		assertTrue(start.selectFirst("p.lagesbild-kallor a[href=uppfoljning.html#uf-delar2019]") != null);
		assertTrue(hasCells(start, "Samhälle", "Yttre fokus", "1", "3", "4"), "goal counts per area and level");
		assertTrue(start.selectFirst("th[scope=row] > a[href=omrade-samhalle.html]") != null);

		Document vanersborg = dom(handbook(TestWorkspace.example("vanersborg")), "index.html");
		assertTrue(texts(vanersborg, "p.visionstext")
				.contains("Vänersborg – en attraktiv plats att leva, bo och verka i, med Vänern som granne"), "the vision");
	}

	@Test
	void everyPageNamesTheAnnualReportAsTheLatestFollowUpOfItsYear() {
		// Files and names sort the January report last; only FollowUpOrder puts the annual report last.
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", """
				kommun t "Testkommun"

				styrmodell m "Modell" {
				  nivå kommun "Kommun" {
				    mål "Kommunmål"
				  }
				  målområde a "Område"
				  bedömningsskala s "Skala" {
				    uppfyllt "Uppfyllt" symbol "✔"
				    delvis "Delvis uppfyllt" symbol "◐"
				    ej_uppfyllt "Ej uppfyllt" symbol "✖"
				  }
				  uppföljningstillfälle månadsrapport "Månadsrapport"
				  uppföljningstillfälle delårsrapport "Delårsrapport" månad augusti
				  uppföljningstillfälle årsredovisning "Årsredovisning" månad februari året efter
				}

				fullmäktige kf "Kommunfullmäktige" nivå kommun

				plan p "Plan" {
				  ägare kf
				  period 2019-2020
				  mål m1 "Ett mål" {
				    målområde a
				    indikator i1 "En indikator" {
				      riktning högre
				      målvärde 2019: 10
				    }
				  }
				}
				""").file("a-arsredovisning.styr", """
				kommun t

				uppföljning a_år "Årsredovisning 2019" {
				  tillfälle årsredovisning
				  år 2019
				  ägare kf
				  mål m1 bedöms uppfyllt analys "Året blev bra."
				}
				""").file("b-delar.styr", """
				kommun t

				uppföljning b_delår "Delårsrapport augusti 2019" {
				  tillfälle delårsrapport
				  år 2019
				  ägare kf
				  mål m1 bedöms delvis
				}
				""").file("c-januari.styr", """
				kommun t

				uppföljning ö_januari "Månadsrapport januari 2019" {
				  tillfälle månadsrapport
				  år 2019
				  månad januari
				  ägare kf
				  mål m1 bedöms ej_uppfyllt
				}
				""");
		List<String> errors = new ArrayList<>();
		workspace.validateAll().forEach((name, issues) -> issues.stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.forEach(i -> errors.add(TestWorkspace.describe(name, i))));
		assertEquals(List.of(), errors);
		Map<String, String> handbook = handbook(workspace);
		String annual = "uppfoljning.html#uf-a_ar";

		Document start = dom(handbook, "index.html");
		assertEquals("Kommunfullmäktige: Årsredovisning 2019.", start.selectFirst("p.lagesbild-kallor span.kalla:has(a[href=" + annual + "])").text());
		assertEquals("1 av 1 mål bedöms som ”Uppfyllt”.", start.selectFirst("p.lagesbild-rubrik > strong").text());

		Document followUps = dom(handbook, "uppfoljning.html");
		Element latest = followUps.selectFirst("main p:has(a[href=" + annual + "])");
		assertEquals("Den senaste uppföljningen är Årsredovisning 2019.", latest.text());
		List<String> headings = texts(followUps, "h2");
		int january = headings.indexOf("Månadsrapport januari 2019");
		int august = headings.indexOf("Delårsrapport augusti 2019");
		int year = headings.indexOf("Årsredovisning 2019 Senaste uppföljningen");
		assertTrue(january >= 0 && august > january && year > august, "January, August, then the annual report, marked latest: " + headings);
		assertEquals(1, followUps.select("h2 > span.typ:containsOwn(Senaste uppföljningen)").size());

		Document goal = dom(handbook, "mal-m1.html");
		Element assessment = goal.selectFirst("p.senaste-bedomning");
		assertEquals("✔ Uppfyllt (Årsredovisning 2019)", assessment.text(), goal.html());
		assertEquals(annual, assessment.selectFirst("span.kalla > a").attr("href"));
		Element decided = goal.selectFirst("strong:containsOwn(Beslutad bedömning:)");
		assertTrue(decided != null && decided.nextElementSibling().is("span.bedomning")
				&& decided.nextElementSibling().selectFirst("span.symbol").text().equals("✔"),
				"the computed part sits next to the decided assessment of the annual report");
	}

	@Test
	void theGlossaryTheÅrshjulAndTheTraceabilityViewUseTheModelsOwnWords() {
		Map<String, String> perstorp = handbook(TestWorkspace.example("perstorp"));
		Document glossary = dom(perstorp, "begrepp.html");
		assertEquals("SMARTa mål", glossary.selectFirst("dt#begrepp-smarta_mal").text());
		assertTrue(glossary.text().contains("Uppfylls helt"), "the scale's meanings");
		Document wheel = dom(perstorp, "arshjul.html");
		assertTrue(wheel.selectFirst("svg[role=img]") != null);
		assertTrue(wheel.text().contains("Händelser per månad: januari 2 (1: Uppföljning av föregående års resultat påbörjas"), wheel.html());
		assertEquals("November", wheel.selectFirst("h3#arshjul-planering_och_uppfoljning-11").text());

		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		List<String> trace = hrefs(dom(linkoping, "sparbarhet.html"));
		int council = trace.indexOf("mal-kf_m2.html");
		int committee = trace.subList(council + 1, trace.size()).indexOf("mal-bun_m2.html") + council + 1;
		int activity = trace.subList(committee + 1, trace.size()).indexOf("aktiviteter.html#aktivitet-bun_a1") + committee + 1;
		assertTrue(council >= 0 && committee > council && activity > committee, "council goal → committee goal → activity");
		assertTrue(dom(handbook("linkoping", Edition.PLANNING), "sparbarhet.html").selectFirst("h3#aktiviteter-utan-koppling") != null,
				"the planners' edition lists what is not linked");
		assertTrue(dom(linkoping, "arshjul.html").text().contains("Modellen har inget årshjul."));
	}

	@Test
	void aLongChainOfGoalsOnOneLevelGivesATraceabilityPageLinearInItsLength() {
		// Before: every goal of a same-level chain was a root and re-expanded the whole chain below
		// it: 2,000 goals gave about 2 million list items (a 331 MB page).
		int n = 2000;
		StringBuilder plan = new StringBuilder("""
				kommun test "Test"

				styrmodell m "Modell" {
				  nivå kommun "Kommun"
				}

				fullmäktige kf "Fullmäktige" nivå kommun

				plan p "Plan" {
				  ägare kf
				""");
		for (int i = 0; i < n; i++) {
			plan.append("  mål m").append(i).append(" \"Mål ").append(i).append("\" {")
					.append(i == 0 ? "" : " leder till m" + (i - 1)).append(" }\n");
		}
		plan.append("  mål x \"Ett mål i en cirkel\" { leder till y }\n  mål y \"Det andra\" { leder till x }\n}\n");
		Map<String, String> handbook = handbook(new TestWorkspace().file("plan.styr", plan.toString()));
		String trace = handbook.get("sparbarhet.html");
		int items = trace.split("<li>", -1).length - 1;
		assertTrue(items < 3 * (n + 2), items + " list items for " + (n + 2) + " goals");
		assertTrue(trace.length() < 2_000_000, trace.length() + " characters");
		// The chain is shown once, from its top: m0, with m1 below it, m2 below that.
		int m0 = trace.indexOf("<a href=\"mal-m0.html\">");
		int m1 = trace.indexOf("<a href=\"mal-m1.html\">");
		int last = trace.indexOf("<a href=\"mal-m" + (n - 1) + ".html\">");
		assertTrue(m0 > 0 && m1 > m0 && last > m1, "m0 → m1 → … → m" + (n - 1));
		assertTrue(trace.contains("kedjan visas ovan"), "the cycle x → y → x names x again without expanding it");
		// Before: each goal's page listed its whole chain upward, 195 MB of handbook in all.
		long total = handbook.values().stream().mapToLong(String::length).sum();
		assertTrue(total < 30_000_000, total + " characters in the handbook");
		String lastPage = handbook.get("mal-m" + (n - 1) + ".html");
		assertTrue(lastPage.contains("<li>… 1989 mål till …</li>"), "the top, then the nine nearest: " + lastPage.length());
		assertTrue(lastPage.contains("<a href=\"mal-m0.html\">") && lastPage.contains("<a href=\"mal-m" + (n - 2) + ".html\">"));
	}

	@Test
	void modelTextIsEscaped() {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", """
				kommun test "Test <i>kommun</i>"

				styrmodell m "Modell" {
				  nivå kommun "Kommun" {
				    mål "Kommunmål"
				  }
				  målområde a "Område & <b>fet</b>"
				  bedömningsskala s "Skala" {
				    bra "<em>Bra</em>" symbol "<" färg "javascript:alert(3)"
				    ej "Ej bedömt" ej bedömt
				  }
				  begrepp b "<script>alert(4)</script>" "Definition </dd> ' \\" slut"
				}

				fullmäktige kf "Fullmäktige" nivå kommun

				plan p "Plan" {
				  ägare kf
				  period 2020-2022
				  mål m1 "<script>alert(1)</script>" {
				    målområde a
				    önskat läge "<a href='http://example.org'>länk</a>"
				    indikator i1 "<img src=x onerror=alert(2)>" {
				      enhet "<u>st</u>"
				      målvärde 2022: 5
				      utfall 2020: 4 fotnot "</td></tr></table>"
				    }
				  }
				  aktivitet a1 "Aktivitet <b>fet</b>" {
				    ansvarig "<i>chef</i>"
				    bidrar till m1
				  }
				}

				uppföljning u "Uppföljning <1>" {
				  år 2020
				  mål m1 bedöms bra analys "<script>alert(5)</script>"
				}
				""");
		Map<String, String> handbook = handbook(workspace);
		Document goal = dom(handbook, pageWithHeading(handbook, "<script>alert(1)</script>"));
		assertEquals("<script>alert(1)</script>", goal.selectFirst("h1").ownText(), "the title reads as written");
		assertTrue(texts(goal, "h3").contains("<img src=x onerror=alert(2)>"));
		assertTrue(dom(handbook, "matt-i1.html").text().contains("</td></tr></table>"), "a footnote that looks like markup is text");
		handbook.forEach((name, text) -> {
			if (!name.endsWith(".html")) {
				return;
			}
			Document page = Jsoup.parse(text);
			// No element or attribute the model's texts could have brought in: only our own scripts, by file.
			assertEquals(List.of(), page.select("script:not([src]), img, b, i, em, u").stream().map(Element::outerHtml).toList(), name);
			assertEquals(0, page.select("a[href^=http]").size(), name);
			page.getAllElements().forEach(element -> element.attributes()
					.forEach(attribute -> assertFalse(attribute.getValue().contains("javascript:"), name + ": " + element)));
		});
		assertTrue(handbook.get("search-index.js").contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"));
		assertFalse(handbook.get("search-index.js").contains("<"), "the search index holds no markup");
	}

	@Test
	void aWorkspaceWithoutModelDefinitionOrFollowUpStillGivesAHandbook() {
		Map<String, String> handbook = handbook(new TestWorkspace().file("plan.styr", """
				kommun tom

				plan p "Plan" {
				  mål m1 "Ett mål utan nivå" {
				    indikator i1 "Indikator utan värden"
				  }
				  aktivitet a1 "Aktivitet utan koppling"
				  uppdrag u1 "Uppdrag utan mottagare"
				}
				"""));
		assertTrue(dom(handbook, "index.html").text().contains("Ingen uppföljning finns ännu"));
		assertTrue(dom(handbook, "begrepp.html").text().contains("Ingen styrmodell är beskriven"));
		assertTrue(dom(handbook, "matt-i1.html").text().contains("Inga värden är angivna."));
		assertFalse(dom(handbook, "sparbarhet.html").text().contains("Aktivitet utan koppling"), "the public edition lists no gaps");
		assertTrue(dom(handbook, "arshjul.html").text().contains("Modellen anger inga uppföljningstillfällen."));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyPageIsSelfContainedAndEveryLinkLands(String example) {
		Map<String, String> handbook = handbook(TestWorkspace.example(example));
		// The municipality's website (a link in the footer) and its logo (copied beside the pages by the build).
		governance.dsl.styrmodell.ModelDefinition definition = view(TestWorkspace.example(example)).definition();
		String website = definition.getWebsite();
		String logo = governance.dsl.model.Publishing.logoFileName(definition.getLogo());
		Map<String, Document> pages = new TreeMap<>();
		handbook.forEach((name, text) -> {
			if (name.endsWith(".html")) {
				pages.put(name, Jsoup.parse(text));
			}
		});
		List<String> problems = new ArrayList<>();
		handbook.forEach((name, text) -> {
			// Bytes, not DOM: line endings and addresses anywhere in any file.
			assertFalse(text.contains("\r"), name + ": LF line endings");
			// The one address outside: a Kolada KPI's public page, as an ordinary link (never a resource).
			String outside = text.replace("href=\"" + KOLADA, "");
			if (website != null) {
				outside = outside.replace("<a href=\"" + website + "\">", "");
			}
			assertFalse(outside.matches("(?s).*(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/.*") && !name.endsWith(".js"),
					name + ": no address outside the handbook");
		});
		pages.forEach((name, page) -> {
			for (Element element : page.select("[href], [src]")) {
				String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
				if (element.is("a[href]") && target.startsWith(KOLADA) || element.is("footer a[href]") && target.equals(website)
						|| element.is("header img.logotyp") && target.equals(logo)) {
					continue;
				}
				if (target.matches("^[a-z]+:.*") || target.startsWith("//") || target.startsWith("/")) {
					problems.add(name + ": not a relative reference: " + target);
					continue;
				}
				String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
				if (!file.isEmpty() && !handbook.containsKey(file)) {
					problems.add(name + ": broken link " + target);
				} else if (anchor != null && (file.isEmpty() ? page : pages.get(file)).getElementById(anchor) == null) {
					problems.add(name + ": no anchor for " + target);
				}
			}
			List<String> ids = page.select("[id]").eachAttr("id");
			ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).distinct()
					.forEach(id -> problems.add(name + ": duplicate id " + id));
		});
		assertEquals(List.of(), problems);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyPageHasTheAccessibleFrame(String example) {
		Map<String, String> handbook = handbook(TestWorkspace.example(example));
		handbook.forEach((name, text) -> {
			if (!name.endsWith(".html")) {
				return;
			}
			assertTrue(text.startsWith("<!DOCTYPE html>"), name);
			Document page = Jsoup.parse(text);
			assertEquals("sv", page.selectFirst("html").attr("lang"), name);
			assertTrue(page.selectFirst("a.skip-link[href=#innehall]") != null, name);
			assertTrue(page.selectFirst("main#innehall") != null, name);
			assertEquals(1, page.select("h1").size(), name + ": one h1");
			assertEquals(page.select("table").size(), page.select("table > caption").size(), name + ": every table has a caption");
			assertEquals(page.select("svg").size(), page.select("svg[role=img][aria-labelledby]").size(),
					name + ": every chart is an image with a name");
			assertEquals(page.select("th").size(), page.select("th[scope]").size(), name + ": every header cell has a scope");
			boolean menuPage = List.of("index.html", "organisation.html", "matt.html", "uppdrag.html", "aktiviteter.html",
					"styrdokument.html", "uppfoljning.html", "arshjul.html", "sparbarhet.html", "begrepp.html", "sok.html")
					.contains(name);
			assertEquals(menuPage ? 1 : 0, page.select("nav.huvudmeny [aria-current=page]").size(),
					name + ": the menu marks the current page");
		});
		assertTrue(handbook.get("style.css").contains("@media print"));
		assertTrue(handbook.get("style.css").contains(":focus-visible"));
	}

	@ParameterizedTest
	@MethodSource("editions")
	void twoBuildsAreByteIdentical(String example, Edition edition, @TempDir Path temporary) throws IOException {
		List<Path> inputs = List.of(Path.of("examples", example));
		ArtefactBuild build = new ArtefactBuild(Generators.all(Workbooks.TEST_KEY, edition));
		assertTrue(build.build(inputs, temporary.resolve("a")).written());
		assertTrue(build.build(inputs, temporary.resolve("b")).written());
		Map<String, byte[]> first = tree(temporary.resolve("a"));
		Map<String, byte[]> second = tree(temporary.resolve("b"));
		assertEquals(first.keySet(), second.keySet());
		assertTrue(first.keySet().stream().anyMatch(name -> name.startsWith("handbook/") && name.endsWith("index.html")),
				"govc build writes handbook/index.html: " + first.keySet());
		first.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.get(name)), name));
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> editions() {
		// Perstorp has a logo, Vänersborg states its publication date.
		return Stream.of(org.junit.jupiter.params.provider.Arguments.of("vanersborg", Edition.PUBLIC),
				org.junit.jupiter.params.provider.Arguments.of("perstorp", Edition.PLANNING));
	}

	// --- Publishing: the two editions, logo, colour, website, publication date ---

	/** The handbook of an example in the given edition. */
	static Map<String, String> handbook(String example, Edition edition) {
		TestWorkspace workspace = TestWorkspace.example(example);
		EcoreUtil.resolveAll(workspace.resourceSet());
		return new HandbookArtefacts(edition).files(view(workspace));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void thePublicEditionShowsNoIdsNoToolTextsAndNoGapListsAndIsTheDefault(String example) {
		Map<String, String> handbook = handbook(example, Edition.PUBLIC);
		assertEquals(handbook, handbook(TestWorkspace.example(example)), "the public edition is the default");
		List<String> ids = view(TestWorkspace.example(example)).goals().stream().map(Goal::getName).toList();
		handbook.forEach((name, text) -> {
			if (!name.endsWith(".html")) {
				return;
			}
			Document page = Jsoup.parse(text);
			assertTrue(page.select("dt").eachText().stream().noneMatch(label -> label.equals("Id")), name + ": an Id row");
			assertTrue(page.select("code").isEmpty(), name + ": an id set as code");
			assertFalse(page.text().contains("govc"), name + ": the tool's footer");
			assertFalse(page.text().contains("Avser personer"), name);
			assertTrue(page.select(".utgava").isEmpty(), name + ": the planners' banner");
			for (String id : ids) {
				if (id.contains("_")) {
					assertFalse(page.text().contains(id), name + " shows the id " + id);
				}
			}
		});
		Document trace = dom(handbook, "sparbarhet.html");
		assertTrue(trace.selectFirst("#ej-kopplat") == null, "no lists of what is not linked");
		assertTrue(trace.selectFirst("#kedjan") != null, "the chain is there");
	}

	@Test
	void thePlannersEditionKeepsIdsToolTextsAndGapListsAndSaysItIsNotForPublishing() {
		Map<String, String> handbook = handbook("perstorp", Edition.PLANNING);
		Document goal = dom(handbook, "mal-bun_behorighet.html");
		assertTrue(hasFact(goal, "Id", "bun_behörighet"), goal.select("dl.fakta").outerHtml());
		assertEquals("Planeringsutgåva med id:n och listor över det som inte är kopplat: inte för publicering.",
				goal.selectFirst("header .utgava").text());
		assertTrue(goal.selectFirst("footer").text().contains("Handboken är skapad med govc build"));
		Document trace = dom(handbook, "sparbarhet.html");
		assertEquals("Det som inte är kopplat", trace.selectFirst("h2#ej-kopplat").text());
		assertEquals(4, trace.select("#ej-kopplat ~ h3, section[aria-labelledby=ej-kopplat] h3").size());
	}

	private static boolean hasFact(Document page, String label, String value) {
		return page.select("dl.fakta > div").stream()
				.anyMatch(div -> div.select("dt").text().equals(label) && div.select("dd").text().equals(value));
	}

	@Test
	void theHandbookCarriesTheLogoTheProfileColourTheWebsiteAndThePublicationDate(@TempDir Path temporary)
			throws IOException {
		assertTrue(new ArtefactBuild(Generators.all(Workbooks.TEST_KEY)).build(List.of(Path.of("examples", "perstorp")),
				temporary).written());
		Path folder = temporary.resolve("handbook");
		assertTrue(java.util.Arrays.equals(Files.readAllBytes(Path.of("examples", "perstorp", "logotyp.svg")),
				Files.readAllBytes(folder.resolve("logotyp.svg"))), "the logo, copied as it is");
		Document start = Jsoup.parse(Files.readString(folder.resolve("index.html")));
		Element logo = start.selectFirst("header .webbplats a[href=index.html] img.logotyp");
		assertEquals("logotyp.svg", logo.attr("src"));
		assertEquals("", logo.attr("alt"), "the name beside it says it: the logo is decoration");
		assertEquals("Perstorps kommun · Publicerad 2024-06-19 · Webbplats: www.perstorp.se",
				start.selectFirst("footer p").text(), "the latest follow-up's date");
		assertEquals("2024-06-19", start.selectFirst("footer time").attr("datetime"));
		assertEquals("https://www.perstorp.se", start.selectFirst("footer a").attr("href"));
		assertTrue(Files.readString(folder.resolve("style.css")).endsWith(":root { --header: #00606b; --header-dark: #00434a; }\n"));

		Map<String, String> vanersborg = handbook("vanersborg", Edition.PUBLIC);
		assertEquals("Vänersborgs kommun · Publicerad 2024-09-30 · Webbplats: www.vanersborg.se",
				dom(vanersborg, "mal-" + slug(view(TestWorkspace.example("vanersborg")).goals().get(0).getName()) + ".html")
						.selectFirst("footer p").text(), "the date the model states, on every page");
		Map<String, String> linkoping = handbook("linkoping", Edition.PUBLIC);
		assertEquals("Linköpings kommun · Publicerad 2019-08-31", dom(linkoping, "index.html").selectFirst("footer p").text());
		assertFalse(linkoping.get("style.css").contains("profilfärg"), "no profile colour: the handbook's own");
		assertTrue(dom(linkoping, "index.html").select("img").isEmpty(), "no logo");
	}

	@Test
	void aProfileColourWithoutContrastIsDarkenedForWhiteText() {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", """
				kommun k "Kommunen"
				styrmodell m "Modell" {
				  profilfärg "#ffcc00"
				}
				""");
		EcoreUtil.resolveAll(workspace.resourceSet());
		Map<String, String> handbook = new HandbookArtefacts().files(view(workspace));
		assertTrue(handbook.get("style.css").contains(":root { --header: #8e7200;"), "white text on it has 4.5:1");
		assertEquals("Kommunen", dom(handbook, "index.html").selectFirst("footer p").text(), "no follow-up: no date");
	}

	@Test
	void theFulfilmentSummaryHasAStablePlaceOnTheStartPage() {
		// The Chromium check finds it by this id (above the fold at 1366×768).
		Document start = dom(handbook("perstorp", Edition.PUBLIC), "index.html");
		Element summary = start.selectFirst("main > section#laget");
		assertEquals(summary.selectFirst("h2").id(), summary.attr("aria-labelledby"), "a section named by its heading");
		assertTrue(start.selectFirst("main").children().indexOf(summary) <= 2, "right after the heading and the ingress");
	}

	@Test
	void onAPhoneTheValueTablesStackEachValueUnderItsColumnsName() {
		Map<String, String> handbook = handbook("linkoping", Edition.PUBLIC);
		Document indicator = dom(handbook, "matt-kf_m1_i2.html");
		Element table = indicator.selectFirst("table.varden.staplad");
		List<String> headers = table.select("thead th").eachText();
		for (Element row : table.select("tbody tr")) {
			List<String> labels = row.select("td").eachAttr("data-label");
			assertEquals(headers.subList(1, headers.size()), labels, "every value cell names its column");
		}
		assertTrue(dom(handbook, "aktiviteter.html").select("table.aktiviteter.staplad td:not([data-label])").isEmpty());
	}

	@Test
	void onAPhoneEveryStackedTableNamesEachValuesColumnOnEveryPage() {
		for (String example : List.of("linkoping", "perstorp", "vanersborg")) {
			Map<String, String> handbook = handbook(example, Edition.PUBLIC);
			int tables = 0;
			for (String file : handbook.keySet().stream().filter(f -> f.endsWith(".html")).sorted().toList()) {
				for (Element table : dom(handbook, file).select("table.staplad")) {
					tables++;
					List<String> headers = table.select("thead th").eachText();
					for (Element row : table.select("tbody tr")) {
						assertEquals(headers.subList(1, headers.size()), row.select("td").eachAttr("data-label"),
								example + "/" + file + ": every value cell names its column");
					}
				}
			}
			assertTrue(tables > 0, example + ": stacked tables exist");
		}
		// The follow-up pages' assessments and outcomes, and a committee's indicators, stack too.
		Map<String, String> perstorp = handbook("perstorp", Edition.PUBLIC);
		assertTrue(perstorp.keySet().stream().filter(f -> f.startsWith("uppfoljning")).anyMatch(
				f -> !dom(perstorp, f).select("section.uppfoljning-del table.staplad").isEmpty()), "a follow-up page");
	}

	private static Map<String, byte[]> tree(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		} catch (IOException e) {
			fail(e);
		}
		return files;
	}
}
