package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static governance.dsl.tests.generator.Workbooks.fill;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.model.GovernanceView;
import governance.dsl.tests.CommandLineTest.Run;
import governance.dsl.tests.generator.Workbooks;

/** {@code govc import}: filled-in workbooks back into a follow-up file, and what it refuses. */
class ImportCommandTest {

	@TempDir
	Path dir;
	Path model;

	@BeforeEach
	void writeModel() {
		model = Workbooks.writeFixture(dir.resolve("modell"));
	}

	/** A fresh workbook for a committee of the test model (nothing reported yet: 2024 has no follow-up). */
	private static XSSFWorkbook workbook(String committee, String point) {
		GovernanceView view = Workbooks.view(Workbooks.fixtureWorkspace());
		return Workbooks.open(Workbooks.bytes(Workbooks.form(view, committee, point)));
	}

	private Path save(XSSFWorkbook workbook, String name) throws IOException {
		return Files.write(dir.resolve(name), Workbooks.bytes(workbook));
	}

	/** The bun workbook at the delårsrapport, filled in as a planner would. */
	private Path filledBun() throws IOException {
		XSSFWorkbook workbook = workbook("bun", "delår");
		Workbooks.fillAsAPlanner(workbook);
		return save(workbook, "bun-delår.xlsx");
	}

	/** What {@link Workbooks#fillAsAPlanner} gives, imported. */
	static final String EXPECTED = """
			// Importerad med govc import från bun-delår.xlsx.
			kommun testby "Testby kommun"

			uppföljning bun_delår_2024 "Delårsrapport 2024 – Barn- och utbildningsnämnden" {
			  tillfälle delår
			  år 2024
			  ägare bun
			  mål bun_m1 bedöms delvis analys "Inre effektivitet: läxhjälpen är igång.\\nYttre effektivitet: \\"rätt saker\\"."
			  mål bun_m2 bedöms ej_bedömt prognos åtgärder "Enkäten görs i oktober."
			  utfall bun_i1 2024: 81,5 prognos kvinnor: 84 män: 79 prognos fotnot "=Inte en formel, bara text"
			  utfall bun_i2 2024: I.U. fotnot "Redovisas i bokslutet."
			  utfall bun_i3 2024: se "årsredovisningen"
			  uppdrag bun_u1 status pågående kommentar "Klart i oktober."
			  aktivitet bun_a1 status genomfört
			}
			""";

	@Test
	void aFilledWorkbookBecomesAFollowUpWithExactlyThoseValues() throws IOException {
		Path workbook = filledBun();
		Path output = model.resolve("uppfoljning-delar-2024.styr");
		Run run = govc("import", workbook.toString(), "-o", output.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.out());
		assertEquals(EXPECTED, Files.readString(output, StandardCharsets.UTF_8));
		assertTrue(run.err().contains("Uppföljningen skrevs till " + output), run.err());

		Run check = govc("check", model.toString());
		assertEquals(0, check.exitCode(), check.out());
		assertEquals("", check.out(), "the imported follow-up checks clean with the model");
		assertEquals(0, govc("format", "--check", model.toString()).exitCode(), "and is laid out canonically");
	}

