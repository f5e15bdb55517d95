package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookLayout;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.model.GovernanceView;
import governance.dsl.tests.CommandLineTest.Run;
import governance.dsl.tests.generator.Workbooks;

/** Hostile workbooks, made by the test: {@code govc import} refuses them with {@code Sheet!Cell} and writes nothing. */
class ImportAttackTest {

	@TempDir
	Path dir;
	Path model;

	@BeforeEach
	void writeModel() {
		model = Workbooks.writeFixture(dir.resolve("modell"));
	}

	private static XSSFWorkbook workbook(String committee, String point) {
		GovernanceView view = Workbooks.view(Workbooks.fixtureWorkspace());
		return Workbooks.open(Workbooks.bytes(Workbooks.form(view, committee, point)));
	}

	private Path save(XSSFWorkbook workbook, String name) throws IOException {
		return Files.write(dir.resolve(name), Workbooks.bytes(workbook));
	}

	@Test
	void formulaCellsInInputCellsAreRefusedWhetherOrNotTheyHaveACachedValue() throws IOException {
		// Before: "=1+1" was imported as its cached 2, and a formula without a cached value as 0, without a word.
		XSSFWorkbook workbook = workbook("bun", "delår");
		int i1 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null);
		Cell cached = Workbooks.cell(Workbooks.sheet(workbook, Sheet.INDICATORS), "J" + i1);
		cached.setCellFormula("1+1");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cached);
		int i2 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		Workbooks.cell(Workbooks.sheet(workbook, Sheet.INDICATORS), "J" + i2).setCellFormula("A1*0");
		int m1 = rowOf(workbook, Sheet.GOALS, "testby.bun_m1", null);
		Workbooks.fill(workbook, Sheet.GOALS, "E" + m1, "Delvis uppfyllt");
		Workbooks.cell(Workbooks.sheet(workbook, Sheet.GOALS), "G" + m1).setCellFormula("\"Bra\"&\" jobbat\"");
		Path file = save(workbook, "bun.xlsx");
		Path output = model.resolve("uppfoljning.styr");

		Run run = govc("import", file.toString(), "--modell", model.toString(), "-o", output.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(output), "nothing is written");
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!J" + i1 + ": en formel (=1+1) läses inte: skriv värdet "
				+ "självt i cellen\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!J" + i2 + ": en formel (=A1*0) läses inte: skriv värdet "
				+ "självt i cellen\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Mål!G" + m1 + ": en formel (=\"Bra\"&\" jobbat\") läses inte: skriv "
				+ "värdet självt i cellen\n"), run.err());
		assertFalse(run.err().contains("internt fel"), run.err());
	}

	@Test
	void aWorkbookThatUnpacksToFarMoreThanAFollowUpIsRefusedBeforeItIsRead() throws IOException {
		// Before: a 7 MB workbook with large sheets, or unreferenced 95 MB parts, took gigabytes and was accepted.
		byte[] workbook = Workbooks.bytes(workbook("bun", "delår"));
		Path bomb = dir.resolve("bun.xlsx");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb));
				var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			// A part nothing refers to, 80 MB of zeros: a few hundred kilobytes packed.
			out.putNextEntry(new java.util.zip.ZipEntry("xl/media/tom.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 80; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		assertTrue(Files.size(bomb) < 2 * 1024 * 1024, "the file itself is small");
		Path output = model.resolve("uppfoljning.styr");
		Run run = govc("import", bomb.toString(), "--modell", model.toString(), "-o", output.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(output), "nothing is written");
		assertTrue(run.err().contains("bun.xlsx: delen xl/media/tom.bin packas upp till mer än en uppföljningsmall kan "
				+ "innehålla (högst 32 MB en del, 64 MB allt). Importera den arbetsbok som govc build skrev, ifylld."),
				run.err());
	}

	/** The metadata row with the key, on the hidden sheet. */
	private static Row metaRow(XSSFWorkbook workbook, String key) {
		for (Row row : workbook.getSheet(WorkbookLayout.META_SHEET)) {
			if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no " + key);
	}

	private static String meta(XSSFWorkbook workbook, String key) {
		Cell cell = metaRow(workbook, key).getCell(1);
		return cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
				? Integer.toString((int) cell.getNumericCellValue()) : cell.getStringCellValue();
	}

	/** What a forger does: recompute the unkeyed fingerprint from the workbook's own (edited) hidden ids. */
	private static void refingerprint(XSSFWorkbook workbook) {
		Map<Sheet, List<String>> ids = new EnumMap<>(Sheet.class);
		for (Sheet sheet : Sheet.values()) {
			List<String> rows = new ArrayList<>();
			XSSFSheet found = Workbooks.sheet(workbook, sheet);
			for (int r = WorkbookLayout.FIRST_ROW; r <= found.getLastRowNum(); r++) {
				Row row = found.getRow(r);
				Cell id = row == null ? null : row.getCell(0);
				if (id == null || id.getStringCellValue().isBlank()) {
					continue;
				}
				if (sheet == Sheet.INDICATORS) {
					Cell group = row.getCell(1);
					rows.add(id.getStringCellValue() + "|" + (group == null ? "" : group.getStringCellValue()));
				} else {
					rows.add(id.getStringCellValue());
				}
			}
			ids.put(sheet, rows);
		}
		String fingerprint = FollowUpForm.fingerprint(meta(workbook, "kommun"), meta(workbook, "modell"),
				meta(workbook, "nämnd"), meta(workbook, "tillfälle"), meta(workbook, "år"), meta(workbook, "period"), ids);
		Cell cell = metaRow(workbook, "fingeravtryck").getCell(1);
		cell.setBlank(); // else POI keeps an inline string's old text
		cell.setCellValue(fingerprint);
	}

	@Test
	void aRowForAnotherCommitteesGoalIsRefusedEvenWithARecomputedFingerprint() throws IOException {
		// Before: bun's workbook with bun_m2's hidden id changed to the council's kf_m1 and the fingerprint
		// recomputed imported "mål kf_m1 bedöms uppfyllt".
		XSSFWorkbook workbook = workbook("bun", "delår");
		int row = rowOf(workbook, Sheet.GOALS, "testby.bun_m2", null);
		Workbooks.fill(workbook, Sheet.GOALS, "A" + row, "testby.kf_m1");
		Workbooks.fill(workbook, Sheet.GOALS, "E" + row, "Uppfyllt");
		int i3 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i3", null);
		Workbooks.fill(workbook, Sheet.INDICATORS, "A" + i3, "testby.sn_i1");
		Workbooks.fill(workbook, Sheet.INDICATORS, "J" + i3, 12);
		refingerprint(workbook);
		Path output = model.resolve("uppfoljning.styr");

		Run run = govc("import", save(workbook, "bun.xlsx").toString(), "--modell", model.toString(), "-o",
				output.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(output), "nothing is written");
		assertTrue(run.err().contains("bun.xlsx: Mål!A" + row + ": 'testby.kf_m1' hör inte till arbetsboken för "
				+ "Barn- och utbildningsnämnden: fyll i varje rad i sin egen nämnds arbetsbok\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!A" + i3 + ": 'testby.sn_i1' hör inte till arbetsboken för "
				+ "Barn- och utbildningsnämnden: fyll i varje rad i sin egen nämnds arbetsbok\n"), run.err());
	}
}
