package governance.dsl.tests.generator;

import static governance.dsl.tests.generator.Workbooks.cell;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static governance.dsl.tests.generator.Workbooks.sheet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.build.ArtefactBuild;
import governance.dsl.generator.Generators;
import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookLayout;
import governance.dsl.generator.xlsx.WorkbookLayout.Column;
import governance.dsl.generator.xlsx.WorkbookLayout.Goals;
import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.generator.xlsx.WorkbookLayout.Role;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.model.GovernanceView;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.StatusWord;
import governance.dsl.tests.TestWorkspace;

/** The follow-up workbooks: which exist, how they are laid out and locked, what they offer, and that they never vary. */
class WorkbookTest {

	@TempDir
	Path dir;

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	private static GovernanceView example(String name) {
		return Workbooks.view(TestWorkspace.example(name));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void oneWorkbookPerGoalOwnerAndFollowUpPoint(String example) {
		GovernanceView view = example(example);
		List<String> expected = new ArrayList<>();
		for (Organisation owner : view.goalOwners()) {
			view.followUpPoints().forEach(p -> expected.add(owner.getName() + "-" + p.getName() + ".xlsx"));
		}
		assertFalse(expected.isEmpty());
		assertEquals(expected, FollowUpForm.all(view).stream().map(FollowUpForm::fileName).toList());
	}

	@Test
	void linkopingWorkbooksFollowUpTheYearOfTheLatestFollowUp() {
		GovernanceView view = example("linkoping");
		assertEquals(List.of("kf", "ks", "bun", "kfn"), view.goalOwners().stream().map(Organisation::getName).toList());
		FollowUpForm form = Workbooks.form(view, "bun", "delårsrapport");
		assertEquals(2019, form.year());
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		XSSFSheet indicators = sheet(workbook, Sheet.INDICATORS);
		assertEquals("Uppföljning: Delårsrapport 2019 – Barn- och ungdomsnämnden",
				indicators.getRow(WorkbookLayout.TITLE_ROW).getCell(Indicators.GOAL.index()).getStringCellValue());
		assertFalse(indicators.isColumnHidden(Indicators.GOAL.index()), "the title stands in the first visible column");
		assertTrue(indicators.getRow(WorkbookLayout.SUBTITLE_ROW).getCell(Indicators.GOAL.index()).getStringCellValue()
				.endsWith("år 2019"));
		assertEquals("Utfall 2019 (fyll i)",
				indicators.getRow(WorkbookLayout.HEADER_ROW).getCell(Indicators.OUTCOME.index()).getStringCellValue());
	}

	@Test
	void theSheetsAreInSwedishAndTheMetadataSheetIsVeryHidden() {
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(Workbooks.form(example("linkoping"), "bun", "delårsrapport")));
		List<String> names = new ArrayList<>();
		workbook.forEach(s -> names.add(s.getSheetName()));
		assertEquals(List.of("Indikatorer", "Mål", "Uppdrag", "Aktiviteter", "govc"), names);
		assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(4));
		assertTrue(workbook.isStructureLocked(), "sheets cannot be added, removed, renamed or unhidden");
		XSSFSheet meta = workbook.getSheet(WorkbookLayout.META_SHEET);
		assertEquals("linkoping", meta.getRow(WorkbookLayout.Meta.MUNICIPALITY.row()).getCell(1).getStringCellValue());
		assertEquals("linkoping.linkopingsmodellen", meta.getRow(WorkbookLayout.Meta.MODEL.row()).getCell(1).getStringCellValue());
		assertEquals("linkoping.bun", meta.getRow(WorkbookLayout.Meta.COMMITTEE.row()).getCell(1).getStringCellValue());
		assertEquals("linkoping.delårsrapport", meta.getRow(WorkbookLayout.Meta.POINT.row()).getCell(1).getStringCellValue());
		assertEquals("2019", meta.getRow(WorkbookLayout.Meta.YEAR.row()).getCell(1).getStringCellValue());
		// Three HMAC-SHA256 (committee, year, rows), 128 bits each.
		assertTrue(meta.getRow(WorkbookLayout.Meta.FINGERPRINT.row()).getCell(1).getStringCellValue()
				.matches("[0-9a-f]{32}-[0-9a-f]{32}-[0-9a-f]{32}"));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void theStructureIsLockedOnlyInputsAreOpenAndIdsAreHidden(String example) {
		for (FollowUpForm form : FollowUpForm.all(example(example))) {
			XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
			for (Sheet layout : Sheet.values()) {
				XSSFSheet sheet = sheet(workbook, layout);
				String where = form.fileName() + " " + layout.title();
				assertTrue(sheet.getProtect(), where + " is protected");
				for (Column column : layout.columns()) {
					assertEquals(column.role() == Role.ID, sheet.isColumnHidden(column.index()), where + " " + column.key());
				}
				for (int i = WorkbookLayout.FIRST_ROW; i <= sheet.getLastRowNum(); i++) {
					Row row = sheet.getRow(i);
					if (row.getCell(0) == null) {
						continue; // "Inget att följa upp"
					}
					assertTrue(row.getCell(0).getStringCellValue().startsWith(form.view().id() + "."), where);
					for (Column column : layout.columns()) {
						Cell cell = row.getCell(column.index());
						assertNotNull(cell, where + " " + new CellReference(i, column.index()).formatAsString());
						boolean open = !cell.getCellStyle().getLocked();
						boolean notApplicable = column == Indicators.COMMENT && !row.getCell(1).getStringCellValue().isEmpty();
						assertEquals(column.role() == Role.INPUT && !notApplicable, open,
								where + " " + new CellReference(i, column.index()).formatAsString() + " open");
					}
				}
			}
		}
	}

