package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;

import governance.dsl.generator.json.JsonGenerator;
import governance.dsl.tests.TestWorkspace;

/**
 * Every value form real reports print (issue 9, part 4), written once in a small workspace, checked,
 * built, and found unchanged in the JSON and the handbook: thousands, decimals as written, bounds
 * as outcomes, targets not set, "–", footnote markers with their footnotes, simple units, deadlines
 * as months, roles as recipients, months as periods, history before the plan, areas that do not
 * apply, and texts with paragraphs and lists.
 */
class ValueFormsTest {

	/** U+202F, the narrow no-break space the handbook puts between thousands. */
	static final String THIN = "\u202F";

	static final String MODEL = """
			kommun vf "Värdekommunen"

			styrmodell modell "Modell" {
			  nivå kommun "Kommun" {
			    mål "Kommunmål"
			  }
			  målområde ekonomi "Ekonomi"
			  målområde medarbetare "Medarbetare"
			  bedömningsskala skala "Skala" {
			    uppfyllt "Uppfyllt" symbol "✔"
			    ej_uppfyllt "Ej uppfyllt" symbol "✖"
			    ej_bedömt "Ej bedömt" ej bedömt
			  }
			  status pågående "Pågående"
			  grupp kvinnor "Kvinnor" kön
			  grupp män "Män" kön
			  uppföljningstillfälle månadsrapport "Månadsrapport"
			  uppföljningstillfälle årsredovisning "Årsredovisning" månad februari året efter
			}

			fullmäktige kf "Kommunfullmäktige" nivå kommun
			""";

	static final String PLAN = """
			kommun vf

			plan budget "Budget 2019" {
			  ägare kf
			  period 2019-2021
			  målområde medarbetare ej tillämpligt "Fullmäktige har inga egna anställda."

			  mål m1 "Ekonomin är i balans" {
			    målområde ekonomi
			    beskrivning "Kommunen ska ha god ekonomisk hushållning.

			      Det betyder:
			      - ett positivt resultat
			      – en låg skuldsättning"
			    indikator resultat "Årets resultat" {
			      enhet tkr
			      riktning högre
			      målvärde 2019: 12 000
			      målvärde 2020: ej fastställt
			      målvärde 2021: minst 15,0
			      utfall 2017: 770
			      utfall 2019-01: 1 200
			      utfall 2019: 12 450
			    }
			    indikator nöjda "Andel nöjda medborgare" {
			      enhet "%"
			      riktning högre
			      avser personer
			      uppdelning kvinnor, män
			      målvärde 2019: 70
			      utfall 2019: Mindre än 70 kvinnor: 72 män: –
			      utfall 2020: 24* kvinnor: 26 män: 22* fotnot * "Avser vårterminen." fotnot "Enkäten gjordes om."
			    }
			  }

			  uppdrag u1 "Utred ekonomistyrningen" {
			    från kf
			    till "Kommundirektören"
			    återrapportering mars 2021
			    mål m1
			  }

			  aktivitet a1 "Inför månadsrapporter" {
			    ansvarig "Ekonomichef"
			    start 2019
			    slut mars 2021
			    bidrar till m1
			  }
			}
			""";

	static final String FOLLOW_UP = """
			kommun vf

			uppföljning jan2019 "Månadsrapport januari 2019" {
			  tillfälle månadsrapport
			  år 2019
			  månad januari
			  ägare kf
			  sammanfattning "Ett lugnt första månad.

			    - Resultatet följer budget
			    - Inga avvikelser"
			  framåtblick "Våren blir stramare."
			  viktiga händelser "Ny ekonomichef."
			}
			""";

	static TestWorkspace workspace() {
		return new TestWorkspace().file("modell.styr", MODEL).file("plan.styr", PLAN).file("uppfoljning.styr", FOLLOW_UP);
	}

	@Test
	void everyValueFormChecksWithoutErrors() {
		List<String> errors = new ArrayList<>();
		workspace().validateAll().forEach((name, issues) -> issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.forEach(i -> errors.add(TestWorkspace.describe(name, i))));
		assertEquals("", String.join("\n", errors));
	}

	@Test
	void everyValueFormIsInTheJsonUnchanged() throws IOException {
		TestWorkspace workspace = workspace();
		JsonNode document = new ObjectMapper().readTree(new JsonGenerator().generate(HandbookTest.view(workspace)));
		Set<ValidationMessage> problems = JsonTest.schema().validate(document);
		assertEquals("", problems.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));

