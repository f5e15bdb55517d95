package governance.dsl.tests.generator;

import static governance.dsl.tests.generator.Workbooks.cell;
import static governance.dsl.tests.generator.Workbooks.fill;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static governance.dsl.tests.generator.Workbooks.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.model.Fulfilment;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.Measure;
import governance.dsl.tests.TestWorkspace;

/**
 * The indicator sheet's deviation and status over every bound × direction: the formulas, their values
 * as POI evaluates them, the same as {@link Fulfilment} judges, and (where LibreOffice is installed)
 * the same after LibreOffice recalculates them.
 */
class WorkbookFulfilmentTest {

	@TempDir
	Path dir;

	/** Indicator id → (riktning, målvärde). */
	static final Map<String, String[]> TARGETS = new LinkedHashMap<>();
	static {
		String[][] rows = { { "h_minst", "högre", "minst 80" }, { "h_max", "högre", "max 80" },
				{ "h_mindre", "högre", "mindre än 80" }, { "h_större", "högre", "större än 80" },
				{ "h_mellan", "högre", "mellan 70 och 90" }, { "h_exakt", "högre", "80" },
				{ "l_minst", "lägre", "minst 80" }, { "l_max", "lägre", "max 80" }, { "l_mindre", "lägre", "mindre än 80" },
				{ "l_större", "lägre", "större än 80" }, { "l_mellan", "lägre", "mellan 70 och 90" },
				{ "l_exakt", "lägre", "80" }, { "n_exakt", "ej_angiven", "80" }, { "n_ejfast", "högre", "ej fastställt" },
				{ "n_neg", "lägre", "max -2,5" } };
		for (String[] row : rows) {
			TARGETS.put(row[0], new String[] { row[1], row[2] });
		}
	}

	/** The outcomes tried on every row: below, on and above the target, inside and outside "mellan". */
	static final double[] OUTCOMES = { 60, 70, 75, 79.5, 80, 80.5, 85, 90, 95, -3 };

	static TestWorkspace workspace() {
		StringBuilder plan = new StringBuilder("""
				kommun testby

				plan sn_budget "Internbudget 2024" {
				  ägare sn
				  period 2024-2026

				  mål sn_m1 "Fler går till egen försörjning" {
				    målområde medborgare
				    leder till kf_m1
				""");
		TARGETS.forEach((id, target) -> plan.append("    indikator ").append(id).append(" \"").append(id)
				.append("\" {\n      riktning ").append(target[0]).append("\n      målvärde 2024: ").append(target[1])
				.append("\n    }\n"));
		plan.append("  }\n}\n");
		TestWorkspace workspace = new TestWorkspace();
		Workbooks.FIXTURE.forEach((name, text) -> workspace.file(name, name.equals("sn.styr") ? plan.toString() : text));
		return workspace;
	}

	private static XSSFWorkbook filled(double outcome) {
		FollowUpForm form = Workbooks.form(Workbooks.view(workspace()), "sn", "delår");
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		for (String id : TARGETS.keySet()) {
			fill(workbook, Sheet.INDICATORS, "J" + rowOf(workbook, Sheet.INDICATORS, "testby." + id, null), outcome);
		}
		return workbook;
	}

	@Test
	void theFormulasFollowTheBoundAndTheDirection() {
		XSSFWorkbook workbook = filled(75);
		XSSFSheet sheet = sheet(workbook, Sheet.INDICATORS);
		Map<String, String> deviations = new LinkedHashMap<>();
		for (String id : TARGETS.keySet()) {
			int row = rowOf(workbook, Sheet.INDICATORS, "testby." + id, null);
			Cell deviation = cell(sheet, "L" + row);
			deviations.put(id, deviation.getCellType() == CellType.FORMULA
					? deviation.getCellFormula().replaceAll("([A-Z])" + row + "\\b", "$1#") : "");
		}
		String higher = "IF(ISNUMBER(J#),ROUND(J#-I#,6),\"\")";
		String lower = "IF(ISNUMBER(J#),ROUND(I#-J#,6),\"\")";
		String between = "IF(ISNUMBER(J#),ROUND(MIN(J#-70,90-J#),6),\"\")";
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("h_minst", higher);
		expected.put("h_max", lower);
		expected.put("h_mindre", lower);
		expected.put("h_större", higher);
		expected.put("h_mellan", between);
		expected.put("h_exakt", higher);
		expected.put("l_minst", higher);
		expected.put("l_max", lower);
		expected.put("l_mindre", lower);
		expected.put("l_större", higher);
		expected.put("l_mellan", between);
		expected.put("l_exakt", lower);
		expected.put("n_exakt", "");
		expected.put("n_ejfast", "");
		expected.put("n_neg", lower);
		assertEquals(expected, deviations);
		int row = rowOf(workbook, Sheet.INDICATORS, "testby.h_mindre", null);
		assertEquals("IF(J" + row + "=\"\",\"inget utfall\",IF(ISNUMBER(J" + row + "),IF(J" + row + "<I" + row
				+ ",\"uppnått\",\"inte uppnått\"),IF(OR(LOWER(TRIM(J" + row + "))=\"i.u.\",LOWER(TRIM(J" + row
				+ "))=\"inget utfall\",LOWER(TRIM(J" + row + "))=\"–\",LOWER(TRIM(J" + row + "))=\"-\",LEFT(LOWER(TRIM(J"
				+ row + ")),3)=\"se \"),\"inget utfall\",\"\")))", cell(sheet, "M" + row).getCellFormula());
	}

