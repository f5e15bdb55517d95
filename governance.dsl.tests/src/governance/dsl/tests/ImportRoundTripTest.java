package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static governance.dsl.tests.generator.Workbooks.cell;
import static governance.dsl.tests.generator.Workbooks.fill;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static governance.dsl.tests.generator.Workbooks.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.tests.CommandLineTest.Run;
import governance.dsl.tests.generator.Workbooks;

/**
 * Every form of utfall through a workbook and back: written in a follow-up, pre-filled in the
 * workbook, imported unchanged (nothing changes), imported into a model without the follow-up
 * (the same values, as written), and typed by a planner in a Swedish spreadsheet.
 */
class ImportRoundTripTest {

	@TempDir
	Path dir;

	static final String PLAN = """
			kommun testby

			plan bun_budget "Internbudget 2024" {
			  ägare bun
			  period 2024-2026

			  mål bun_m1 "Fler elever är behöriga" {
			    målområde medborgare
			    leder till kf_m1
			    indikator v_decimal "Andel behöriga" {
			      enhet %
			      riktning högre
			      avser personer
			      uppdelning kvinnor, män
			      målvärde 2024: minst 80
			    }
			    indikator v_kvot "Kvot" {
			      riktning lägre
			      målvärde 2024: max 2
			    }
			    indikator v_tusen "Antal elever" {
			      enhet st
			      riktning högre
			      målvärde 2024: minst 12 000
			    }
			    indikator v_tkr "Kostnad" {
			      enhet tkr
			      riktning lägre
			      målvärde 2024: max 3 000
			    }
			    indikator v_kr "Kostnad per elev" {
			      enhet kr
			      riktning lägre
			      målvärde 2024: max 90 000
			    }
			    indikator v_gräns "Väntetid" {
			      enhet dagar
			      riktning lägre
			      målvärde 2024: max 80
			    }
			    indikator v_saknas "Nöjdhet" {
			      riktning högre
			      målvärde 2024: minst 70
			    }
			    indikator v_ref "Meritvärde" {
			      riktning högre
			      målvärde 2024: minst 230
			    }
			    indikator v_prognos "Närvaro" {
			      enhet %
			      riktning högre
			      målvärde 2024: minst 90
			    }
			    indikator v_fotnot "Antal avbrott" {
			      riktning lägre
			      målvärde 2024: max 30
			    }
			    indikator v_neg "Budgetavvikelse" {
			      enhet mnkr
			      riktning högre
			      målvärde 2024: minst 0
			    }
			  }
			}
			""";

	/** The follow-up with every form, as the import writes it. */
	static final String STATEMENTS = """
			  utfall v_decimal 2024: 15,0 kvinnor: 1,30 män: –
			  utfall v_kvot 2024: 1,30
			  utfall v_tusen 2024: 12 000
			  utfall v_tkr 2024: 2 450
			  utfall v_kr 2024: 2 450 tkr
			  utfall v_gräns 2024: mindre än 70
			  utfall v_saknas 2024: I.U.
			  utfall v_ref 2024: se "årsredovisningen"
			  utfall v_prognos 2024: 74 prognos
			  utfall v_fotnot 2024: 24* fotnot * "Avser vårterminen."
			  utfall v_neg 2024: -5
			""";

	static final String HEADER = """
			kommun testby "Testby kommun"

			uppföljning bun_delår_2024 "Delårsrapport 2024 – Barn- och utbildningsnämnden" {
			  tillfälle delår
			  år 2024
			  ägare bun
			""";

