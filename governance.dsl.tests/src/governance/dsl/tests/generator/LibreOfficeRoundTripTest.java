package governance.dsl.tests.generator;

import static governance.dsl.tests.generator.Workbooks.cell;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static governance.dsl.tests.generator.Workbooks.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.importer.FollowUpImport;
import governance.dsl.model.GovernanceView;
import governance.dsl.tests.TestWorkspace;

/**
 * The workbooks in a real spreadsheet program: LibreOffice opens them, recalculates and saves them
 * again (what a planner's save does), and {@code govc import} reads the saved files without losing a
 * value. One LibreOffice run converts everything (it is slow to start); the test is skipped where
 * LibreOffice is not installed (CI installs it).
 */
class LibreOfficeRoundTripTest {

	@TempDir
	static Path dir;

	/** Original and LibreOffice-saved file of each workbook, the filled-in test workbook first. */
	private static final Map<String, Path[]> converted = new LinkedHashMap<>();
	private static final String FILLED = "testby-bun-delår.xlsx";

	/** LibreOffice, or null where it is not installed: then every test is reported skipped, with the reason. */
	private static Path soffice;

	@BeforeAll
	static void convertWithLibreOffice() throws IOException, InterruptedException {
		soffice = findLibreOffice();
		if (soffice == null) {
			// An assumption here would abort the class before any test, which Surefire counts as
			// "Tests run: 0"; each test assumes instead, and is counted as skipped.
			return;
		}
		Path in = Files.createDirectories(dir.resolve("in"));
		Path out = Files.createDirectories(dir.resolve("out"));

		// Filled in with POI, which does not recalculate: the deviations' cached values are stale until LibreOffice runs.
		XSSFWorkbook filled = Workbooks
				.open(Workbooks.bytes(Workbooks.form(Workbooks.view(Workbooks.fixtureWorkspace()), "bun", "delår")));
		Workbooks.fillAsAPlanner(filled);
		Files.write(in.resolve(FILLED), Workbooks.bytes(filled));
		// Every example's workbooks that hold reported values, as govc build wrote them.
		for (String example : TestWorkspace.exampleNames()) {
			for (FollowUpForm form : FollowUpForm.all(Workbooks.view(TestWorkspace.example(example)))) {
				if (!Workbooks.reported(form).isEmpty()) {
					Files.write(in.resolve(example + "-" + form.fileName()), Workbooks.bytes(form));
				}
			}
		}
		List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile(dir).toUri(),
				"--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out.toString()));
		try (var files = Files.list(in)) {
			files.sorted().forEach(f -> {
				command.add(f.toString());
				converted.put(f.getFileName().toString(), new Path[] { f, out.resolve(f.getFileName()) });
			});
		}
		Path log = dir.resolve("soffice.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue(process.waitFor(10, TimeUnit.MINUTES), "LibreOffice did not finish");
		assertEquals(0, process.exitValue(), Files.readString(log));
		converted.values().forEach(f -> assertTrue(Files.exists(f[1]), "not converted: " + f[0] + "\n" + readLog(log)));
	}

	private static String readLog(Path log) {
		try {
			return Files.readString(log);
		} catch (IOException e) {
			return e.toString();
		}
	}

	/**
	 * A LibreOffice profile of the test's own (no clash with a running LibreOffice), set to recalculate
	 * every formula when it loads an .xlsx: by default it trusts the cached values.
	 */
	static Path profile(Path dir) throws IOException {
		Path profile = Files.createDirectories(dir.resolve("profile/user"));
		Files.writeString(profile.resolve("registrymodifications.xcu"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
				<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
				<value>0</value></prop></item>
				</oor:items>
				""", StandardCharsets.UTF_8);
		return profile.getParent();
	}

	static Path findLibreOffice() {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : List.of("soffice", "libreoffice")) {
				Path candidate = Path.of(folder, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	@BeforeEach
	void needsLibreOffice() {
		assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the round trip through LibreOffice is skipped");
	}

	@Test
	void libreOfficeComputesTheDeviations() {
		XSSFWorkbook before = Workbooks.open(converted.get(FILLED)[0]);
		XSSFWorkbook after = Workbooks.open(converted.get(FILLED)[1]);
		XSSFSheet stale = sheet(before, Sheet.INDICATORS);
		XSSFSheet sheet = sheet(after, Sheet.INDICATORS);
		int total = rowOf(after, Sheet.INDICATORS, "testby.bun_i1", null);
		assertEquals(CellType.STRING, cell(stale, "L" + total).getCachedFormulaResultType(), "POI left the empty result");
		// minst 80 kvinnor: minst 82 män: 78; utfall 81,5 prognos kvinnor: 84 män: "79 (prognos)"
		assertEquals(1.5, deviation(sheet, total), 1e-9);
		assertEquals(2.0, deviation(sheet, total + 1), 1e-9);
		assertEquals("", cell(sheet, "L" + (total + 2)).getStringCellValue(), "text is no number: no deviation");
		assertEquals("uppnått", cell(sheet, "M" + total).getStringCellValue());
		assertEquals("uppnått", cell(sheet, "M" + (total + 1)).getStringCellValue());
		assertEquals("", cell(sheet, "M" + (total + 2)).getStringCellValue(), "text the sheet does not read");
		// max 900 kr with I.U.: no deviation, no outcome; mellan 70 och 80 with a reference: the same.
		int missing = rowOf(after, Sheet.INDICATORS, "testby.bun_i2", null);
		assertEquals("", cell(sheet, "L" + missing).getStringCellValue());
		assertEquals("inget utfall", cell(sheet, "M" + missing).getStringCellValue());
		int between = rowOf(after, Sheet.INDICATORS, "testby.bun_i3", null);
		assertEquals("", cell(sheet, "L" + between).getStringCellValue());
		assertEquals("inget utfall", cell(sheet, "M" + between).getStringCellValue());
	}

	@Test
	void libreOfficeComputesTheDeviationsOfTheExamples() {
		XSSFWorkbook workbook = Workbooks.open(converted.get("linkoping-bun-delårsrapport.xlsx")[1]);
		XSSFSheet sheet = sheet(workbook, Sheet.INDICATORS);
		// bun_m1_i1: målvärde 2022: minst 92 does not apply to the utfall 2019: 90.
		int row = rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_m1_i1", null);
		assertEquals("inget jämförbart målvärde", cell(sheet, "M" + row).getStringCellValue());
		// bun_m3_i1: målvärde 2019-2022: minst 0 %, utfall -0,8 prognos
		int balance = rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_m3_i1", null);
		assertEquals(-0.8, deviation(sheet, balance), 1e-9);
		assertEquals("inte uppnått", cell(sheet, "M" + balance).getStringCellValue());
	}

	private static double deviation(XSSFSheet sheet, int row) {
		Cell cell = cell(sheet, Indicators.DEVIATION.letter() + row);
		assertEquals(CellType.FORMULA, cell.getCellType());
		assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), "row " + row);
		return cell.getNumericCellValue();
	}

	@Test
	void theFilledWorkbookSavedByLibreOfficeImportsToTheSameFollowUp() throws IOException {
		Path model = Workbooks.writeFixture(dir.resolve("modell"));
		String original = importText(converted.get(FILLED)[0], model);
		String saved = importText(converted.get(FILLED)[1], model);
		assertEquals(original, saved);
		assertTrue(saved.contains("utfall bun_i1 2024: 81,5 prognos kvinnor: 84 män: 79 prognos fotnot "
				+ "\"=Inte en formel, bara text\""), saved);
	}

	private static String importText(Path workbook, Path model) throws IOException {
		FollowUpImport.Result result = new FollowUpImport().key(Workbooks.TEST_KEY).run(List.of(workbook), model, null, null);
		assertTrue(result.ok(), String.join("\n", result.problems()));
		// The workbook's file name stands in the first comment line; the rest must not differ.
		return result.text().substring(result.text().indexOf('\n') + 1);
	}

	@Test
	void everyExampleRoundTripsThroughLibreOfficeAndImportWithoutLosingAValue() {
		int compared = 0;
		for (String example : TestWorkspace.exampleNames()) {
			GovernanceView view = Workbooks.view(TestWorkspace.example(example));
			for (FollowUpForm form : FollowUpForm.all(view)) {
				List<String> reported = Workbooks.reported(form);
				if (reported.isEmpty()) {
					continue;
				}
				Path saved = converted.get(example + "-" + form.fileName())[1];
				assertEquals(reported, Workbooks.imported(example, saved), example + " " + form.fileName());
				compared += reported.size();
			}
		}
		assertTrue(compared > 100, compared + " values compared");
	}

	@Test
	void textThatLooksLikeAFormulaIsStillTextAfterLibreOffice() {
		XSSFWorkbook workbook = Workbooks.open(converted.get(FILLED)[1]);
		int formulas = 0;
		for (Sheet layout : Sheet.values()) {
			for (Row row : sheet(workbook, layout)) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						assertTrue(layout == Sheet.INDICATORS && (cell.getColumnIndex() == Indicators.DEVIATION.index()
								|| cell.getColumnIndex() == Indicators.STATUS.index()),
								layout.title() + "!" + cell.getAddress() + ": " + cell.getCellFormula());
						formulas++;
					}
				}
			}
		}
		assertTrue(formulas > 0);
		XSSFSheet goals = sheet(workbook, Sheet.GOALS);
		String title = cell(goals, "B" + rowOf(workbook, Sheet.GOALS, "testby.bun_m1", null)).getStringCellValue();
		assertEquals("=HYPERLINK(\"http://example.invalid\",\"Klicka här\")", title);
		assertTrue(workbook.getSheet("Mål").getProtect(), "the sheets stay protected");
	}
}