	@Test
	void indicatorsHaveARowForTheTotalAndEachSplitGroupWithDeviationFormulas() {
		FollowUpForm form = Workbooks.form(example("linkoping"), "bun", "delårsrapport");
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		XSSFSheet sheet = sheet(workbook, Sheet.INDICATORS);
		int total = rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_m1_i1", null);
		assertEquals(total + 1, rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_m1_i1", "linkoping.flickor"));
		assertEquals(total + 2, rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_m1_i1", "linkoping.pojkar"));
		assertEquals("Totalt", cell(sheet, "E" + total).getStringCellValue());
		assertEquals("Flickor", cell(sheet, "E" + (total + 1)).getStringCellValue());
		// målvärde 2022: minst 92 does not apply to 2019 (utfall 2019: 90): no target, no deviation, and the status says so.
		assertEquals(CellType.BLANK, cell(sheet, "G" + total).getCellType());
		assertEquals(CellType.BLANK, cell(sheet, "L" + total).getCellType());
		assertEquals(90, cell(sheet, "J" + total).getNumericCellValue());
		assertEquals("inget jämförbart målvärde", cell(sheet, "M" + total).getStringCellValue());
		assertEquals("Status mot målvärdet",
				sheet.getRow(WorkbookLayout.HEADER_ROW).getCell(Indicators.STATUS.index()).getStringCellValue());
		assertEquals("Avvikelse (+ = bättre)",
				sheet.getRow(WorkbookLayout.HEADER_ROW).getCell(Indicators.DEVIATION.index()).getStringCellValue());

		// A prognos: the number and the prognos column; a reference and I.U. as the planner writes them.
		// målvärde 2019-2022: minst 0 % applies to 2019.
		int forecast = rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_m3_i1", null);
		assertEquals(-0.8, cell(sheet, "J" + forecast).getNumericCellValue());
		assertEquals("prognos", cell(sheet, "K" + forecast).getStringCellValue());
		assertEquals("minst 0 %", cell(sheet, "G" + forecast).getStringCellValue());
		assertEquals("2019-2022", cell(sheet, "H" + forecast).getStringCellValue());
		assertEquals("IF(ISNUMBER(J" + forecast + "),ROUND(J" + forecast + "-I" + forecast + ",6),\"\")",
				cell(sheet, "L" + forecast).getCellFormula());
		assertEquals(-0.8, cell(sheet, "L" + forecast).getNumericCellValue());
		assertEquals("inte uppnått", cell(sheet, "M" + forecast).getStringCellValue());
		assertEquals("se Kolada, publiceras våren 2020",
				cell(sheet, "J" + rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_b2", null)).getStringCellValue());
		// A basmått has no målvärde, so no deviation.
		int base = rowOf(workbook, Sheet.INDICATORS, "linkoping.bun_b1", null);
		assertEquals(CellType.BLANK, cell(sheet, "I" + base).getCellType());
		assertEquals(CellType.BLANK, cell(sheet, "L" + base).getCellType());
		// 8590 is written as 8 590 in a Swedish program.
		assertEquals("#,##0", cell(sheet, "J" + base).getCellStyle().getDataFormatString());
	}

	@Test
	void theGoalSheetExplainsTheScaleInWordsAndSymbols() {
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(Workbooks.form(example("linkoping"), "kfn", "årsbokslut")));
		List<String> texts = new ArrayList<>();
		sheet(workbook, Sheet.GOALS).forEach(row -> {
			Cell cell = row.getCell(Goals.GOAL.index());
			if (row.getCell(0) == null && cell != null && row.getRowNum() > WorkbookLayout.FIRST_ROW) {
				texts.add(cell.getStringCellValue());
			}
		});
		assertEquals(List.of("Bedömning av måluppfyllelse",
				"✔ Uppfyllt: Målet är uppnått eller bedöms bli uppnått under perioden.",
				"◐ Delvis uppfyllt: Utvecklingen går åt rätt håll men målet är ännu inte helt uppnått.",
				"✘ Ej uppfyllt: Målet är inte uppnått och utvecklingen går inte mot målet.",
				"– Ej bedömt: Underlag saknas för att bedöma måluppfyllelsen vid detta uppföljningstillfälle."), texts);
	}

	@Test
	void aNumberKeepsTheDecimalsItWasWrittenWith() {
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(Workbooks.form(example("linkoping"), "kf", "delårsrapport")));
		// utfall kf_b1 2019: 20,20 and kf_m5_i2 2019: 5,8 kvinnor: 6,0
		Cell twoDecimals = cell(sheet(workbook, Sheet.INDICATORS),
				"J" + rowOf(workbook, Sheet.INDICATORS, "linkoping.kf_b1", null));
		assertEquals("0.00", twoDecimals.getCellStyle().getDataFormatString());
		Cell oneDecimal = cell(sheet(workbook, Sheet.INDICATORS),
				"J" + rowOf(workbook, Sheet.INDICATORS, "linkoping.kf_m5_i2", "linkoping.kvinnor"));
		assertEquals("0.0", oneDecimal.getCellStyle().getDataFormatString());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void dropdownsOfferTheModelsScaleAndStatusWords(String example) {
		GovernanceView view = example(example);
		FollowUpForm form = FollowUpForm.all(view).stream()
				.filter(f -> !f.assignments().isEmpty() && !f.activities().isEmpty()).findFirst().orElseThrow();
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		assertEquals(view.scale().stream().map(AssessmentLabel::getTitle).toList(),
				namedList(workbook, WorkbookLayout.LABELS_NAME));
		assertEquals(view.statusWords().stream().map(StatusWord::getTitle).toList(),
				namedList(workbook, WorkbookLayout.STATUS_NAME));
		assertEquals(WorkbookLayout.LABELS_NAME, validationOn(sheet(workbook, Sheet.GOALS), Goals.ASSESSMENT));
		assertEquals(WorkbookLayout.STATUS_NAME,
				validationOn(sheet(workbook, Sheet.ASSIGNMENTS), WorkbookLayout.Assignments.STATUS));
		assertEquals(WorkbookLayout.STATUS_NAME,
				validationOn(sheet(workbook, Sheet.ACTIVITIES), WorkbookLayout.Activities.STATUS));
		assertEquals("\"prognos\"", validationOn(sheet(workbook, Sheet.INDICATORS), Indicators.FORECAST));
	}

	private static List<String> namedList(XSSFWorkbook workbook, String name) {
		AreaReference area = new AreaReference(workbook.getName(name).getRefersToFormula(),
				workbook.getSpreadsheetVersion());
		List<String> values = new ArrayList<>();
		for (CellReference ref : area.getAllReferencedCells()) {
			values.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol())
					.getStringCellValue());
		}
		return values;
	}

	/** The list formula of the dropdown over a column's data rows. */
	private static String validationOn(XSSFSheet sheet, Column column) {
		int lastRowWithId = WorkbookLayout.FIRST_ROW;
		while (sheet.getRow(lastRowWithId + 1) != null && sheet.getRow(lastRowWithId + 1).getCell(0) != null) {
			lastRowWithId++;
		}
		for (DataValidation validation : sheet.getDataValidations()) {
			for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
				if (range.getFirstColumn() == column.index() && range.getFirstRow() == WorkbookLayout.FIRST_ROW
						&& range.getLastRow() == lastRowWithId) {
					List<String> explicit = validation.getValidationConstraint().getExplicitListValues() == null ? null
							: List.of(validation.getValidationConstraint().getExplicitListValues());
					return explicit != null ? "\"" + String.join(",", explicit) + "\""
							: validation.getValidationConstraint().getFormula1();
				}
			}
		}
		return null;
	}