	private Path plans() {
		Path model = Workbooks.writeFixture(dir.resolve("plans"));
		write(model.resolve("bun.styr"), PLAN);
		return model;
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static TestWorkspace workspace(Path model) throws IOException {
		TestWorkspace workspace = new TestWorkspace();
		try (var files = Files.list(model)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".styr")).sorted().toList()) {
				workspace.file(file.getFileName().toString(), Files.readString(file));
			}
		}
		return workspace;
	}

	private Path workbook(Path model, String name) throws IOException {
		FollowUpForm form = Workbooks.form(Workbooks.view(workspace(model)), "bun", "delår");
		return Files.write(dir.resolve(name), Workbooks.bytes(form));
	}

	@Test
	void everyValueFormSurvivesTheWorkbookAsWritten() throws IOException {
		Path model = Workbooks.writeFixture(dir.resolve("modell"));
		write(model.resolve("bun.styr"), PLAN);
		// As a planner writes the follow-up: a real minus sign and a marked footnote.
		String followUp = HEADER + STATEMENTS.replace("-5", "\u22125") + "}\n";
		Path file = model.resolve("uppfoljning.styr");
		write(file, followUp);
		Run check = govc("check", model.toString());
		assertEquals(0, check.exitCode(), check.out());

		Path workbook = workbook(model, "bun-delår.xlsx");
		XSSFWorkbook opened = Workbooks.open(workbook);
		XSSFSheet sheet = sheet(opened, Sheet.INDICATORS);
		Map<String, String> cells = new LinkedHashMap<>();
		for (String id : new String[] { "v_decimal", "v_kvot", "v_tusen", "v_tkr", "v_kr", "v_gräns", "v_saknas", "v_ref",
				"v_prognos", "v_fotnot", "v_neg" }) {
			var cell = cell(sheet, "J" + rowOf(opened, Sheet.INDICATORS, "testby." + id, null));
			cells.put(id, switch (cell.getCellType()) {
			case NUMERIC -> cell.getNumericCellValue() + " " + cell.getCellStyle().getDataFormatString();
			default -> cell.getStringCellValue();
			});
		}
		assertEquals(Map.ofEntries(Map.entry("v_decimal", "15.0 0.0"), Map.entry("v_kvot", "1.3 0.00"),
				Map.entry("v_tusen", "12000.0 #,##0"), Map.entry("v_tkr", "2450.0 #,##0"), Map.entry("v_kr", "2 450 tkr"),
				Map.entry("v_gräns", "mindre än 70"), Map.entry("v_saknas", "I.U."), Map.entry("v_ref", "se årsredovisningen"),
				Map.entry("v_prognos", "74.0 General"), Map.entry("v_fotnot", "24*"), Map.entry("v_neg", "-5.0 General")),
				cells);
		int decimal = rowOf(opened, Sheet.INDICATORS, "testby.v_decimal", null);
		assertEquals("–", cell(sheet, "J" + (decimal + 2)).getStringCellValue());
		assertEquals("prognos", cell(sheet, "K" + rowOf(opened, Sheet.INDICATORS, "testby.v_prognos", null))
				.getStringCellValue());

		// Imported unchanged into the model that holds the follow-up: nothing changes.
		Run again = govc("import", workbook.toString(), "--modell", model.toString());
		assertEquals(0, again.exitCode(), again.err());
		assertEquals("Inget ändrades: " + file + " har redan alla värden från arbetsböckerna.\n", again.err());
		assertEquals(followUp, Files.readString(file));

		// Imported into the plans alone: a new follow-up with the same values, as written.
		Run fresh = govc("import", workbook.toString(), "--modell", plans().toString());
		assertEquals(0, fresh.exitCode(), fresh.err());
		assertEquals("// Importerad med govc import från bun-delår.xlsx.\n" + HEADER
				+ STATEMENTS + "}\n", fresh.out());
	}

	@Test
	void whatAPlannerTypesInASwedishSpreadsheetIsRead() throws IOException {
		Path model = plans();
		Path file = workbook(model, "bun-delår.xlsx");
		XSSFWorkbook workbook = Workbooks.open(file);
		Map<String, Object> typed = new LinkedHashMap<>();
		typed.put("v_decimal", "74,5");
		typed.put("v_kvot", 1.3);
		typed.put("v_tusen", "12\u00a0000");
		typed.put("v_tkr", "2 450 tkr");
		typed.put("v_kr", "2\u202f450 tkr");
		typed.put("v_gräns", "Mindre än 70");
		typed.put("v_saknas", "–");
		typed.put("v_ref", "se \"Årsbokslut 2024\"");
		typed.put("v_prognos", "74 (prognos)");
		typed.put("v_fotnot", "24*");
		typed.put("v_neg", "\u22125");
		typed.forEach((id, value) -> fill(workbook, Sheet.INDICATORS,
				"J" + rowOf(workbook, Sheet.INDICATORS, "testby." + id, null), value));
		int decimal = rowOf(workbook, Sheet.INDICATORS, "testby.v_decimal", null);
		fill(workbook, Sheet.INDICATORS, "J" + (decimal + 1), "I.U.");
		fill(workbook, Sheet.INDICATORS, "J" + (decimal + 2), 12000);
		int marked = rowOf(workbook, Sheet.INDICATORS, "testby.v_fotnot", null);
		Path unexplained = Files.write(dir.resolve("omarkerad.xlsx"), Workbooks.bytes(workbook));
		Run refused = govc("import", unexplained.toString(), "--modell", model.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertTrue(refused.err().contains("Indikatorer!" + Indicators.COMMENT.letter() + marked + ": Värdet är markerat med * "
				+ "men kommentaren (fotnoten) saknas eller förklarar flera markeringar: skriv en kommentar för markeringen, "
				+ "eller ta bort den från J" + marked + "."), refused.err());
		fill(workbook, Sheet.INDICATORS, Indicators.COMMENT.letter() + marked, "Avser vårterminen.");
		Path saved = Files.write(dir.resolve("ifylld.xlsx"), Workbooks.bytes(workbook));
		Run run = govc("import", saved.toString(), "--modell", model.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().endsWith("""
				  utfall v_decimal 2024: 74,5 kvinnor: I.U. män: 12 000
				  utfall v_kvot 2024: 1,3
				  utfall v_tusen 2024: 12 000
				  utfall v_tkr 2024: 2 450
				  utfall v_kr 2024: 2 450 tkr
				  utfall v_gräns 2024: mindre än 70
				  utfall v_saknas 2024: –
				  utfall v_ref 2024: se "Årsbokslut 2024"
				  utfall v_prognos 2024: 74 prognos
				  utfall v_fotnot 2024: 24* fotnot * "Avser vårterminen."
				  utfall v_neg 2024: -5
				}
				"""), run.out());
	}

	@Test
	void aNumberTooLongOrATextTooLargeIsACellError() throws IOException {
		Path model = plans();
		XSSFWorkbook workbook = Workbooks.open(workbook(model, "bun-delår.xlsx"));
		int kvot = rowOf(workbook, Sheet.INDICATORS, "testby.v_kvot", null);
		int tusen = rowOf(workbook, Sheet.INDICATORS, "testby.v_tusen", null);
		int tkr = rowOf(workbook, Sheet.INDICATORS, "testby.v_tkr", null);
		fill(workbook, Sheet.INDICATORS, "J" + kvot, "1".repeat(400));
		fill(workbook, Sheet.INDICATORS, "J" + tusen, 1e300);
		fill(workbook, Sheet.INDICATORS, "J" + tkr, 5);
		fill(workbook, Sheet.INDICATORS, Indicators.COMMENT.letter() + tkr, "PLATSHÅLLARE");
		// No spreadsheet program writes a longer cell (POI refuses to): a crafted file does.
		Path saved = Files.write(dir.resolve("bun.xlsx"),
				replaceInZip(Workbooks.bytes(workbook), "PLATSHÅLLARE", "x".repeat(40_000)));
		Run run = govc("import", saved.toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!J" + kvot
				+ ": talet har 400 siffror, men ett utfall får ha högst 15\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!J" + tusen
				+ ": talet har 301 siffror, men ett utfall får ha högst 15\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!N" + tkr
				+ ": texten har 40000 tecken, men en cell rymmer högst 32767: korta den\n"), run.err());
		assertTrue(run.err().endsWith("Inget skrevs: rätta det som står ovan och importera igen.\n"), run.err());
	}

	/** The zip with one text replaced in every entry that holds it. */
	private static byte[] replaceInZip(byte[] zip, String text, String replacement) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
				var rewritten = new java.util.zip.ZipOutputStream(out)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				rewritten.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				rewritten.write(content.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