	/** Every row and outcome, evaluated by POI, judged as Fulfilment judges it. */
	@Test
	void theSpreadsheetJudgesAsFulfilmentDoes() {
		GovernanceView view = Workbooks.view(workspace());
		for (double outcome : OUTCOMES) {
			XSSFWorkbook workbook = filled(outcome);
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			assertJudgedAsFulfilment(view, workbook, outcome);
		}
	}

	static void assertJudgedAsFulfilment(GovernanceView view, XSSFWorkbook workbook, double outcome) {
		XSSFSheet sheet = sheet(workbook, Sheet.INDICATORS);
		for (String id : TARGETS.keySet()) {
			Measure measure = view.measures().stream().filter(m -> m.getName().equals(id)).findFirst().orElseThrow();
			int row = rowOf(workbook, Sheet.INDICATORS, "testby." + id, null);
			Fulfilment.Result expected = Fulfilment.evaluate(
					MeasureFulfilment.spec(MeasureFulfilment.valueFor(
							MeasureFulfilment.targetFor(measure, Period.year(2024)).orElse(null), null)),
					measure.getDirection(), Fulfilment.OutcomeSpec.of(BigDecimal.valueOf(outcome)));
			String where = id + " with " + outcome;
			assertEquals(expected.text(), cell(sheet, "M" + row).getStringCellValue(), where);
			Cell deviation = cell(sheet, "L" + row);
			if (expected.distance() == null) {
				assertTrue(deviation.getCellType() == CellType.BLANK
						|| deviation.getCachedFormulaResultType() == CellType.STRING, where);
			} else {
				assertEquals(expected.distance().doubleValue(), deviation.getNumericCellValue(), 1e-9, where);
			}
		}
	}

	@Test
	void textOutcomesAreNoOutcomeOrLeftToTheImport() {
		XSSFWorkbook workbook = filled(75);
		int row = rowOf(workbook, Sheet.INDICATORS, "testby.h_minst", null);
		int notSet = rowOf(workbook, Sheet.INDICATORS, "testby.n_ejfast", null);
		Map<String, String[]> expected = new LinkedHashMap<>();
		expected.put("", new String[] { "inget utfall", "inget utfall" });
		expected.put("I.U.", new String[] { "inget utfall", "inget utfall" });
		expected.put("–", new String[] { "inget utfall", "inget utfall" });
		expected.put("se årsredovisningen", new String[] { "inget utfall", "inget utfall" });
		expected.put("mindre än 70", new String[] { "", "inget jämförbart målvärde" });
		for (Map.Entry<String, String[]> text : expected.entrySet()) {
			fill(workbook, Sheet.INDICATORS, "J" + row, text.getKey());
			fill(workbook, Sheet.INDICATORS, "J" + notSet, text.getKey());
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			XSSFSheet sheet = sheet(workbook, Sheet.INDICATORS);
			assertEquals(text.getValue()[0], cell(sheet, "M" + row).getStringCellValue(), text.getKey());
			assertEquals(text.getValue()[1], cell(sheet, "M" + notSet).getStringCellValue(), text.getKey());
			assertEquals("", cell(sheet, "L" + row).getStringCellValue(), text.getKey());
		}
	}

	/** LibreOffice recalculates the same formulas to the same results (skipped where it is not installed). */
	@Test
	void libreOfficeJudgesAsFulfilmentDoes() throws IOException, InterruptedException {
		Path soffice = LibreOfficeRoundTripTest.findLibreOffice();
		assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
		Path in = Files.createDirectories(dir.resolve("in"));
		Path out = Files.createDirectories(dir.resolve("out"));
		List<String> command = new ArrayList<>(List.of(soffice.toString(),
				"-env:UserInstallation=" + LibreOfficeRoundTripTest.profile(dir).toUri(), "--headless", "--norestore",
				"--convert-to", "xlsx", "--outdir", out.toString()));
		for (int i = 0; i < OUTCOMES.length; i++) {
			Path file = in.resolve("utfall-" + i + ".xlsx");
			Files.write(file, Workbooks.bytes(filled(OUTCOMES[i])));
			command.add(file.toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dir.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish");
		assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
		GovernanceView view = Workbooks.view(workspace());
		for (int i = 0; i < OUTCOMES.length; i++) {
			assertJudgedAsFulfilment(view, Workbooks.open(out.resolve("utfall-" + i + ".xlsx")), OUTCOMES[i]);
		}
	}
}
