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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.build.ArtefactBuild;
import governance.dsl.generator.Generators;
import governance.dsl.generator.html.HandbookArtefacts;
import governance.dsl.model.GovernanceView;
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
 */
class HandbookTest {

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

	/** Model text as the handbook writes it: one line, escaped. */
	static String html(String modelText) {
		return Values.prose(modelText).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
				.replace("\"", "&quot;").replace("'", "&#39;");
	}

	/** The page whose heading is the element's title. */
	static String pageWithHeading(Map<String, String> handbook, String title) {
		List<String> pages = handbook.entrySet().stream()
				.filter(e -> e.getValue().contains("<h1>" + html(title) + " <span class=\"typ\">")).map(Map.Entry::getKey)
				.toList();
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
			String page = handbook.get(pageWithHeading(handbook, goal.getTitle()));
			for (Measure measure : goal.getMeasures()) {
				assertTrue(page.contains("-rubrik\">" + html(measure.getTitle()) + "</h3>"),
						goal.getName() + " shows its indicator " + measure.getName());
			}
		}
		for (Measure measure : view.measures()) {
			assertTrue(handbook.get("matt.html").contains(">" + html(measure.getTitle()) + "</a>"), measure.getName());
		}
		for (Assignment assignment : view.assignments()) {
			assertTrue(handbook.get("uppdrag.html").contains("-rubrik\">" + html(assignment.getTitle()) + "</h3>"),
					assignment.getName());
		}
		for (Activity activity : view.activities()) {
			assertTrue(handbook.get("aktiviteter.html").contains("<th scope=\"row\">" + html(activity.getTitle())),
					activity.getName());
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
		String committeeGoal = linkoping.get("mal-bun_m2.html");
		assertTrue(committeeGoal.contains("<ol class=\"kedja\">\n<li><a href=\"mal-kf_m2.html\">"), committeeGoal);
		assertTrue(committeeGoal.contains("<span aria-current=\"page\">Alla elever når kunskapskraven"));
		assertTrue(committeeGoal.contains("(Kommunövergripande mål)"));

		String councilGoal = linkoping.get("mal-kf_m1.html");
		assertTrue(councilGoal.contains("Målet ligger överst i målkedjan."));
		for (String child : List.of("mal-bun_m1.html", "mal-ks_m1.html")) {
			assertTrue(councilGoal.contains("<li><a href=\"" + child + "\">"), child);
		}
		assertTrue(councilGoal.contains("Linköping växer med blandad bebyggelse"), "the desired state");
		assertTrue(councilGoal.contains("KF 2018-11-27 § 412"), "the plan's decision");

		// Perstorp: a goal of the employee level, four levels below the council.
		Map<String, String> perstorp = handbook(TestWorkspace.example("perstorp"));
		String employeeGoal = perstorp.get("mal-med_matematik.html");
		int unit = employeeGoal.indexOf("href=\"mal-cs_behorighet.html\"");
		int operation = employeeGoal.indexOf("href=\"mal-gr_kunskaper.html\"");
		int committee = employeeGoal.indexOf("href=\"mal-bun_behorighet.html\"");
		assertTrue(committee > 0 && committee < operation && operation < unit, "the chain from the top down");
		assertTrue(employeeGoal.contains("(Medarbetarens mål)"));
		assertTrue(perstorp.get("mal-gr_kunskaper.html").contains("<li><a href=\"mal-cs_behorighet.html\">"),
				"the unit goal leads to the operation goal");
	}

	@Test
	void indicatorTablesShowEveryQualifierAndSplit() {
		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		String council = linkoping.get("mal-kf_m1.html");
		assertTrue(council.contains("<td>I.U.</td>"), "an outcome without value");
		assertTrue(council.contains("<td>större än 75 %</td><td>större än 70 %</td><td>större än 80 %</td>"),
				"a bound, split by sex");
		assertTrue(council.contains("<th scope=\"col\">Kvinnor</th><th scope=\"col\">Män</th>"));
		// Thousands as reports print them, with a narrow no-break space (U+202F) in the handbook.
		assertTrue(council.contains("<td>1\u202F180 bostäder (prognos)</td>"), "a forecast, with the measure's unit");
		assertTrue(council.contains("<td>minst 1\u202F200 bostäder</td>"), "a unit written with quotes reads without them");
		assertTrue(council.contains("Medborgarundersökningen genomförs hösten 2019; resultatet redovisas i årsbokslutet."),
				"a footnote");
		assertTrue(council.contains("<th scope=\"row\">2019–2022</th><td>Målvärde</td>"), "a target for a period");
		assertTrue(council.contains("Utfall <span class=\"kalla\">(<a href=\"uppfoljning.html#uf-delar2019\">"),
				"an outcome from a follow-up names it");
		assertTrue(linkoping.get("mal-kf_m3.html").contains("<td>se Årsredovisning 2017, finansiell analys</td>"));
		String culture = linkoping.values().stream().filter(p -> p.contains("mellan 70 och 80")).findFirst().orElse("");
		assertFalse(culture.isEmpty(), "a range");
		assertTrue(linkoping.values().stream().anyMatch(p -> p.contains("max 900 kr")), "max with its own unit");
		assertTrue(linkoping.get("mal-bun_m2.html").contains("<td>229 poäng</td>"));
		assertTrue(linkoping.get("matt.html").contains("Unga 18–24 år"), "a group that is not a sex");
		linkoping.forEach((name, text) -> assertFalse(text.contains("&quot;poäng"), name));

		assertTrue(council.contains("<svg role=\"img\" aria-labelledby=\"diagram-matt-kf_m1_i2-titel diagram-matt-kf_m1_i2-beskrivning\""),
				"a chart with a text alternative");
		assertTrue(council.contains("Utfall per år: 2018: 1\u202F180 bostäder (prognos); 2019: 1\u202F240 bostäder (prognos)."));
	}