		JsonNode resultat = measure(document, "vf.resultat");
		assertEquals("tkr", resultat.get("unit").asText());
		JsonNode target2019 = resultat.at("/targets/0/value");
		assertEquals(0, new BigDecimal("12000").compareTo(target2019.get("number").decimalValue()));
		assertEquals("12 000 tkr", target2019.get("text").asText());
		assertEquals("notSet", resultat.at("/targets/1/value/kind").asText());
		assertEquals("ej fastställt", resultat.at("/targets/1/value/text").asText());
		assertTrue(resultat.at("/targets/1/value/number").isNull());
		assertEquals("minst 15,0 tkr", resultat.at("/targets/2/value/text").asText(), "decimals as written");
		assertEquals("15.0", resultat.at("/targets/2/value/number").decimalValue().toPlainString());

		JsonNode history = resultat.at("/outcomes/0");
		assertEquals("2017", history.at("/period/text").asText(), "history before the plan, as an utfall");
		assertEquals("770 tkr", history.at("/value/text").asText());
		JsonNode january = resultat.at("/outcomes/1");
		assertEquals("month", january.at("/period/kind").asText());
		assertEquals("2019-01", january.at("/period/start").asText());
		assertEquals("2019-01", january.at("/period/end").asText());
		assertEquals("1 200 tkr", january.at("/value/text").asText());
		assertEquals("2019", january.at("/fulfilment/targetPeriod/text").asText(), "the year's target covers January");

		JsonNode nöjda = measure(document, "vf.nöjda");
		JsonNode bound = nöjda.at("/outcomes/0");
		assertEquals("less_than", bound.at("/value/bound").asText());
		assertEquals("Mindre än 70 %".toLowerCase(), bound.at("/value/text").asText().toLowerCase());
		assertEquals("none", bound.at("/splits/1/value/kind").asText(), "\"–\" is no value, not I.U.");
		assertEquals("–", bound.at("/splits/1/value/text").asText());
		JsonNode marked = nöjda.at("/outcomes/1");
		assertEquals("24 %*", marked.at("/value/text").asText());
		assertEquals("*", marked.at("/value/marker").asText());
		assertEquals("*", marked.at("/splits/1/value/marker").asText(), "a marker on one split value");
		assertEquals("*", marked.at("/notes/0/marker").asText());
		assertEquals("Avser vårterminen.", marked.at("/notes/0/text").asText());
		assertEquals("Enkäten gjordes om.", marked.at("/footnote").asText(), "the row's footnote beside the marked one");

		JsonNode assignment = document.get("assignments").get(0);
		assertEquals(List.of("Kommundirektören"), strings(assignment.get("roles")));
		assertEquals("mars 2021", assignment.get("reportBy").asText());
		assertEquals("2021-03", assignment.at("/reportByDeadline/iso").asText());
		assertEquals("month", assignment.at("/reportByDeadline/precision").asText());
		JsonNode activity = document.get("activities").get(0);
		assertEquals("mars 2021", activity.at("/endDeadline/text").asText());
		assertEquals("2021-03-31", activity.at("/endDeadline/last").asText());
		assertEquals("2019", activity.at("/startDeadline/iso").asText());

		JsonNode plan = document.get("plans").get(0);
		assertEquals("vf.medarbetare", plan.at("/notApplicable/0/area").asText());
		assertEquals("Fullmäktige har inga egna anställda.", plan.at("/notApplicable/0/reason").asText());

		JsonNode goal = document.get("goals").get(0);
		assertEquals("Kommunen ska ha god ekonomisk hushållning.\n\nDet betyder:\n\n- ett positivt resultat\n- en låg skuldsättning",
				goal.get("description").asText(), "paragraphs and list items kept, the file's layout not");

