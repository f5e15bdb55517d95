package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