	@Test
	void theStartPageSummarisesTheLatestFollowUpWithTextAndSymbols() {
		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		String start = linkoping.get("index.html");
		assertTrue(start.contains("20 mål bedömda i <a href=\"uppfoljning.html#uf-delar2019\">Delårsrapport augusti 2019</a>"));
		assertTrue(start.contains("Sammanfattning: 4 uppfyllt, 12 delvis uppfyllt, 2 ej uppfyllt, 2 ej bedömt."), start);
		assertTrue(start.contains("<span class=\"symbol\" aria-hidden=\"true\">✔</span> <span class=\"etikett\">Uppfyllt</span>"
				+ "</span>: 4 mål"), "text and symbol, not colour alone");
		assertTrue(start.contains("<th scope=\"row\"><a href=\"omrade-samhalle.html\">Samhälle</a></th><td>Yttre fokus</td><td>1</td><td>3</td><td>4</td>"),
				"goal counts per area and level");

		String vanersborg = handbook(TestWorkspace.example("vanersborg")).get("index.html");
		assertTrue(vanersborg.contains("Vänersborg – en attraktiv plats att leva, bo och verka i, med Vänern som granne"),
				"the vision");
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
		String annual = "<a href=\"uppfoljning.html#uf-a_ar\">Årsredovisning 2019</a>";

		assertTrue(handbook.get("index.html").contains("1 mål bedömda i " + annual), handbook.get("index.html"));
		assertTrue(handbook.get("index.html").contains("Sammanfattning: 1 uppfyllt, 0 delvis uppfyllt, 0 ej uppfyllt."));

		String followUps = handbook.get("uppfoljning.html");
		assertTrue(followUps.contains("Den senaste uppföljningen är " + annual + "."), followUps);
		int january = followUps.indexOf("Månadsrapport januari 2019</h2>");
		int august = followUps.indexOf("Delårsrapport augusti 2019</h2>");
		int year = followUps.indexOf("Årsredovisning 2019 <span class=\"typ\">Senaste uppföljningen</span></h2>");
		assertTrue(january > 0 && august > january && year > august, "January, August, then the annual report, marked latest");
		assertEquals(1, count(followUps, "Senaste uppföljningen</span>"));

		String goal = handbook.get("mal-m1.html");
		assertTrue(goal.contains("<p class=\"senaste-bedomning\"><span class=\"bedomning\"><span class=\"symbol\" aria-hidden=\"true\">✔</span> "
				+ "<span class=\"etikett\">Uppfyllt</span></span> <span class=\"kalla\">(" + annual + ")</span></p>"), goal);
		assertTrue(goal.contains("<strong>Beslutad bedömning:</strong> <span class=\"bedomning\"><span class=\"symbol\" aria-hidden=\"true\">✔</span>"),
				"the computed part sits next to the decided assessment of the annual report");
	}