		JsonNode followUp = document.get("followUps").get(0);
		assertEquals(1, followUp.get("month").asInt());
		assertEquals("2019-01", followUp.get("when").asText());
		assertEquals("Ett lugnt första månad.\n\n- Resultatet följer budget\n- Inga avvikelser", followUp.get("summary").asText());
		assertEquals("Våren blir stramare.", followUp.get("outlook").asText());
		assertEquals("Ny ekonomichef.", followUp.get("events").asText());
	}

	@Test
	void everyValueFormIsInTheHandbookUnchanged() {
		Map<String, String> handbook = HandbookTest.handbook(workspace());
		List<List<String>> resultat = Tables.rows(handbook, "matt-resultat");
		assertTrue(resultat.contains(List.of("2019", "Målvärde", "12" + THIN + "000 tkr", "")), resultat.toString());
		assertTrue(resultat.contains(List.of("2020", "Målvärde", "ej fastställt", "")), resultat.toString());
		assertTrue(resultat.contains(List.of("2021", "Målvärde", "minst 15,0 tkr", "")), resultat.toString());
		assertEquals(List.of("2017", "Utfall", "770 tkr"), resultat.get(0).subList(0, 3), "history first, as Utfall");
		assertEquals(List.of("januari 2019", "Utfall", "1" + THIN + "200 tkr"),
				resultat.get(1).subList(0, 3), "a month on a row of its own, before its year");
		assertEquals("✖ inte uppnått mot målvärdet för 2019", resultat.get(1).get(3));

		List<List<String>> nöjda = Tables.rows(handbook, "matt-nojda");
		assertEquals(List.of("2019", "Utfall", "mindre än 70 %", "72 %", "–"), nöjda.get(1).subList(0, 5), nöjda.toString());
		List<String> marked = nöjda.get(2);
		assertEquals(List.of("2020", "Utfall", "24 %*", "26 %", "22 %*"), marked.subList(0, 5));
		assertEquals("Enkäten gjordes om. * Avser vårterminen.", marked.get(6), "the row's and the marked footnote");
		Document goalPage = HandbookTest.dom(handbook, "mal-m1.html");
		Element described = goalPage.selectFirst("p:containsOwn(Kommunen ska ha god ekonomisk hushållning.)");
		assertTrue(described != null && described.nextElementSibling().text().equals("Det betyder:")
				&& described.nextElementSibling().nextElementSibling().select("li").eachText()
						.equals(List.of("ett positivt resultat", "en låg skuldsättning")), "paragraphs and a list");

		Document assignments = HandbookTest.dom(handbook, "uppdrag.html");
		assertEquals("Kommundirektören", fact(assignments, "Till"), "a role as recipient");
		assertEquals("mars 2021", fact(assignments, "Återrapportering"));
		assertTrue(HandbookTest.hasCells(HandbookTest.dom(handbook, "aktiviteter.html"), "2019", "mars 2021"), "start and slut");

		Document area = HandbookTest.dom(handbook, "omrade-medarbetare.html");
		assertEquals("Ej tillämpligt", area.selectFirst("h2#ej-tillampligt").text());
		Element reason = area.selectFirst("section[aria-labelledby=ej-tillampligt] li:has(a[href=org-kf.html])");
		assertTrue(reason.text().startsWith("Kommunfullmäktige: Fullmäktige har inga egna anställda."), reason.text());
		Element committee = HandbookTest.dom(handbook, "org-kf.html")
				.selectFirst("section[aria-labelledby=ej-tillampligt] li:has(a[href=omrade-medarbetare.html])");
		assertTrue(committee.text().startsWith("Medarbetare: Fullmäktige har inga egna anställda."), committee.text());

		Document followUp = HandbookTest.dom(handbook, "uppfoljning.html");
		assertEquals("januari", fact(followUp, "Månad"));
		Element summary = followUp.selectFirst("h3:containsOwn(Sammanfattning)");
		assertEquals("Ett lugnt första månad.", summary.nextElementSibling().text());
		assertEquals(List.of("Resultatet följer budget", "Inga avvikelser"),
				summary.nextElementSibling().nextElementSibling().select("li").eachText());
		assertEquals("Våren blir stramare.", followUp.selectFirst("h3:containsOwn(Framåtblick)").nextElementSibling().text());
		assertEquals("Ny ekonomichef.", followUp.selectFirst("h3:containsOwn(Viktiga händelser)").nextElementSibling().text());
	}

	/** The value of the first fact with this label on the page. */
	static String fact(Document page, String label) {
		Element dt = page.selectFirst("dl.fakta dt:matchesOwn(^" + java.util.regex.Pattern.quote(label) + "$)");
		assertTrue(dt != null, "a fact " + label);
		return dt.nextElementSibling().text();
	}

	@Test
	void negativeNumbersGetARealMinusSignInTheHandbookOnly() throws IOException {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", MODEL).file("plan.styr", """
				kommun vf

				plan budget "Budget" {
				  ägare kf
				  period 2019-2020
				  mål m1 "Ekonomin är i balans" {
				    målområde ekonomi
				    indikator r "Resultat" {
				      enhet mnkr
				      riktning högre
				      målvärde 2020: 0
				      utfall 2019: -12 500
				    }
				  }
				}
				""");
		List<List<String>> rows = Tables.rows(HandbookTest.handbook(workspace), "matt-r");
		assertEquals("\u221212" + THIN + "500 mnkr", rows.get(0).get(2));
		JsonNode document = new ObjectMapper().readTree(new JsonGenerator().generate(HandbookTest.view(workspace)));
		assertEquals("-12 500 mnkr", measure(document, "vf.r").at("/outcomes/0/value/text").asText());
	}

	static JsonNode measure(JsonNode document, String id) {
		for (JsonNode measure : document.get("measures")) {
			if (id.equals(measure.get("id").asText())) {
				return measure;
			}
		}
		throw new AssertionError("no measure " + id);
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(node -> strings.add(node.asText()));
		return strings;
	}
}
