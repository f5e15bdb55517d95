package governance.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import governance.dsl.diff.DiffFailure;
import governance.dsl.diff.DiffResult;
import governance.dsl.diff.DiffSide;
import governance.dsl.diff.JsonReport;
import governance.dsl.diff.MarkdownReport;
import governance.dsl.diff.PlanDiff;
import governance.dsl.diff.TextReport;
import governance.dsl.tests.TestWorkspace;

/**
 * The Linköping example against a copy with a reviewer's catalogue of edits: a target lowered, a
 * parent changed, a goal added and one removed, an indicator moved to another file, an id renamed,
 * an assessment changed, a long text edited and a follow-up added. The text, Markdown and JSON are
 * what a reviewer and a tool read.
 */
class ExampleDiffTest {

	private static Map<String, String> example(String name) throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (Path file : TestWorkspace.exampleFiles(name)) {
			files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		return files;
	}

	private static void edit(Map<String, String> files, String file, String from, String to) {
		String text = files.get(file);
		int at = text.indexOf(from);
		assertTrue(at >= 0, file + ": " + from);
		files.put(file, text.substring(0, at) + to + text.substring(at + from.length()));
	}

	static DiffResult catalogue() throws IOException, DiffFailure {
		Map<String, String> before = example("linkoping");
		Map<String, String> after = new TreeMap<>(before);
		// A target lowered on a higher-is-better indicator.
		edit(after, "bun.styr", "målvärde 2022: större än 95", "målvärde 2022: större än 90");
		// A parent changed.
		edit(after, "bun.styr", "  mål bun_m1 \"Barn och elever känner sig trygga i förskolan och skolan\" {\n    målområde samhälle\n    leder till kf_m1",
				"  mål bun_m1 \"Barn och elever känner sig trygga i förskolan och skolan\" {\n    målområde samhälle\n    leder till kf_m2");
		// A goal removed (with its assessment and outcome in the follow-up), and one added.
		String removed = after.get("kfn.styr").substring(after.get("kfn.styr").indexOf("  mål kfn_m3 "),
				after.get("kfn.styr").indexOf("  mål kfn_m4 "));
		edit(after, "kfn.styr", removed, "  mål kfn_m9 \"Fler unga deltar i föreningslivet\" {\n    målområde samhälle\n"
				+ "    leder till kf_m1\n\n    indikator kfn_m9_i1 \"Antal deltagartillfällen per invånare 7–20 år\" {\n"
				+ "      enhet \"st\"\n      riktning högre\n      målvärde 2022: minst 30\n    }\n  }\n\n");
		String followUp = after.get("uppfoljning-delar-2019.styr");
		followUp = followUp.replaceAll("(?m)^  mål kfn_m3 bedöms.*\\n", "").replaceAll("(?m)^  utfall kfn_m3_i1 .*\\n", "");
		after.put("uppfoljning-delar-2019.styr", followUp);
		// A basmått moved, unchanged, to a plan of its own in another file.
		String measure = after.get("bun.styr").substring(after.get("bun.styr").indexOf("  basmått bun_b2 "),
				after.get("bun.styr").indexOf("  }\n", after.get("bun.styr").indexOf("  basmått bun_b2 ")) + 4);
		edit(after, "bun.styr", measure, "");
		after.put("bun-matt.styr", "kommun linkoping\n\nplan bun_matt \"Barn- och ungdomsnämndens basmått\" {\n  ägare bun\n"
				+ "  period 2019-2022\n\n" + measure + "}\n");
		// An id renamed, everything else the same.
		edit(after, "bun.styr", "aktivitet bun_a5 ", "aktivitet bun_a6 ");
		edit(after, "uppfoljning-delar-2019.styr", "aktivitet bun_a5 ", "aktivitet bun_a6 ");
		// An assessment changed, and a long text edited.
		edit(after, "uppfoljning-delar-2019.styr", "mål kf_m4 bedöms uppfyllt", "mål kf_m4 bedöms delvis");
		edit(after, "kf.styr", "Linköping växer med blandad bebyggelse", "Linköping växer hållbart med blandad bebyggelse");
		// A follow-up added.
		after.put("uppfoljning-ar-2019.styr", """
				kommun linkoping

				uppföljning år2019 "Årsbokslut 2019" {
				  tillfälle årsbokslut
				  år 2019
				  mål kf_m1 bedöms uppfyllt analys "Målvärdet för bostadsbyggandet nåddes."
				}
				""");
		return PlanDiff.workspaces(DiffSide.of("före", before), DiffSide.of("efter", after));
	}