	@Test
	void withoutOutputTheFollowUpGoesToStandardOutput() throws IOException {
		Path workbook = filledBun();
		Run run = govc("import", workbook.toString(), "--modell", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(EXPECTED, run.out());
	}

	@Test
	void anExistingFileIsNeverOverwrittenWithoutForce() throws IOException {
		Path workbook = filledBun();
		Path output = Files.writeString(model.resolve("uppfoljning.styr"), "kommun testby\n");
		Run refused = govc("import", workbook.toString(), "-o", output.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains(output + " finns redan: välj ett annat filnamn, eller skriv över filen med --force"),
				refused.err());
		assertEquals("kommun testby\n", Files.readString(output));

		Run forced = govc("import", workbook.toString(), "-o", output.toString(), "--force");
		assertEquals(0, forced.exitCode(), forced.err());
		assertEquals(EXPECTED, Files.readString(output, StandardCharsets.UTF_8));

		// Importing again over its own earlier result: the old file is replaced, not counted twice.
		Run again = govc("import", workbook.toString(), "-o", output.toString(), "--force");
		assertEquals(0, again.exitCode(), again.err());
		assertEquals(EXPECTED, Files.readString(output, StandardCharsets.UTF_8));
		assertEquals(0, govc("check", model.toString()).exitCode());
	}

	@Test
	void aFollowUpTheCheckerWouldRejectIsReportedNotWritten() throws IOException {
		// A follow-up of 2027 makes the workbooks ask for 2027, after the plans' period 2024-2026; the
		// import updates that follow-up (it has no owner: it is the municipality's), and the checker refuses.
		String later = "kommun testby\n\nuppföljning delår_2027 \"Delårsrapport 2027\" {\n  tillfälle delår\n  år 2027\n}\n";
		Path existing = Files.writeString(model.resolve("uppfoljning-2027.styr"), later);
		FollowUpForm form = Workbooks.form(Workbooks.view(Workbooks.fixtureWorkspace().file("uppfoljning-2027.styr", later)),
				"bun", "delår");
		assertEquals(2027, form.year());
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		fill(workbook, Sheet.INDICATORS, "J" + rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null), 880);
		Run run = govc("import", save(workbook, "bun.xlsx").toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode());
		assertEquals(later, Files.readString(existing), "nothing is written");
		assertTrue(run.err().contains("Kontrollen godtar inte uppföljningen som importen skulle skriva:\n" + existing
				+ ":6:17: error: Utfallet gäller 2027, efter perioden 2024–2026: ett utfall kan gälla perioden eller tiden före den.\n"),
				run.err());
		try (var files = Files.list(model)) {
			assertEquals(5, files.filter(f -> !f.getFileName().toString().equals(".styrmodell-nyckel")).count(), "no temporary file is left behind");
		}
	}

	@Test
	void everyCellThatCannotBeReadIsReportedAsSheetAndCell() throws IOException {
		XSSFWorkbook workbook = workbook("bun", "delår");
		int i1 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null);
		fill(workbook, Sheet.INDICATORS, "J" + i1, "ungefär 80");
		fill(workbook, Sheet.INDICATORS, "K" + (i1 + 1), "kanske");
		fill(workbook, Sheet.INDICATORS, "J" + (i1 + 1), 84);
		int i2 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		fill(workbook, Sheet.INDICATORS, "K" + i2, "prognos");
		fill(workbook, Sheet.GOALS, "E" + rowOf(workbook, Sheet.GOALS, "testby.bun_m1", null), "Superbra");
		fill(workbook, Sheet.GOALS, "G" + rowOf(workbook, Sheet.GOALS, "testby.bun_m2", null), "En analys utan bedömning.");
		fill(workbook, Sheet.ASSIGNMENTS, "F" + rowOf(workbook, Sheet.ASSIGNMENTS, "testby.bun_u1", null), "Klar?");
		fill(workbook, Sheet.ACTIVITIES, "H" + rowOf(workbook, Sheet.ACTIVITIES, "testby.bun_a1", null), "Kommentar.");
		Path file = save(workbook, "bun.xlsx");
		Path output = model.resolve("uppfoljning.styr");

