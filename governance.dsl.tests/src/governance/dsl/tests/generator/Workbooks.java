package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.FollowUpWorkbook;
import governance.dsl.generator.xlsx.WorkbookKey;
import governance.dsl.generator.xlsx.WorkbookLayout;
import governance.dsl.importer.FollowUpImport;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.ActivityFollowUp;
import governance.dsl.styrmodell.AssignmentFollowUp;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.tests.TestWorkspace;

/** A small model for workbook tests, and helpers to make, fill and compare follow-up workbooks. */
public final class Workbooks {

	private Workbooks() {
	}

	/**
	 * Testby: a council and two committees, a four-step scale, two status words, a sex split, two follow-up
	 * points. Titles that begin with =, - , @ and + test that nothing is taken for a formula.
	 */
	public static final Map<String, String> FIXTURE = fixture();

	private static Map<String, String> fixture() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("modell.styr", """
				kommun testby "Testby kommun"

				styrmodell testmodell "Testbys styrmodell" {
				  nivå kommun "Kommun" {
				    mål "Kommunmål"
				  }
				  nivå nämnd "Nämnd" {
				    under kommun
				    mål "Nämndmål"
				    kräver överordnat mål
				  }
				  målområde medborgare "Medborgare"
				  bedömningsskala måluppfyllelse "Måluppfyllelse" {
				    uppfyllt "Uppfyllt" symbol "✔"
				    delvis "Delvis uppfyllt" symbol "◐"
				    ej_uppfyllt "Ej uppfyllt" symbol "✘"
				    ej_bedömt "Ej bedömt" symbol "–" ej bedömt
				  }
				  status pågående "Pågående"
				  status genomfört "Genomfört" avslutad
				  grupp kvinnor "Kvinnor" kön
				  grupp män "Män" kön
				  uppföljningstillfälle delår "Delårsrapport" månad augusti
				  uppföljningstillfälle bokslut "Bokslut" månad december
				}

				fullmäktige kf "Kommunfullmäktige" nivå kommun
				nämnd bun "Barn- och utbildningsnämnden" nivå nämnd under kf
				nämnd sn "Socialnämnden" nivå nämnd under kf
				""");
		files.put("kf.styr", """
				kommun testby

				plan kf_budget "Budget 2024" {
				  ägare kf
				  period 2024-2026

				  mål kf_m1 "Invånarna är nöjda med kommunens service" {
				    målområde medborgare
				    indikator kf_i1 "Nöjd-medborgar-index" {
				      enhet "index"
				      riktning högre
				      målvärde 2026: minst 60
				    }
				  }
				}
				""");
		files.put("bun.styr", """
				kommun testby

				plan bun_budget "Internbudget 2024" {
				  ägare bun
				  period 2024-2026

				  mål bun_m1 "=HYPERLINK(\\"http://example.invalid\\",\\"Klicka här\\")" {
				    målområde medborgare
				    leder till kf_m1
				    indikator bun_i1 "@Andel elever som är behöriga" {
				      enhet %
				      riktning högre
				      avser personer
				      uppdelning kvinnor, män
				      målvärde 2024: minst 80 kvinnor: minst 82 män: 78
				    }
				    indikator bun_i2 "Kostnad per elev" {
				      enhet "kr"
				      riktning lägre
				      målvärde 2024: max 900
				    }
				  }

				  mål bun_m2 "-1+2 fler elever trivs i skolan" {
				    målområde medborgare
				    leder till kf_m1
				    indikator bun_i3 "Andel elever som trivs" {
				      enhet %
				      riktning högre
				      målvärde 2024: mellan 70 och 80
				    }
				  }

				  nämnduppdrag bun_u1 "+46 skolor kartlägger läsförståelsen" {
				    från bun
				    till bun
				    återrapportering 2024-11-30
				    mål bun_m1
				  }

				  aktivitet bun_a1 "Läxhjälp på alla skolor" {
				    ansvarig "Skolchef"
				    start 2024-01-15
				    slut 2024-12-18
				    bidrar till bun_m1
				  }
				}
				""");
		files.put("sn.styr", """
				kommun testby

				plan sn_budget "Internbudget 2024" {
				  ägare sn
				  period 2024-2026

				  mål sn_m1 "Fler går till egen försörjning" {
				    målområde medborgare
				    leder till kf_m1
				    indikator sn_i1 "Andel som går till egen försörjning" {
				      enhet %
				      riktning högre
				      målvärde 2024: 40
				    }
				  }
				}
				""");
		return files;
	}

	public static TestWorkspace fixtureWorkspace() {
		TestWorkspace workspace = new TestWorkspace();
		FIXTURE.forEach(workspace::file);
		return workspace;
	}

	/** Writes the fixture's files into a folder, for the command line. */
	/** The tests' fixed workbook key (the fixture folders carry it as their .styrmodell-nyckel). */
	public static final String TEST_KEY_TEXT = "dGVzdG55Y2tlbCBmw7ZyIHN0eXJtb2RlbGxzIHRlc3Q=";
	public static final WorkbookKey TEST_KEY = testKey();

	private static WorkbookKey testKey() {
		try {
			return WorkbookKey.parse(TEST_KEY_TEXT, "test");
		} catch (WorkbookKey.KeyProblem e) {
			throw new IllegalStateException(e);
		}
	}

	public static Path writeFixture(Path folder) {
		try {
			Files.createDirectories(folder);
			// The workspace's key, as a build leaves it: imports into this folder verify with it.
			Files.writeString(folder.resolve(WorkbookKey.FILE), TEST_KEY_TEXT + "\n", StandardCharsets.US_ASCII);
			for (Map.Entry<String, String> file : FIXTURE.entrySet()) {
				Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The view of the workspace's (only) municipality. */
	public static GovernanceView view(TestWorkspace workspace) {
		return GovernanceView.of(workspace.names().stream().map(workspace::root).toList()).values().iterator().next();
	}

	public static FollowUpForm form(GovernanceView view, String committee, String point) {
		FollowUpForm form = FollowUpForm.all(view).stream()
				.filter(f -> f.committee().getName().equals(committee)
						&& (point == null ? f.point() == null : f.point() != null && f.point().getName().equals(point)))
				.findFirst().orElse(null);
		assertNotNull(form, "no workbook for " + committee + " at " + point);
		return form;
	}

	public static byte[] bytes(FollowUpForm form) {
		try {
			return FollowUpWorkbook.write(form, TEST_KEY);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static XSSFWorkbook open(byte[] bytes) {
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			return new XSSFWorkbook(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static XSSFWorkbook open(Path file) {
		try {
			return open(Files.readAllBytes(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] bytes(XSSFWorkbook workbook) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static XSSFSheet sheet(XSSFWorkbook workbook, WorkbookLayout.Sheet sheet) {
		return workbook.getSheet(sheet.title());
	}

	/** The cell at a reference such as "J6", made if missing. */
	public static Cell cell(XSSFSheet sheet, String reference) {
		CellReference ref = new CellReference(reference);
		Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
		return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
	}

	/** Fills a cell as a planner would: a number, or text. */
	public static void fill(XSSFWorkbook workbook, WorkbookLayout.Sheet sheet, String reference, Object value) {
		Cell cell = cell(sheet(workbook, sheet), reference);
		// As a spreadsheet program does: the old value goes. (POI would otherwise keep an inline string's text.)
		cell.setBlank();
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		} else {
			cell.setCellValue((String) value);
		}
	}

	/** The Excel row (1-based) where the row with this hidden id (and group id, for indicators) stands. */
	public static int rowOf(XSSFWorkbook workbook, WorkbookLayout.Sheet sheet, String id, String groupId) {
		XSSFSheet found = sheet(workbook, sheet);
		for (int i = WorkbookLayout.FIRST_ROW; i <= found.getLastRowNum(); i++) {
			Row row = found.getRow(i);
			String rowId = row == null || row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
			String rowGroup = sheet != WorkbookLayout.Sheet.INDICATORS || row.getCell(1) == null ? ""
					: row.getCell(1).getStringCellValue();
			if (rowId.equals(id) && rowGroup.equals(groupId == null ? "" : groupId)) {
				return i + 1;
			}
		}
		throw new AssertionError("no row for " + id + " " + groupId + " on " + sheet.title());
	}

	// --- Comparing follow-ups by meaning -------------------------------------------------------------------

	/** A follow-up's statements as comparable lines: ids, labels and values as a planner reads them. */
	public static List<String> statements(FollowUp followUp) {
		List<String> lines = new ArrayList<>();
		followUp.getAssessments().forEach(a -> lines.add(statement(a)));
		followUp.getOutcomes().forEach(o -> lines.add(statement(o)));
		followUp.getAssignmentStatuses().forEach(s -> lines.add(statement(s)));
		followUp.getActivityStatuses().forEach(s -> lines.add(statement(s)));
		return lines;
	}

	public static String statement(GoalAssessment assessment) {
		return "mål " + assessment.getGoal().getName() + " bedöms " + assessment.getLabel().getName()
				+ (assessment.isForecast() ? " prognos" : "") + " analys " + assessment.getAnalysis() + " åtgärder "
				+ assessment.getMeasures();
	}

	public static String statement(Outcome outcome) {
		String unit = outcome.getMeasure().getUnit();
		return "utfall " + outcome.getMeasure().getName() + " " + outcome.getPeriod() + ": "
				+ Values.outcome(outcome.getValue(), unit) + outcome.getSplits().stream()
						.map((SplitOutcome s) -> " " + s.getGroup().getName() + ": " + Values.outcome(s.getValue(), unit))
						.collect(Collectors.joining())
				+ " fotnot " + outcome.getFootnote();
	}

	public static String statement(AssignmentFollowUp status) {
		return "uppdrag " + status.getAssignment().getName() + " status " + status.getStatus().getName() + " kommentar "
				+ status.getComment();
	}

	public static String statement(ActivityFollowUp status) {
		return "aktivitet " + status.getActivity().getName() + " status " + status.getStatus().getName()
				+ " kommentar " + status.getComment();
	}

	/** What a workbook was filled in with from the model's follow-ups, as comparable lines. */
	public static List<String> reported(FollowUpForm form) {
		List<String> lines = new ArrayList<>();
		form.goals().stream().map(form::reportedAssessment).filter(a -> a != null).forEach(a -> lines.add(statement(a)));
		form.indicatorRows().stream().filter(r -> r.group() == null).map(r -> form.reportedOutcome(r.measure()))
				.filter(o -> o != null).forEach(o -> lines.add(statement(o)));
		form.assignments().stream().map(form::reportedStatus).filter(s -> s != null).forEach(s -> lines.add(statement(s)));
		form.activities().stream().map(form::reportedStatus).filter(s -> s != null).forEach(s -> lines.add(statement(s)));
		return lines;
	}

	/**
	 * Fills the test model's bun workbook at the delårsrapport as a planner would: a number with prognos and a
	 * comment that looks like a formula, split values (one as text with "(prognos)"), I.U., a reference, two
	 * assessments (one a prognos with åtgärder, one with a two-line analysis with quotes), two statuses.
	 */
	public static void fillAsAPlanner(XSSFWorkbook workbook) {
		WorkbookLayout.Sheet indicators = WorkbookLayout.Sheet.INDICATORS;
		int i1 = rowOf(workbook, indicators, "testby.bun_i1", null);
		fill(workbook, indicators, "J" + i1, 81.5);
		fill(workbook, indicators, "K" + i1, "prognos");
		String comment = WorkbookLayout.Indicators.COMMENT.letter();
		fill(workbook, indicators, comment + i1, "=Inte en formel, bara text");
		fill(workbook, indicators, "J" + (i1 + 1), 84);
		fill(workbook, indicators, "J" + (i1 + 2), "79 (prognos)");
		int i2 = rowOf(workbook, indicators, "testby.bun_i2", null);
		fill(workbook, indicators, "J" + i2, "I.U.");
		fill(workbook, indicators, comment + i2, "Redovisas i bokslutet.");
		fill(workbook, indicators, "J" + rowOf(workbook, indicators, "testby.bun_i3", null), "se årsredovisningen");
		int m1 = rowOf(workbook, WorkbookLayout.Sheet.GOALS, "testby.bun_m1", null);
		fill(workbook, WorkbookLayout.Sheet.GOALS, "E" + m1, "Delvis uppfyllt");
		fill(workbook, WorkbookLayout.Sheet.GOALS, "G" + m1,
				"Inre effektivitet: läxhjälpen är igång.\nYttre effektivitet: \"rätt saker\".");
		int m2 = rowOf(workbook, WorkbookLayout.Sheet.GOALS, "testby.bun_m2", null);
		fill(workbook, WorkbookLayout.Sheet.GOALS, "E" + m2, "Ej bedömt");
		fill(workbook, WorkbookLayout.Sheet.GOALS, "F" + m2, "prognos");
		fill(workbook, WorkbookLayout.Sheet.GOALS, "H" + m2, "Enkäten görs i oktober.");
		int u1 = rowOf(workbook, WorkbookLayout.Sheet.ASSIGNMENTS, "testby.bun_u1", null);
		fill(workbook, WorkbookLayout.Sheet.ASSIGNMENTS, "F" + u1, "Pågående");
		fill(workbook, WorkbookLayout.Sheet.ASSIGNMENTS, "G" + u1, "Klart i oktober.");
		fill(workbook, WorkbookLayout.Sheet.ACTIVITIES, "G" + rowOf(workbook, WorkbookLayout.Sheet.ACTIVITIES,
				"testby.bun_a1", null), "genomfört");
	}

	/**
	 * Imports a workbook against an example (as govc import does) and reads the follow-up back as comparable
	 * lines. Against the example itself the workbook reopens its follow-up: importing it unchanged changes
	 * nothing and finds no value that differs. Against the example without its follow-ups the import writes a
	 * new follow-up with exactly the workbook's values, which are returned.
	 */
	public static List<String> imported(String example, Path workbook) {
		try {
			FollowUpImport.Result again = new FollowUpImport().key(TEST_KEY).run(List.of(workbook), Path.of("examples", example), null,
					null);
			assertTrue(again.ok(), workbook + ": " + String.join("\n", again.problems()));
			assertEquals(FollowUpImport.Change.UNCHANGED, again.change(), workbook + ": " + String.join("\n", again.notes()));

			Path plans = Files.createTempDirectory("plans-" + example);
			plans.toFile().deleteOnExit();
			for (Path file : TestWorkspace.exampleFiles(example)) {
				if (!Files.readString(file).contains("\nuppföljning ")) {
					Files.copy(file, plans.resolve(file.getFileName()));
					plans.resolve(file.getFileName()).toFile().deleteOnExit();
				}
			}
			// The files the model names beside it (the logo).
			try (var others = Files.list(Path.of("examples", example))) {
				for (Path file : others.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".styr")).toList()) {
					Files.copy(file, plans.resolve(file.getFileName()));
					plans.resolve(file.getFileName()).toFile().deleteOnExit();
				}
			}
			FollowUpImport.Result result = new FollowUpImport().key(TEST_KEY).run(List.of(workbook), plans, null, null);
			assertTrue(result.ok(), workbook + ": " + String.join("\n", result.problems()));
			assertEquals(FollowUpImport.Change.NEW, result.change());
			TestWorkspace workspace = TestWorkspace.example(example).file("importerad.styr", result.text());
			assertTrue(workspace.resource("importerad.styr").getErrors().isEmpty());
			workspace.validate("importerad.styr");
			return statements((FollowUp) workspace.root("importerad.styr").getElements().get(0));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
