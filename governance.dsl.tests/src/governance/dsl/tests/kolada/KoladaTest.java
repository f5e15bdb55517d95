package governance.dsl.tests.kolada;

import static governance.dsl.tests.CommandLineTest.govc;
import static governance.dsl.tests.kolada.KoladaServer.entry;
import static governance.dsl.tests.kolada.KoladaServer.kpi;
import static governance.dsl.tests.kolada.KoladaServer.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.kolada.KoladaClient;
import governance.dsl.kolada.KoladaException;
import governance.dsl.kolada.KoladaSource.YearValues;
import governance.dsl.tests.CommandLineTest.Run;

/**
 * {@code govc kolada} against a local server in Kolada's format, on a copy of the Linköping example
 * (municipality 0580): the follow-up it writes, a second run, a changed value, saved responses, and
 * every failure, after which nothing is written.
 */
class KoladaTest {

	@TempDir
	Path dir;
	Path model;
	KoladaServer kolada;

	@BeforeAll
	static void shortPauses() {
		// Retries as in production, with pauses short enough for a test.
		System.setProperty("govc.kolada.backoff", "5");
	}

	@BeforeEach
	void setUp() throws IOException {
		model = Files.createDirectories(dir.resolve("linkoping"));
		try (Stream<Path> files = Files.list(Path.of("examples", "linkoping"))) {
			for (Path file : files.toList()) {
				Files.copy(file, model.resolve(file.getFileName().toString()));
			}
		}
		kolada = new KoladaServer();
		// The six Kolada measures of the Linköping example, for 2021.
		kolada.on("/kpi/N15419", 200, kpi("N15419", "Elever i åk 9 som uppnått kunskapskraven i alla ämnen, kommunala skolor, andel (%)", 1, "2022-03-15"))
				.on("/kpi/N15505", 200, kpi("N15505", "Elever i åk. 9, genomsnittligt meritvärde (17 ämnen), kommunala skolor", 1, null))
				.on("/kpi/N15008", 200, kpi("N15008", "Kostnad grundskola åk 1-9, kr/elev", 0, null))
				.on("/kpi/N15436", 200, kpi("N15436", "Elever i åk 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)", 1, null))
				.on("/kpi/N03923", 200, kpi("N03923", "Arbetslöshet 16-64 år, andel (%) av befolkningen", 1, null))
				.on("/kpi/N09020", 200, kpi("N09020", "Nettokostnad allmän fritidsverksamhet, kr/inv", 0, null))
				.on("/data/kpi/N15419/municipality/0580/year/2021", 200,
						page(null, entry("N15419", "0580", 2021, "78.3", "82.1", "74.6")))
				.on("/data/kpi/N15505/municipality/0580/year/2021", 200,
						page(null, entry("N15505", "0580", 2021, "231.5", "244", "219.0")))
				.on("/data/kpi/N15008/municipality/0580/year/2021", 200,
						page(null, entry("N15008", "0580", 2021, "105230", null, null)))
				.on("/data/kpi/N15436/municipality/0580/year/2021", 200,
						page(null, entry("N15436", "0580", 2021, "null", "null", "null")))
				.on("/data/kpi/N03923/municipality/0580/year/2021", 200,
						page(null, entry("N03923", "0580", 2021, "6.1", "5.8", "6.4")))
				// Kolada has nothing yet for N09020 in 2021.
				.on("/data/kpi/N09020/municipality/0580/year/2021", 200, page(null));
	}

	@AfterEach
	void stop() {
		kolada.close();
	}

	/** What the values above give, exactly. */
	static final String EXPECTED = """
			// Hämtad med govc kolada från Kolada för kommun 0580. Ändra värdena i Kolada, inte här: nästa hämtning jämför med dem.
			kommun linkoping "Linköpings kommun"

			uppföljning kolada_2021 "Utfall från Kolada 2021" {
			  utfall bun_m2_i1 2021: 78,3 flickor: 82,1 pojkar: 74,6 fotnot "Kolada N15419, publicerat 2022-03-15"
			  utfall bun_m2_i2 2021: 231,5 flickor: 244 pojkar: 219,0 fotnot "Kolada N15505"
			  utfall bun_b2 2021: 105 230 fotnot "Kolada N15008"
			  utfall kf_m2_i2 2021: I.U. flickor: I.U. pojkar: I.U. fotnot "Kolada N15436"
			  utfall kf_o2 2021: 6,1 kvinnor: 5,8 män: 6,4 fotnot "Kolada N03923"
			}
			""";