	@Test
	void textThatLooksLikeAFormulaIsWrittenAsQuotedText() {
		FollowUpForm form = Workbooks.form(Workbooks.view(Workbooks.fixtureWorkspace()), "bun", "delår");
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		Set<String> risky = new TreeSet<>();
		for (Sheet layout : Sheet.values()) {
			XSSFSheet sheet = sheet(workbook, layout);
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						assertTrue(layout == Sheet.INDICATORS && (cell.getColumnIndex() == Indicators.DEVIATION.index()
								|| cell.getColumnIndex() == Indicators.STATUS.index()),
								"only deviations and statuses are formulas: " + cell.getAddress() + " " + cell.getCellFormula());
					} else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
							&& "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
						assertTrue(cell.getCellStyle().getQuotePrefixed(), layout.title() + "!" + cell.getAddress());
						risky.add(cell.getStringCellValue());
					}
				}
			}
		}
		assertEquals(Set.of("=HYPERLINK(\"http://example.invalid\",\"Klicka här\")", "-1+2 fler elever trivs i skolan",
				"@Andel elever som är behöriga", "+46 skolor kartlägger läsförståelsen"), risky);
	}

	@Test
	void aWorkbookWithoutFollowUpsAsksForTheFirstYearOfThePlanAndFillsInNothing() {
		FollowUpForm form = Workbooks.form(Workbooks.view(Workbooks.fixtureWorkspace()), "bun", "bokslut");
		assertEquals(2024, form.year());
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(form));
		XSSFSheet sheet = sheet(workbook, Sheet.INDICATORS);
		int row = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null);
		assertEquals(CellType.BLANK, cell(sheet, "J" + row).getCellType());
		assertEquals("", cell(sheet, "L" + row).getStringCellValue(), "no outcome, no deviation");
		assertEquals("inget utfall", cell(sheet, "M" + row).getStringCellValue());
		// mellan 70 och 80: the distance to the nearer bound.
		int between = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i3", null);
		assertEquals("mellan 70 och 80 %", cell(sheet, "G" + between).getStringCellValue());
		assertEquals("IF(ISNUMBER(J" + between + "),ROUND(MIN(J" + between + "-70,80-J" + between + "),6),\"\")",
				cell(sheet, "L" + between).getCellFormula());
	}

	@Test
	void theSameModelGivesTheSameBytes() {
		FollowUpForm first = Workbooks.form(example("linkoping"), "kf", "delårsrapport");
		FollowUpForm second = Workbooks.form(example("linkoping"), "kf", "delårsrapport");
		assertArrayEquals(Workbooks.bytes(first), Workbooks.bytes(second));
	}

	@Test
	void theBytesDoNotDependOnTheTimeZoneOrTheLocale() {
		FollowUpForm form = Workbooks.form(example("vanersborg"), "sn", "delår_augusti");
		byte[] here = Workbooks.bytes(form);
		java.util.TimeZone zone = java.util.TimeZone.getDefault();
		java.util.Locale locale = java.util.Locale.getDefault();
		try {
			java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
			java.util.Locale.setDefault(java.util.Locale.forLanguageTag("sv-SE"));
			assertArrayEquals(here, Workbooks.bytes(form));
			java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
			java.util.Locale.setDefault(java.util.Locale.forLanguageTag("de-DE"));
			assertArrayEquals(here, Workbooks.bytes(form));
		} finally {
			java.util.TimeZone.setDefault(zone);
			java.util.Locale.setDefault(locale);
		}
	}

	@Test
	void zipEntriesAndDocumentPropertiesCarryFixedTimes() throws IOException {
		byte[] bytes = Workbooks.bytes(Workbooks.form(example("perstorp"), "bun", "kvartal2"));
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
			}
		}
		assertEquals("[Content_Types].xml", names.get(0));
		XSSFWorkbook workbook = Workbooks.open(bytes);
		var core = workbook.getProperties().getCoreProperties();
		assertEquals("govc", core.getCreator());
		assertEquals(java.util.Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z")), core.getCreated());
		assertEquals(java.util.Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z")), core.getModified());
	}

	@Test
	void twoBuildsAreByteIdentical() throws IOException {
		for (String example : examples()) {
			Path first = dir.resolve(example + "-1");
			Path second = dir.resolve(example + "-2");
			assertTrue(new ArtefactBuild(Generators.all(Workbooks.TEST_KEY)).build(List.of(Path.of("examples", example)), first).written());
			assertTrue(new ArtefactBuild(Generators.all(Workbooks.TEST_KEY)).build(List.of(Path.of("examples", example)), second).written());
			List<Path> files = files(first);
			assertEquals(files, files(second));
			assertTrue(files.stream().anyMatch(f -> f.toString().startsWith("spreadsheets/") && f.toString().endsWith(".xlsx")));
			for (Path file : files) {
				assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
						example + ": " + file);
			}
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyValueOfTheExampleFollowUpStandsInSomeWorkbook(String example) {
		GovernanceView view = example(example);
		Set<String> inWorkbooks = new TreeSet<>();
		FollowUpForm.all(view).forEach(form -> inWorkbooks.addAll(Workbooks.reported(form)));
		for (FollowUp followUp : view.followUps()) {
			for (String statement : Workbooks.statements(followUp)) {
				assertTrue(inWorkbooks.contains(statement), example + ": no workbook holds " + statement);
			}
		}
	}
}