	@Test
	void theCatalogueOfEditsAsAReviewerReadsIt() throws Exception {
		DiffResult result = catalogue();
		assertEquals(java.util.List.of(), result.warnings());
		assertEquals("""
				Jämförelse: före → efter
				Ändrade: 4, tillagda: 4, borttagna: 2, flyttade: 1, nytt id: 1.

				Att granska först
				  Nya mål:
				    + kfn_m9 "Fler unga deltar i föreningslivet" (Kultur- och fritidsnämnden, Nämndmål)
				  Borttagna mål:
				    - kfn_m3 "Kultur- och fritidsverksamheten bedrivs kostnadseffektivt" (Kultur- och fritidsnämnden, Nämndmål)
				  Sänkta målvärden (lägre ambition):
				    Målvärde 2022 för Andel vårdnadshavare som upplever att deras barn är tryggt i förskolan (bun_m1_i2): större än 95 % → större än 90 %
				  Ändrade bedömningar:
				    Bedömning av Kommunens verksamheter är effektiva, tillgängliga och digitala (kf_m4) i Delårsrapport augusti 2019: Uppfyllt → Delvis uppfyllt

				Kommunfullmäktige (kf)
				  ~ Mål kf_m1 "Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i"
				      önskat läge, ändrade ord: Linköping växer {+hållbart+} med blandad bebyggelse, gröna …

				Barn- och ungdomsnämnden (bun)
				  + Plan bun_matt "Barn- och ungdomsnämndens basmått"
				  > Basmått bun_b2 "Kostnad per elev i grundskolan": flyttad från bun.styr till bun-matt.styr
				      hör till: bun_internbudget2019 → bun_matt
				  ~ Mål bun_m1 "Barn och elever känner sig trygga i förskolan och skolan"
				      leder till: kf_m1 → kf_m2
				  ~ Indikator bun_m1_i2 "Andel vårdnadshavare som upplever att deras barn är tryggt i förskolan"
				      Målvärde 2022: större än 95 % → större än 90 % (sänkt ambition)
				  > Aktivitet bun_a6 "Könsuppdelad resultatanalys i skolornas systematiska kvalitetsarbete": nytt id, tidigare bun_a5

				Kultur- och fritidsnämnden (kfn)
				  - Mål kfn_m3 "Kultur- och fritidsverksamheten bedrivs kostnadseffektivt"
				  + Mål kfn_m9 "Fler unga deltar i föreningslivet"
				  - Indikator kfn_m3_i1 "Nettokostnad för allmän fritidsverksamhet per invånare"
				  + Indikator kfn_m9_i1 "Antal deltagartillfällen per invånare 7–20 år"

				Utan ägare
				  + Uppföljning år2019 "Årsbokslut 2019"
				  ~ Uppföljning delår2019 "Delårsrapport augusti 2019"
				      Bedömning av Kommunens verksamheter är effektiva, tillgängliga och digitala (kf_m4): Uppfyllt → Delvis uppfyllt
				      Bedömning av Kultur- och fritidsverksamheten bedrivs kostnadseffektivt (kfn_m3): Ej uppfyllt → (inget)
				      Analys av Kultur- och fritidsverksamheten bedrivs kostnadseffektivt (kfn_m3): Nettokostnaden för allmän fritidsverksamhet prognostiseras till 905 kronor per invånare, över målvärdet, på grund av den nya mötesplatsen i Vallastaden som öppnade tidigare än planerat. → (inget)
				      Utfall 2019 för Nettokostnad för allmän fritidsverksamhet per invånare (kfn_m3_i1): 905 kr (prognos) → (inget)
				""", TextReport.render(result, false));
	}

	@Test
	void theSameInMarkdownAndJson() throws Exception {
		DiffResult result = catalogue();
		String markdown = MarkdownReport.render(result);
		assertTrue(markdown.startsWith("""
				### Skillnader i styrmodellen

				`före` → `efter`

				Ändrade: 4, tillagda: 4, borttagna: 2, flyttade: 1, nytt id: 1.

				#### Att granska först

				**Nya mål**

				- `kfn_m9` Fler unga deltar i föreningslivet (Kultur- och fritidsnämnden, Nämndmål)
				"""), markdown);
		assertTrue(markdown.contains("- Målvärde 2022 för Andel vårdnadshavare som upplever att deras barn är tryggt i "
				+ "förskolan (bun\\_m1\\_i2): större än 95 % → större än 90 %\n"), markdown);
		com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
				.readTree(JsonReport.render(result));
		assertEquals("{\"added\":4,\"removed\":2,\"changed\":4,\"moved\":1,\"renamed\":1}", json.get("counts").toString());
		assertEquals("lowered", json.at("/summary/targetsLowered/0/property/ambition").asText(), json.get("summary").toString());
	}

	/** The other examples: the same kinds of edit, each found where a reviewer must see it first. */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			perstorp   | bun.styr                           | målvärde 2024: minst 81 | målvärde 2024: minst 79 | leder till km_kunskap | leder till km_service | Varje elev får det stöd | Varje elev får i tid det stöd | uppfoljning-kvartal-2-2024.styr | mål bun_trygghet bedöms grön | mål bun_trygghet bedöms gul
			vanersborg | barn-och-utbildningsnamnden.styr | målvärde 2024: minst 75 % | målvärde 2024: minst 70 % | leder till im_barn_unga | leder till im_delaktighet | Särskilt fokus på pojkarnas resultat. | Särskilt fokus på pojkarnas och de nyanländas resultat. | uppfoljning-delar-augusti-2024.styr | mål im_barn_unga bedöms uppnås_delvis | mål im_barn_unga bedöms uppnås
			""")
	void eachExampleShowsLoweredTargetsChangedParentsWordsAndAssessments(String example, String plan, String target,
			String lowered, String parent, String otherParent, String text, String editedText, String followUp,
			String assessment, String changedAssessment) throws Exception {
		Map<String, String> before = example(example);
		Map<String, String> after = new TreeMap<>(before);
		edit(after, plan, target, lowered);
		edit(after, plan, parent, otherParent);
		edit(after, plan, text, editedText);
		edit(after, followUp, assessment, changedAssessment);
		DiffResult result = PlanDiff.workspaces(DiffSide.of("före", before), DiffSide.of("efter", after));
		assertEquals(java.util.List.of(), result.warnings());
		assertEquals(1, result.summary().targetsLowered().size(), TextReport.render(result, false));
		assertEquals(1, result.summary().assessmentsChanged().size(), TextReport.render(result, false));
		String report = TextReport.render(result, false);
		assertTrue(report.contains("leder till: " + parent.substring("leder till ".length()) + " → "
				+ otherParent.substring("leder till ".length())), report);
		assertTrue(report.contains("{+"), report);
		assertTrue(report.contains("(sänkt ambition)"), report);
	}
}