	@Test
	void theGlossaryTheÅrshjulAndTheTraceabilityViewUseTheModelsOwnWords() {
		Map<String, String> perstorp = handbook(TestWorkspace.example("perstorp"));
		assertTrue(perstorp.get("begrepp.html").contains("<dt id=\"begrepp-smarta_mal\">SMARTa mål</dt>"));
		assertTrue(perstorp.get("begrepp.html").contains("Uppfylls helt"), "the scale's meanings");
		String wheel = perstorp.get("arshjul.html");
		assertTrue(wheel.contains("<svg role=\"img\""));
		assertTrue(wheel.contains("Händelser per månad: januari 2 (uppföljningstillfälle: Kvartalsuppföljning 4);"), wheel);
		assertTrue(wheel.contains("<h3 id=\"arshjul-planering_och_uppfoljning-11\">November</h3>"));

		Map<String, String> linkoping = handbook(TestWorkspace.example("linkoping"));
		String trace = linkoping.get("sparbarhet.html");
		int council = trace.indexOf("<a href=\"mal-kf_m2.html\">");
		int committee = trace.indexOf("<a href=\"mal-bun_m2.html\">", council);
		int activity = trace.indexOf("<a href=\"aktiviteter.html#aktivitet-bun_a1\">", committee);
		assertTrue(council > 0 && committee > council && activity > committee, "council goal → committee goal → activity");
		assertTrue(trace.contains("<h3 id=\"aktiviteter-utan-koppling\">"));
		assertTrue(linkoping.get("arshjul.html").contains("Modellen har inget årshjul."));
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
		String goal = handbook.get(pageWithHeading(handbook, "<script>alert(1)</script>"));
		assertTrue(goal.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(goal.contains("&lt;img src=x onerror=alert(2)&gt;"));
		handbook.forEach((name, text) -> {
			if (!name.endsWith(".html")) {
				return;
			}
			for (String raw : List.of("<script>alert", "<img src=x", "<b>fet", "<i>", "<em>", "<u>st", "</td></tr></table>",
					"href='http", "javascript:")) {
				assertFalse(text.contains(raw), name + " contains " + raw);
			}
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
		assertTrue(handbook.get("index.html").contains("Ingen uppföljning finns ännu"));
		assertTrue(handbook.get("begrepp.html").contains("Ingen styrmodell är beskriven"));
		assertTrue(handbook.get(pageWithHeading(handbook, "Ett mål utan nivå")).contains("Inga värden är angivna."));
		assertTrue(handbook.get("sparbarhet.html").contains("Aktivitet utan koppling"));
		assertTrue(handbook.get("arshjul.html").contains("Modellen anger inga uppföljningstillfällen."));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyPageIsSelfContainedAndEveryLinkLands(String example) {
		Map<String, String> handbook = handbook(TestWorkspace.example(example));
		Pattern reference = Pattern.compile("(?:src|href)=\"([^\"]*)\"");
		Pattern id = Pattern.compile(" id=\"([^\"]*)\"");
		List<String> problems = new ArrayList<>();
		handbook.forEach((name, text) -> {
			assertFalse(text.contains("\r"), name + ": LF line endings");
			assertFalse(text.matches("(?s).*(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/.*") && !name.endsWith(".js"),
					name + ": no address outside the handbook");
			if (!name.endsWith(".html")) {
				return;
			}
			Matcher matcher = reference.matcher(text);
			while (matcher.find()) {
				String target = matcher.group(1);
				if (target.matches("^[a-z]+:.*") || target.startsWith("//") || target.startsWith("/")) {
					problems.add(name + ": not a relative reference: " + target);
					continue;
				}
				String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
				String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
				String page = file.isEmpty() ? text : handbook.get(file);
				if (page == null) {
					problems.add(name + ": broken link " + target);
				} else if (anchor != null && !page.contains(" id=\"" + anchor + "\"")) {
					problems.add(name + ": no anchor for " + target);
				}
			}
			List<String> ids = new ArrayList<>();
			Matcher ids_ = id.matcher(text);
			while (ids_.find()) {
				if (ids.contains(ids_.group(1))) {
					problems.add(name + ": duplicate id " + ids_.group(1));
				}
				ids.add(ids_.group(1));
			}
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
			assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), name);
			assertTrue(text.contains("<a class=\"skip-link\" href=\"#innehall\">"), name);
			assertTrue(text.contains("<main id=\"innehall\""), name);
			assertEquals(1, count(text, "<h1"), name + ": one h1");
			assertEquals(count(text, "<table"), count(text, "<caption"), name + ": every table has a caption");
			assertEquals(count(text, "<svg"), count(text, "<svg role=\"img\" aria-labelledby="), name + ": every chart is an image with a name");
			assertEquals(count(text, "<th>") + count(text, "<th "), count(text, "<th scope="),
					name + ": every header cell has a scope");
			String menu = text.substring(text.indexOf("<nav class=\"huvudmeny\""), text.indexOf("</nav>"));
			boolean menuPage = List.of("index.html", "organisation.html", "matt.html", "uppdrag.html", "aktiviteter.html",
					"styrdokument.html", "uppfoljning.html", "arshjul.html", "sparbarhet.html", "begrepp.html", "sok.html")
					.contains(name);
			assertEquals(menuPage ? 1 : 0, count(menu, "aria-current=\"page\""), name + ": the menu marks the current page");
		});
		assertTrue(handbook.get("style.css").contains("@media print"));
		assertTrue(handbook.get("style.css").contains(":focus-visible"));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	@Test
	void twoBuildsAreByteIdentical(@TempDir Path temporary) throws IOException {
		List<Path> inputs = List.of(Path.of("examples", "vanersborg"));
		ArtefactBuild build = new ArtefactBuild(Generators.all());
		assertTrue(build.build(inputs, temporary.resolve("a")).written());
		assertTrue(build.build(inputs, temporary.resolve("b")).written());
		Map<String, byte[]> first = tree(temporary.resolve("a"));
		Map<String, byte[]> second = tree(temporary.resolve("b"));
		assertEquals(first.keySet(), second.keySet());
		assertTrue(first.keySet().stream().anyMatch(name -> name.startsWith("handbook/") && name.endsWith("index.html")),
				"govc build writes handbook/index.html: " + first.keySet());
		first.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.get(name)), name));
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