		Run run = govc("import", file.toString(), "-o", output.toString());
		assertEquals(1, run.exitCode());
		assertFalse(Files.exists(output), "nothing is written");
		List<String> expected = List.of(
				"bun.xlsx: Indikatorer!J" + i1 + ": 'ungefär 80' är inget utfall: skriv ett tal (74 eller 74,5), I.U. när "
						+ "utfall saknas, 74 (prognos) eller se \"årsredovisningen\"",
				"bun.xlsx: Indikatorer!K" + (i1 + 1) + ": 'kanske' känns inte igen: välj prognos eller lämna cellen tom",
				"bun.xlsx: Indikatorer!K" + i2 + ": prognos utan värde: skriv utfallet i J" + i2,
				"bun.xlsx: Mål!E6: 'Superbra' finns inte i bedömningsskalan: välj ett av Uppfyllt, Delvis uppfyllt, "
						+ "Ej uppfyllt, Ej bedömt",
				"bun.xlsx: Mål!E7: bedömning saknas: analysen, prognosen och åtgärderna hör till en bedömning",
				"bun.xlsx: Uppdrag!F6: 'Klar?' är inget statusord i modellen: välj ett av Pågående, Genomfört",
				"bun.xlsx: Aktiviteter!G6: status saknas: kommentaren hör till en status");
		for (String line : expected) {
			assertTrue(run.err().contains(line + "\n"), "missing: " + line + "\n" + run.err());
		}
		assertTrue(run.err().endsWith("Inget skrevs: rätta det som står ovan och importera igen.\n"), run.err());
	}

	@Test
	void aWorkbookForAnotherCommitteeIsRefused() throws IOException {
		Path bun = filledBun();
		Run named = govc("import", bun.toString(), "--modell", model.toString(), "--nämnd", "sn");
		assertEquals(1, named.exitCode());
		assertTrue(named.err().contains("bun-delår.xlsx: arbetsboken gäller Barn- och utbildningsnämnden (testby.bun), "
				+ "men importen gäller Socialnämnden (sn): importera varje nämnds arbetsböcker för sig"), named.err());
		assertEquals("", named.out());

		Path sn = save(workbook("sn", "delår"), "sn-delår.xlsx");
		Run mixed = govc("import", bun.toString(), sn.toString(), "--modell", model.toString());
		assertEquals(1, mixed.exitCode());
		assertTrue(mixed.err().contains("sn-delår.xlsx: arbetsboken gäller Socialnämnden (testby.sn), men importen gäller "
				+ "Barn- och utbildningsnämnden (testby.bun)"), mixed.err());
	}

	@Test
	void aWorkbookForAnotherFollowUpPointIsRefused() throws IOException {
		Path delår = filledBun();
		Path bokslut = save(workbook("bun", "bokslut"), "bun-bokslut.xlsx");
		Run run = govc("import", delår.toString(), bokslut.toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("bun-bokslut.xlsx: gäller nämnd bun, tillfälle bokslut, år 2024, men bun-delår.xlsx "
				+ "gäller nämnd bun, tillfälle delår, år 2024"), run.err());
	}

	@Test
	void aWorkbookFromAnotherModelIsRefused() throws IOException {
		GovernanceView linkoping = Workbooks.view(TestWorkspace.example("linkoping"));
		Path other = Files.write(dir.resolve("bun-delårsrapport.xlsx"),
				Workbooks.bytes(Workbooks.form(linkoping, "bun", "delårsrapport")));
		Run run = govc("import", other.toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("bun-delårsrapport.xlsx: arbetsboken gäller kommunen 'linkoping', men modellen i "
				+ model + " gäller testby: importera den mot rätt modell med --modell"), run.err());

		// The same municipality with another model definition.
		Path renamed = Workbooks.writeFixture(dir.resolve("annan"));
		Files.writeString(renamed.resolve("modell.styr"), Files.readString(renamed.resolve("modell.styr"))
				.replace("styrmodell testmodell", "styrmodell nymodell"));
		Run otherModel = govc("import", filledBun().toString(), "--modell", renamed.toString());
		assertEquals(1, otherModel.exitCode());
		assertTrue(otherModel.err().contains("bun-delår.xlsx: arbetsboken gjordes från styrmodellen 'testby.testmodell', "
				+ "men modellen i " + renamed + " är 'testby.nymodell'"), otherModel.err());
	}

	@Test
	void aRowTheModelNoLongerHasIsAProblemOnlyWhenFilledIn() throws IOException {
		XSSFWorkbook workbook = workbook("bun", "delår");
		fill(workbook, Sheet.INDICATORS, "J" + rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null), 82);
		Path file = save(workbook, "bun.xlsx");
		// The model moves on while the workbook is out: bun_i2 is removed.
		Path plan = model.resolve("bun.styr");
		String removed = "    indikator bun_i2 \"Kostnad per elev\" {\n      enhet \"kr\"\n      riktning lägre\n"
				+ "      målvärde 2024: max 900\n    }\n";
		assertTrue(Files.readString(plan).contains(removed));
		Files.writeString(plan, Files.readString(plan).replace(removed, ""));

		Run run = govc("import", file.toString(), "--modell", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("  utfall bun_i1 2024: 82\n"), run.out());
		assertTrue(run.err().contains("bun.xlsx: modellen har ändrats sedan arbetsboken gjordes; värdena läses ändå rad "
				+ "för rad efter sina id:n"), run.err());

		int i2 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		fill(workbook, Sheet.INDICATORS, "J" + i2, 880);
		Run filledIn = govc("import", save(workbook, "bun.xlsx").toString(), "--modell", model.toString());
		assertEquals(1, filledIn.exitCode());
		assertTrue(filledIn.err().contains("bun.xlsx: Indikatorer!A" + i2 + ": 'testby.bun_i2' finns inte i modellen "
				+ "(raden hör till en äldre modell)"), filledIn.err());
	}

	@Test
	void changedHiddenIdsAreRefused() throws IOException {
		XSSFWorkbook workbook = workbook("bun", "delår");
		int row = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		fill(workbook, Sheet.INDICATORS, "A" + row, "testby.sn_i1");
		fill(workbook, Sheet.INDICATORS, "J" + row, 12);
		Run run = govc("import", save(workbook, "bun.xlsx").toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("bun.xlsx: de dolda id:na stämmer inte med arbetsbokens fingeravtryck"), run.err());
	}

	@Test
	void aFileThatIsNoWorkbookIsRefused() throws IOException {
		Path text = Files.writeString(dir.resolve("anteckningar.xlsx"), "inte en arbetsbok");
		Run run = govc("import", text.toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith("anteckningar.xlsx: kan inte läsas som en arbetsbok (.xlsx): "), run.err());
		assertFalse(run.err().contains("Exception"), run.err());

		Run missing = govc("import", dir.resolve("finns-inte.xlsx").toString(), "--modell", model.toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().startsWith(dir.resolve("finns-inte.xlsx") + ": filen eller mappen finns inte\n"),
				missing.err());

		XSSFWorkbook plain = new XSSFWorkbook();
		plain.createSheet("Blad1");
		Run notOurs = govc("import", save(plain, "egen.xlsx").toString(), "--modell", model.toString());
		assertEquals(1, notOurs.exitCode());
		assertTrue(notOurs.err().startsWith("egen.xlsx: är ingen uppföljningsmall från govc build"), notOurs.err());
	}

	@Test
	void workbooksFilledInPartsAreMergedAndConflictsReported() throws IOException {
		XSSFWorkbook goals = workbook("bun", "delår");
		fill(goals, Sheet.GOALS, "E" + rowOf(goals, Sheet.GOALS, "testby.bun_m1", null), "Uppfyllt");
		XSSFWorkbook indicators = workbook("bun", "delår");
		fill(indicators, Sheet.INDICATORS, "J" + rowOf(indicators, Sheet.INDICATORS, "testby.bun_i2", null), 880);
		Run merged = govc("import", save(goals, "mål.xlsx").toString(), save(indicators, "utfall.xlsx").toString(),
				"--modell", model.toString());
		assertEquals(0, merged.exitCode(), merged.err());
		assertTrue(merged.out().contains("  mål bun_m1 bedöms uppfyllt\n  utfall bun_i2 2024: 880\n"), merged.out());
		assertTrue(merged.out().startsWith("// Importerad med govc import från mål.xlsx, utfall.xlsx.\n"), merged.out());

		fill(goals, Sheet.INDICATORS, "J" + rowOf(goals, Sheet.INDICATORS, "testby.bun_i2", null), 900);
		Run conflict = govc("import", save(goals, "mål.xlsx").toString(), save(indicators, "utfall.xlsx").toString(),
				"--modell", model.toString());
		assertEquals(1, conflict.exitCode());
		assertTrue(conflict.err().contains("utfall.xlsx: Indikatorer!J9: värdet skiljer sig från det i mål.xlsx: "
				+ "Indikatorer!J9: fyll i varje värde i bara en av arbetsböckerna"), conflict.err());
	}

	/** A follow-up a first import (or a planner) wrote, with comments and a status the workbook does not change. */
	static final String EARLIER = """
			// Delårsrapporten, första omgången.
			kommun testby

			uppföljning bun_delår "Delårsrapport 2024" {
			  tillfälle delår
			  år 2024
			  ägare bun
			  // Bedömt av förvaltningen.
			  mål bun_m1 bedöms delvis analys "Läxhjälpen är igång."
			  utfall bun_i2 2024: 880 // från ekonomisystemet
			  aktivitet bun_a1 status pågående
			}
			""";

	/** The bun workbook reopening {@link #EARLIER}: bun_i2 changed, bun_i1 and bun_u1 new. */
	private XSSFWorkbook reopened() {
		FollowUpForm form = Workbooks.form(
				Workbooks.view(Workbooks.fixtureWorkspace().file("uppfoljning-bun.styr", EARLIER)), "bun", "delår");
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		int i2 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		assertEquals(880, Workbooks.cell(Workbooks.sheet(workbook, Sheet.INDICATORS), "J" + i2).getNumericCellValue(),
				"what was reported stands in the workbook");
		return workbook;
	}

	@Test
	void aSecondImportUpdatesTheFollowUpInPlace() throws IOException {
		Path existing = Files.writeString(model.resolve("uppfoljning-bun.styr"), EARLIER);
		XSSFWorkbook workbook = reopened();
		int i1 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null);
		int i2 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		fill(workbook, Sheet.INDICATORS, "J" + i2, 900);
		fill(workbook, Sheet.INDICATORS, "J" + i1, 81.5);
		fill(workbook, Sheet.INDICATORS, "J" + (i1 + 1), 84);
		fill(workbook, Sheet.ASSIGNMENTS, "F" + rowOf(workbook, Sheet.ASSIGNMENTS, "testby.bun_u1", null), "Pågående");
		Path file = save(workbook, "bun.xlsx");

		// A value that differs is listed with its file and line, and nothing is written without --force.
		Run refused = govc("import", file.toString(), "--modell", model.toString());
		assertEquals(1, refused.exitCode());
		assertEquals(existing + ":10: står 'utfall bun_i2 2024: 880', men arbetsboken ger 'utfall bun_i2 2024: 900' "
				+ "(bun.xlsx: Indikatorer!J" + i2 + ")\n"
				+ "Importen skulle skriva över värden i " + existing + " som skiljer sig från arbetsböckernas (se ovan): "
				+ "skriv över dem med --force om arbetsböckerna har rätt\n"
				+ "Inget skrevs: rätta det som står ovan och importera igen.\n", refused.err());
		assertEquals(EARLIER, Files.readString(existing));

		// With --force: the one line replaced, the new ones beside their kind, everything else kept.
		Run forced = govc("import", file.toString(), "--modell", model.toString(), "--force");
		assertEquals(0, forced.exitCode(), forced.err());
		assertEquals("""
				// Delårsrapporten, första omgången.
				kommun testby

				uppföljning bun_delår "Delårsrapport 2024" {
				  tillfälle delår
				  år 2024
				  ägare bun
				  // Bedömt av förvaltningen.
				  mål bun_m1 bedöms delvis analys "Läxhjälpen är igång."
				  utfall bun_i2 2024: 900 // från ekonomisystemet
				  utfall bun_i1 2024: 81,5 kvinnor: 84
				  uppdrag bun_u1 status pågående
				  aktivitet bun_a1 status pågående
				}
				""", Files.readString(existing));
		assertEquals(existing + ":10: 'utfall bun_i2 2024: 880' ersattes med 'utfall bun_i2 2024: 900' (bun.xlsx: "
				+ "Indikatorer!J" + i2 + ")\nUppföljningen i " + existing + " uppdaterades: 2 nya och 1 ändrade rader.\n",
				forced.err());
		assertEquals(0, govc("check", model.toString()).exitCode());
		try (var files = Files.list(model)) {
			assertEquals(5, files.filter(f -> !f.getFileName().toString().equals(".styrmodell-nyckel")).count(), "no second follow-up, no temporary file");
		}

		// The same workbook again, now with -o naming the file: identical values are left alone.
		String updated = Files.readString(existing);
		Run same = govc("import", file.toString(), "-o", existing.toString());
		assertEquals(0, same.exitCode(), same.err());
		assertEquals("Inget ändrades: " + existing + " har redan alla värden från arbetsböckerna.\n", same.err());
		assertEquals(updated, Files.readString(existing));
	}

	@Test
	void aSecondImportNeverWritesASecondFollowUp() throws IOException {
		Path existing = Files.writeString(model.resolve("uppfoljning-bun.styr"), EARLIER);
		Path file = save(reopened(), "bun.xlsx");
		Path other = model.resolve("uppfoljning-delar-2024.styr");
		Run run = govc("import", file.toString(), "-o", other.toString());
		assertEquals(1, run.exitCode());
		assertEquals("Uppföljningen för nämnd bun, tillfälle delår, år 2024 finns redan i " + existing
				+ ": importera utan -o, eller med -o " + existing + ", så uppdateras den i stället för att en andra "
				+ "uppföljning skrivs\nInget skrevs: rätta det som står ovan och importera igen.\n", run.err());
		assertFalse(Files.exists(other));
		assertEquals(EARLIER, Files.readString(existing));
	}

	@Test
	void aMonthlyReportAsksForItsMonthAndImportsIntoIt() throws IOException {
		Files.writeString(model.resolve("modell.styr"), Files.readString(model.resolve("modell.styr")).replace(
				"  uppföljningstillfälle bokslut", "  uppföljningstillfälle månadsrapport \"Månadsrapport\"\n  uppföljningstillfälle bokslut"));
		String march = """
				kommun testby

				uppföljning bun_mars "Månadsrapport mars 2024" {
				  tillfälle månadsrapport
				  år 2024
				  månad mars
				  ägare bun
				  utfall bun_i2 2024-03: 870
				}
				""";
		Path existing = Files.writeString(model.resolve("uppfoljning-mars.styr"), march);
		TestWorkspace workspace = new TestWorkspace();
		try (var files = Files.list(model)) {
			for (Path f : files.filter(file -> file.toString().endsWith(".styr")).sorted().toList()) {
				workspace.file(f.getFileName().toString(), Files.readString(f));
			}
		}
		FollowUpForm form = Workbooks.form(Workbooks.view(workspace), "bun", "månadsrapport");
		assertEquals("2024-03", form.period().toString());
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		var sheet = Workbooks.sheet(workbook, Sheet.INDICATORS);
		assertEquals("Utfall mars 2024 (fyll i)", sheet.getRow(4).getCell(9).getStringCellValue());
		int i2 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		assertEquals(870, Workbooks.cell(sheet, "J" + i2).getNumericCellValue());
		fill(workbook, Sheet.INDICATORS, "J" + rowOf(workbook, Sheet.INDICATORS, "testby.bun_i3", null), 75);
		Run run = govc("import", save(workbook, "bun-månad.xlsx").toString(), "--modell", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(march.replace("2024-03: 870\n", "2024-03: 870\n  utfall bun_i3 2024-03: 75\n"),
				Files.readString(existing));

		// Into the plans alone: a new follow-up that says its month.
		Files.delete(existing);
		Run fresh = govc("import", model.resolve("../bun-månad.xlsx").toString(), "--modell", model.toString());
		assertEquals(0, fresh.exitCode(), fresh.err());
		assertTrue(fresh.out().contains("""
				uppföljning bun_månadsrapport_2024_03 "Månadsrapport mars 2024 – Barn- och utbildningsnämnden" {
				  tillfälle månadsrapport
				  år 2024
				  månad mars
				  ägare bun
				  utfall bun_i2 2024-03: 870
				  utfall bun_i3 2024-03: 75
				}
				"""), fresh.out());
	}

	@Test
	void helpExplainsWhereTheModelIsRead() {
		Run help = govc("import", "--help");
		assertTrue(help.out().contains("--modell=<mapp>"), help.out());
		assertTrue(help.out().contains("--force"), help.out());
	}

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	/** Every example's workbooks, as built, import back into exactly what was reported. */
	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleWorkbookImportsBackWithoutLosingAValue(String example) throws IOException {
		GovernanceView view = Workbooks.view(TestWorkspace.example(example));
		int compared = 0;
		for (FollowUpForm form : FollowUpForm.all(view)) {
			List<String> reported = Workbooks.reported(form);
			if (reported.isEmpty()) {
				continue;
			}
			Path workbook = Files.write(dir.resolve(form.fileName()), Workbooks.bytes(form));
			assertEquals(reported, Workbooks.imported(example, workbook), form.fileName());
			compared += reported.size();
		}
		assertTrue(compared > 20, example + ": " + compared + " values compared");
	}
}