	private Run fetch(String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("kolada", model.toString(), "--år", "2021", "--api", kolada.base()));
		args.addAll(List.of(more));
		return govc(args.toArray(String[]::new));
	}

	private Path written() {
		return model.resolve("uppfoljning-kolada-2021.styr");
	}

	private String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	@Test
	void theValuesBecomeAFollowUpOfTheirOwnThatChecksClean() throws IOException {
		Run run = fetch();
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(EXPECTED, read(written()));
		assertTrue(run.err().contains("Kolada har inget värde för kfn_m3_i1 (N09020) 2021: inget skrivs för det året"), run.err());
		assertTrue(run.err().contains("Uppföljningen skrevs till " + written()), run.err());
		Run check = govc("check", model.toString());
		assertEquals(0, check.exitCode(), check.out() + check.err());
		assertFalse(check.out().contains("uppfoljning-kolada-2021.styr"), check.out());
	}

	@Test
	void aSecondRunWithTheSameValuesLeavesTheFileAlone() throws IOException {
		assertEquals(0, fetch().exitCode());
		long modified = Files.getLastModifiedTime(written()).toMillis();
		Run again = fetch();
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.err().contains("Inget ändrades: " + written() + " har redan alla värden från Kolada."), again.err());
		assertEquals(EXPECTED, read(written()));
		assertEquals(modified, Files.getLastModifiedTime(written()).toMillis());
	}

	@Test
	void aChangedValueIsListedAndReplacedOnlyWithForce() throws IOException {
		assertEquals(0, fetch().exitCode());
		kolada.on("/data/kpi/N03923/municipality/0580/year/2021", 200,
				page(null, entry("N03923", "0580", 2021, "6.2", "5.8", "6.4")));
		Run refused = fetch();
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains(written() + ":9: står 'utfall kf_o2 2021: 6,1 kvinnor: 5,8 män: 6,4 fotnot \"Kolada N03923\"', "
				+ "men Kolada ger 'utfall kf_o2 2021: 6,2 kvinnor: 5,8 män: 6,4 fotnot \"Kolada N03923\"' (Kolada N03923, kommun 0580, 2021)"),
				refused.err());
		assertTrue(refused.err().contains("skriv över dem med --force om Kolada har rätt"), refused.err());
		assertTrue(refused.err().contains("Inget skrevs"), refused.err());
		assertEquals(EXPECTED, read(written()));

		Run forced = fetch("--force");
		assertEquals(0, forced.exitCode(), forced.err());
		assertEquals(EXPECTED.replace("kf_o2 2021: 6,1", "kf_o2 2021: 6,2"), read(written()));
		assertTrue(forced.err().contains("uppdaterades: 0 nya och 1 ändrade rader"), forced.err());
	}

	@Test
	void savedResponsesGiveTheSameFollowUpWithoutTheNetwork() throws IOException {
		Path saved = Files.createDirectories(dir.resolve("sparat"));
		for (String id : List.of("N15419", "N15505", "N15008", "N15436", "N03923", "N09020")) {
			// Saved from the server as a user would save Kolada's answers (here: only 2021 asked for).
			Files.writeString(saved.resolve("kpi-" + id + ".json"), body("/kpi/" + id), StandardCharsets.UTF_8);
			Files.writeString(saved.resolve("data-" + id + "-0580.json"),
					body("/data/kpi/" + id + "/municipality/0580/year/2021"), StandardCharsets.UTF_8);
		}
		kolada.close();
		Run run = govc("kolada", model.toString(), "--år", "2021", "--från", saved.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(EXPECTED, read(written()));
	}

	@Test
	void aMissingSavedResponseIsNamedAndNothingIsWritten() throws IOException {
		Path saved = Files.createDirectories(dir.resolve("sparat"));
		Run run = govc("kolada", model.toString(), "--år", "2021", "--från", saved.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Det sparade svaret " + saved.resolve("data-N15419-0580.json")
				+ " saknas: spara svaret på /data/kpi/N15419/municipality/0580 där"), run.err());
		assertFalse(Files.exists(written()));
	}

	private String body(String path) throws IOException {
		java.net.http.HttpResponse<String> response;
		try {
			response = java.net.http.HttpClient.newHttpClient().send(
					java.net.http.HttpRequest.newBuilder(java.net.URI.create(kolada.base() + path)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			throw new IOException(e);
		}
		return response.body();
	}

	@Test
	void anUnknownKpiIsSaidInSwedishAndNothingIsWritten() throws IOException {
		kolada.on("/kpi/N15505", 200, "{\"count\": 0, \"values\": []}");
		kolada.on("/kpi/N03923", 404, "{\"error\": \"Not found\"}");
		Run run = fetch();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Kolada känner inte till nyckeltalet N15505: rätta källan (källa kolada \"…\") eller sök id:t på kolada.se"),
				run.err());
		assertTrue(run.err().contains("Kolada känner inte till nyckeltalet N03923"), run.err());
		assertTrue(run.err().contains("Inget skrevs"), run.err());
		assertFalse(Files.exists(written()));
	}

	@Test
	void aServerThatKeepsFailingStopsTheFetchAndNothingIsWritten() throws IOException {
		kolada.on("/data/kpi/N15505/municipality/0580/year/2021", 503, "Service Unavailable");
		Run run = fetch();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Kolada svarade med ett serverfel (HTTP 503 från " + kolada.base()
				+ "/data/kpi/N15505/municipality/0580/year/2021) 4 gånger i rad"), run.err());
		assertEquals(KoladaClient.ATTEMPTS, kolada.count("/data/kpi/N15505/municipality/0580/year/2021"));
		assertFalse(Files.exists(written()));
	}

	@Test
	void noNetworkStopsTheFetchAtTheFirstRequestAndNothingIsWritten() throws IOException {
		withGroup();
		String base = kolada.base();
		kolada.close();
		Run run = govc("kolada", model.toString(), "--år", "2021", "--api", base);
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Kolada (127.0.0.1) gick inte att nå efter 4 försök ("), run.err());
		// Fatal: said once, not once per KPI and group.
		assertEquals(1, run.err().split("gick inte att nå", -1).length - 1, run.err());
		assertTrue(run.err().contains("Inget skrevs"), run.err());
		assertFalse(Files.exists(written()));
	}

	@Test
	void aValueThatConflictsWithAnotherFollowUpIsRefused() throws IOException {
		Files.writeString(model.resolve("uppfoljning-ar-2021.styr"), """
				kommun linkoping "Linköpings kommun"

				uppföljning årsredovisning_2021 "Årsredovisning 2021" {
				  år 2021
				  datum 2022-03-31
				  utfall kf_o2 2021: 6,0
				}
				""", StandardCharsets.UTF_8);
		Run run = fetch();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Kontrollen godtar inte"), run.err());
		assertTrue(run.err().contains("uppfoljning-ar-2021.styr"), run.err());
		assertFalse(Files.exists(written()));
	}

	@Test
	void aModelWithoutTheMunicipalitysKoladaIdIsTold() throws IOException {
		Path definition = model.resolve("modell.styr");
		Files.writeString(definition, read(definition).replace("  kolada \"0580\"\n", ""), StandardCharsets.UTF_8);
		Run run = fetch();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Modellen för linkoping anger inte kommunens id i Kolada: skriv kolada \"0580\""), run.err());
		assertTrue(kolada.requests.isEmpty());
	}

	@Test
	void badYearsAreAUsageError() {
		Run run = govc("kolada", model.toString(), "--år", "2021-K1", "--api", kolada.base());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("'2021-K1' är inget år eller ingen period"), run.err());
	}

	// --- The client on its own ------------------------------------------------------------------------

	private KoladaClient client() {
		return new KoladaClient(kolada.base(), Duration.ofMillis(500), Duration.ofMillis(5));
	}

	@Test
	void theClientFollowsNextPage() throws KoladaException {
		String first = "/data/kpi/N15505/municipality/0580/year/2020,2021";
		kolada.on(first, 200, page(kolada.base() + "/data/sida2", entry("N15505", "0580", 2020, "229", "245", "214")))
				.on("/data/sida2", 200, page(null, entry("N15505", "0580", 2021, "231.5", "244", "219.0")));
		List<YearValues> values = client().values("N15505", "0580", List.of(2020, 2021));
		assertEquals(List.of(2020, 2021), values.stream().map(YearValues::year).toList());
		assertEquals(new BigDecimal("231.5"), values.get(1).byGender().get("T"));
		assertEquals(new BigDecimal("219.0"), values.get(1).byGender().get("M"));
	}

	@Test
	void theClientRetriesAFailingServer() throws KoladaException {
		String path = "/data/kpi/N15419/municipality/0580/year/2021";
		kolada.once(path, 500, "Internal Server Error");
		List<YearValues> values = client().values("N15419", "0580", List.of(2021));
		assertEquals(2, kolada.count(path));
		assertEquals(Map.of("T", new BigDecimal("78.3"), "K", new BigDecimal("82.1"), "M", new BigDecimal("74.6")),
				values.get(0).byGender());
	}

	@Test
	void aNullValueIsKept() throws KoladaException {
		List<YearValues> values = client().values("N15436", "0580", List.of(2021));
		assertTrue(values.get(0).byGender().containsKey("T"));
		assertEquals(null, values.get(0).byGender().get("T"));
	}

	@Test
	void a404ForDataIsSaidInSwedish() {
		KoladaException e = assertThrows(KoladaException.class, () -> client().values("N99999", "0580", List.of(2021)));
		assertEquals("Kolada har inga värden för nyckeltalet N99999 i kommun 0580 (HTTP 404 från " + kolada.base()
				+ "/data/kpi/N99999/municipality/0580/year/2021): kontrollera nyckeltalets id och kommunkoden", e.getMessage());
	}

	@Test
	void a400ShowsWhatKoladaSaid() {
		kolada.on("/data/kpi/N15419/municipality/0580/year/2021", 400, "{\"error\": \"Invalid year\"}\n");
		KoladaException e = assertThrows(KoladaException.class, () -> client().values("N15419", "0580", List.of(2021)));
		assertEquals("Kolada godtog inte frågan (HTTP 400 från " + kolada.base()
				+ "/data/kpi/N15419/municipality/0580/year/2021): {\"error\": \"Invalid year\"}", e.getMessage());
		assertEquals(1, kolada.count("/data/kpi/N15419/municipality/0580/year/2021"));
	}

	@Test
	void malformedJsonIsSaidInSwedish() {
		kolada.on("/data/kpi/N15419/municipality/0580/year/2021", 200, "{\"values\": [");
		KoladaException e = assertThrows(KoladaException.class, () -> client().values("N15419", "0580", List.of(2021)));
		assertTrue(e.getMessage().startsWith("Svaret från " + kolada.base()
				+ "/data/kpi/N15419/municipality/0580/year/2021 är inte Koladas format: "), e.getMessage());
	}

	@Test
	void aServerThatDoesNotAnswerInTimeIsATimeoutAfterTheRetries() {
		String path = "/data/kpi/N15419/municipality/0580/year/2021";
		kolada.slow(path, 2_000, page(null));
		KoladaClient impatient = new KoladaClient(kolada.base(), Duration.ofMillis(150), Duration.ofMillis(5));
		KoladaException e = assertThrows(KoladaException.class, () -> impatient.values("N15419", "0580", List.of(2021)));
		assertEquals("Kolada (127.0.0.1) gick inte att nå efter 4 försök (inget svar inom 150 ms): kontrollera nätverket "
				+ "eller ange en proxy med --api, eller läs sparade svar med --från <mapp>", e.getMessage());
	}

	@Test
	void noServerAtAllIsSaidInSwedish() throws IOException {
		String base = kolada.base();
		kolada.close();
		KoladaClient nobody = new KoladaClient(base, Duration.ofMillis(500), Duration.ofMillis(5));
		KoladaException e = assertThrows(KoladaException.class, () -> nobody.kpi("N15419"));
		// Before: Java's "Connection refused" (or the class name) inside the Swedish sentence.
		assertEquals("Kolada (127.0.0.1) gick inte att nå efter 4 försök (anslutningen nekades, eller datorn hittades "
				+ "inte): kontrollera nätverket eller ange en proxy med --api, eller läs sparade svar med --från <mapp>",
				e.getMessage());
		assertTrue(e.fatal());
	}

	// --- KPI metadata and the checker ------------------------------------------------------------------

	@Test
	void theMetadataIsWrittenDeterministicallyAndTheCheckerReadsIt() throws IOException {
		Run run = govc("kolada", "--metadata", model.toString(), "--api", kolada.base());
		assertEquals(0, run.exitCode(), run.err());
		Path file = model.resolve("kolada-kpi.json");
		String text = read(file);
		assertTrue(text.startsWith("""
				{
				  "format" : 1,
				  "source" : "https://api.kolada.se/v3",
				  "kpis" : [ {
				    "id" : "N03923",
				    "title" : "Arbetslöshet 16-64 år, andel (%) av befolkningen",
				    "isDividedByGender" : true
				  }, {
				    "id" : "N09020",
				"""), text);
		assertTrue(text.endsWith("} ]\n}\n"), text);
		assertEquals(0, govc("kolada", "--metadata", model.toString(), "--api", kolada.base()).exitCode());
		assertEquals(text, read(file));
		Run clean = govc("check", model.toString());
		assertEquals(0, clean.exitCode(), clean.out());
		assertFalse(clean.out().contains("Kolada"), clean.out());

		// The handbook's indicator page names the KPI as Kolada does, beside the plan's own title.
		String title = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text).path("kpis").findParents("id")
				.stream().filter(k -> k.path("id").asText().equals("N15419")).findFirst().orElseThrow().path("title").asText();
		Path out = dir.resolve("ut");
		assertEquals(0, govc("build", model.toString(), "-o", out.toString()).exitCode());
		String page = read(out.resolve("handbook").resolve("matt-bun_m2_i1.html"));
		assertTrue(page.contains("<dt>I Kolada</dt>") && page.contains(org.jsoup.nodes.Entities.escape(title)), page);

		// An id the metadata does not know, a KPI not split by gender for people, and one split for a cost.
		Path bun = model.resolve("bun.styr");
		Files.writeString(bun, read(bun).replace("källa kolada \"N15008\"", "källa kolada \"N15009\""), StandardCharsets.UTF_8);
		Files.writeString(file, flip(flip(text, "N15436"), "N09020"), StandardCharsets.UTF_8);
		Run checked = govc("check", model.toString());
		assertEquals(1, checked.exitCode(), checked.out());
		assertTrue(checked.out().contains("bun.styr:106:18: error: Kolada-id:t N15009 finns inte bland nyckeltalen i kolada-kpi.json (närmast: N15008): rätta id:t"),
				checked.out());
		assertTrue(checked.out().contains("kf.styr:85:20: warning: Kolada delar inte nyckeltalet N15436 efter kön, men kf_m2_i2 avser personer"),
				checked.out());
		assertTrue(checked.out().contains("kfn.styr:57:20: warning: Kolada delar nyckeltalet N09020 efter kön, men kfn_m3_i1 avser inte personer"),
				checked.out());
	}

	/** The metadata with the KPI's is_divided_by_gender the other way round. */
	private static String flip(String text, String id) {
		int entry = text.indexOf("\"id\" : \"" + id + "\"");
		int field = text.indexOf("\"isDividedByGender\" : ", entry) + "\"isDividedByGender\" : ".length();
		boolean divided = text.startsWith("true", field);
		return text.substring(0, field) + !divided + text.substring(field + (divided ? 4 : 5));
	}

	// --- A jämförelsegrupp: its averages beside the municipality's values ----------------------------

	static final String GROUP = "G33908";

	/** The model with a jämförelsegrupp, and the group's averages on the server (N15505 over two pages). */
	private void withGroup() throws IOException {
		Path definition = model.resolve("modell.styr");
		Files.writeString(definition, read(definition).replace("  kolada \"0580\"\n",
				"  kolada \"0580\"\n  jämförelsegrupp \"G33908\" \"Liknande kommuner, grundskola\"\n"), StandardCharsets.UTF_8);
		String data = "/data/kpi/%s/municipality/G33908/year/2021";
		kolada.on("/municipality_groups/G33908", 200,
				KoladaServer.group(GROUP, "Liknande kommuner grundskola, Linköping, 2021", "0580", "Linköping", "1480", "Göteborg"))
				.on(data.formatted("N15419"), 200, page(null, entry("N15419", GROUP, 2021, "80.1", "83.0", "77.2")))
				.on(data.formatted("N15505"), 200, page(kolada.base() + "/data/sida2", entry("N15505", GROUP, 2021, "null", "241", null)))
				.on("/data/sida2", 200, page(null, entry("N15505", GROUP, 2021, "229.4", null, "218")))
				.on(data.formatted("N15008"), 200, page(null, entry("N15008", GROUP, 2021, "112400", null, null)))
				.on(data.formatted("N15436"), 200, page(null, entry("N15436", GROUP, 2021, "null", "null", "null")))
				.on(data.formatted("N03923"), 200, page(null, entry("N03923", GROUP, 2021, "5.2", "5.0", "5.4")))
				.on(data.formatted("N09020"), 200, page(null));
	}

	static final String WITH_GROUP = EXPECTED.replace("}\n", """
			  jämförelsevärde bun_m2_i1 2021: 80,1 grupp "G33908" fotnot "Kolada N15419, publicerat 2022-03-15"
			  jämförelsevärde bun_m2_i2 2021: 229,4 grupp "G33908" fotnot "Kolada N15505"
			  jämförelsevärde bun_b2 2021: 112 400 grupp "G33908" fotnot "Kolada N15008"
			  jämförelsevärde kf_m2_i2 2021: I.U. grupp "G33908" fotnot "Kolada N15436"
			  jämförelsevärde kf_o2 2021: 5,2 grupp "G33908" fotnot "Kolada N03923"
			}
			""");

	@Test
	void theGroupsAveragesAreWrittenAsComparisonValuesBesideTheOutcomes() throws IOException {
		withGroup();
		Run run = fetch();
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(WITH_GROUP, read(written()));
		assertTrue(run.err().contains("Kolada har inget värde för jämförelsegruppen G33908 för kfn_m3_i1 (N09020) 2021: "
				+ "inget jämförelsevärde skrivs för det året"), run.err());
		// Only KPI and group ids were asked for: the group once, its values per KPI, the next page.
		assertEquals(1, kolada.count("/municipality_groups/G33908"));
		assertEquals(1, kolada.count("/data/sida2"));
		Run check = govc("check", model.toString());
		assertEquals(0, check.exitCode(), check.out() + check.err());
		assertFalse(check.out().contains("uppfoljning-kolada-2021.styr"), check.out());
		assertEquals(0, govc("format", "--check", model.toString()).exitCode());

		Run again = fetch();
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.err().contains("Inget ändrades"), again.err());
		assertEquals(WITH_GROUP, read(written()));
	}

	@Test
	void aChangedGroupAverageIsReplacedOnlyWithForce() throws IOException {
		withGroup();
		assertEquals(0, fetch().exitCode());
		kolada.on("/data/kpi/N03923/municipality/G33908/year/2021", 200, page(null, entry("N03923", GROUP, 2021, "5.3", null, null)));
		Run refused = fetch();
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains(written() + ":14: står 'jämförelsevärde kf_o2 2021: 5,2 grupp \"G33908\" fotnot \"Kolada N03923\"', "
				+ "men Kolada ger 'jämförelsevärde kf_o2 2021: 5,3 grupp \"G33908\" fotnot \"Kolada N03923\"' "
				+ "(Kolada N03923, jämförelsegrupp G33908, 2021)"), refused.err());
		assertEquals(WITH_GROUP, read(written()));
		Run forced = fetch("--force");
		assertEquals(0, forced.exitCode(), forced.err());
		assertEquals(WITH_GROUP.replace("kf_o2 2021: 5,2", "kf_o2 2021: 5,3"), read(written()));
	}

	@Test
	void aFollowUpWithoutComparisonValuesGetsThemAdded() throws IOException {
		assertEquals(0, fetch().exitCode());
		withGroup();
		Run run = fetch();
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(WITH_GROUP, read(written()));
		assertTrue(run.err().contains("uppdaterades: 5 nya och 0 ändrade rader"), run.err());
	}

	@Test
	void aGroupKoladaDoesNotKnowIsToldAndNothingIsWritten() throws IOException {
		withGroup();
		kolada.on("/municipality_groups/G33908", 404, "{\"error\": \"Not found\"}");
		Run run = fetch();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Kolada känner inte till kommungruppen G33908: rätta jämförelsegrupp \"…\" i modellen, "
				+ "eller sök gruppens id på kolada.se"), run.err());
		assertTrue(run.err().contains("Inget skrevs"), run.err());
		assertFalse(Files.exists(written()));
		assertEquals(0, kolada.count("/data/kpi/N15419/municipality/G33908/year/2021"));
	}

	@Test
	void aFailingGroupRequestWritesNothing() throws IOException {
		withGroup();
		kolada.on("/data/kpi/N15008/municipality/G33908/year/2021", 400, "{\"error\": \"Invalid municipality\"}");
		kolada.on("/data/kpi/N03923/municipality/G33908/year/2021", 200, "{\"values\": 5}");
		kolada.on("/data/kpi/N15436/municipality/G33908/year/2021", 404, "");
		Run run = fetch();
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("Kolada godtog inte frågan (HTTP 400 från " + kolada.base()
				+ "/data/kpi/N15008/municipality/G33908/year/2021): {\"error\": \"Invalid municipality\"}"), run.err());
		assertTrue(run.err().contains("Svaret från " + kolada.base()
				+ "/data/kpi/N03923/municipality/G33908/year/2021 är inte Koladas format: fältet 'values' med en lista saknas"), run.err());
		assertTrue(run.err().contains("Kolada har inga värden för nyckeltalet N15436 i jämförelsegruppen G33908 (HTTP 404 från "
				+ kolada.base() + "/data/kpi/N15436/municipality/G33908/year/2021): kontrollera nyckeltalets och gruppens id"),
				run.err());
		assertFalse(Files.exists(written()));
	}

	@Test
	void savedResponsesCarryTheGroupToo() throws IOException {
		withGroup();
		Path saved = Files.createDirectories(dir.resolve("sparat"));
		Files.writeString(saved.resolve("group-G33908.json"), body("/municipality_groups/G33908"), StandardCharsets.UTF_8);
		for (String id : List.of("N15419", "N15505", "N15008", "N15436", "N03923", "N09020")) {
			Files.writeString(saved.resolve("kpi-" + id + ".json"), body("/kpi/" + id), StandardCharsets.UTF_8);
			Files.writeString(saved.resolve("data-" + id + "-0580.json"),
					body("/data/kpi/" + id + "/municipality/0580/year/2021"), StandardCharsets.UTF_8);
		}
		for (String id : List.of("N15419", "N15008", "N15436", "N03923", "N09020")) {
			Files.writeString(saved.resolve("data-" + id + "-G33908.json"),
					body("/data/kpi/" + id + "/municipality/G33908/year/2021"), StandardCharsets.UTF_8);
		}
		// The two pages of N15505 saved as one answer.
		Files.writeString(saved.resolve("data-N15505-G33908.json"),
				page(null, entry("N15505", GROUP, 2021, "229.4", "241", "218")), StandardCharsets.UTF_8);
		kolada.close();
		Run run = govc("kolada", model.toString(), "--år", "2021", "--från", saved.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(WITH_GROUP, read(written()));
	}

	@Test
	void theClientReadsAGroupsAveragesOverPages() throws KoladaException, IOException {
		withGroup();
		List<YearValues> values = client().values("N15505", GROUP, List.of(2021));
		assertEquals(1, values.size());
		assertEquals(new BigDecimal("229.4"), values.get(0).byGender().get("T"));
		assertEquals(new BigDecimal("241"), values.get(0).byGender().get("K"));
		assertEquals("Liknande kommuner grundskola, Linköping, 2021", client().group(GROUP).title());
	}

	@Test
	void withoutMetadataTheCheckerSaysNothingAboutKolada() {
		Run clean = govc("check", model.toString());
		assertEquals(0, clean.exitCode(), clean.out());
		assertFalse(clean.out().contains("Kolada"), clean.out());
	}
}
