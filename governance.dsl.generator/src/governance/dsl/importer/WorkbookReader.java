package governance.dsl.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookKey;
import governance.dsl.generator.xlsx.WorkbookLayout;
import governance.dsl.generator.xlsx.WorkbookLayout.Activities;
import governance.dsl.generator.xlsx.WorkbookLayout.Assignments;
import governance.dsl.generator.xlsx.WorkbookLayout.Column;
import governance.dsl.generator.xlsx.WorkbookLayout.Goals;
import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.generator.xlsx.WorkbookLayout.Meta;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.importer.FilledWorkbook.AssessmentEntry;
import governance.dsl.importer.FilledWorkbook.OutcomeEntry;
import governance.dsl.importer.FilledWorkbook.StatusEntry;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.StatusWord;

/**
 * Reads a filled-in follow-up workbook back through {@link WorkbookLayout}: checks that it is one
 * govc made for this model, then reads every input cell of every row by the row's hidden id.
 * Cells it cannot read become {@link CellProblem}s; a workbook for another municipality, model or
 * committee, or one whose hidden ids were changed, is refused as a whole.
 */
public final class WorkbookReader {

	private final Path file;
	private final String name;
	private final GovernanceView view;
	/** The workspace's key; null when the import was told not to verify (--overifierad). */
	private final WorkbookKey key;
	private final Map<String, EObject> ids = new HashMap<>();
	private FilledWorkbook filled;
	private FollowUpForm form;
	/** The elements (and "measure|group" of split rows) this committee's workbook has rows for. */
	private final Set<Object> belonging = new HashSet<>();

	private WorkbookReader(Path file, GovernanceView view, WorkbookKey key) {
		this.key = key;
		this.file = file;
		this.name = file.getFileName().toString();
		this.view = view;
		for (File root : view.files()) {
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil2.eAll(root)) {
				String id = ModelView.qualifiedId(object);
				if (id != null && !(object instanceof File)) {
					ids.putIfAbsent(id, object);
				}
			}
		}
	}

	/**
	 * Reads one workbook against the model's municipalities.
	 *
	 * @param expectedCommittee the committee the import is for (qualified id), or null to take the workbook's
	 * @param modelPlace        where the model was read from, for the messages
	 * @param key               the workspace's key the fingerprint is verified with, or null not to verify it
	 */
	public static FilledWorkbook read(Path file, Map<String, GovernanceView> views, String expectedCommittee,
			String modelPlace, WorkbookKey key) throws ImportRefusal {
		String name = file.getFileName().toString();
		if (Files.isDirectory(file)) {
			throw new ImportRefusal(file + ": " + Messages.get("import.isFolder"));
		}
		if (!Files.exists(file)) {
			throw new ImportRefusal(file + ": " + Messages.get("workspace.notFound"));
		}
		if (!Files.isRegularFile(file)) {
			throw new ImportRefusal(file + ": " + Messages.get("workspace.notRegular"));
		}
		WorkbookBounds.check(file, name);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Map<Meta, String> meta = metadata(workbook, name);
			GovernanceView view = views.get(meta.get(Meta.MUNICIPALITY));
			if (view == null) {
				throw new ImportRefusal(Messages.get("import.otherMunicipality", name, meta.get(Meta.MUNICIPALITY),
						modelPlace, String.join(", ", views.keySet())));
			}
			return new WorkbookReader(file, view, key).read(workbook, meta, expectedCommittee, modelPlace);
		} catch (ImportRefusal refusal) {
			throw refusal;
		} catch (IOException | RuntimeException e) {
			// Not a zip, not an .xlsx, an old .xls, an encrypted or damaged file: POI says why in
			// English; the planner is told in Swedish what the file is and what to do.
			throw new ImportRefusal(Messages.get("import.unreadable", name, whyUnreadable(file)));
		}
	}

	/** What a file that POI cannot open as a workbook is, from its first bytes. */
	private static String whyUnreadable(Path file) {
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			FileMagic magic = FileMagic.valueOf(in);
			if (magic == FileMagic.OLE2) {
				try (InputStream again = Files.newInputStream(file); POIFSFileSystem ole = new POIFSFileSystem(again)) {
					return Messages.get(ole.getRoot().hasEntry("EncryptedPackage") ? "import.encrypted" : "import.oldXls");
				}
			}
			return Messages.get(magic == FileMagic.OOXML ? "import.damaged" : "import.notXlsx");
		} catch (IOException | RuntimeException e) {
			return Messages.get("import.notXlsx");
		}
	}

	private static Map<Meta, String> metadata(XSSFWorkbook workbook, String name) throws ImportRefusal {
		XSSFSheet sheet = workbook.getSheet(WorkbookLayout.META_SHEET);
		if (sheet == null) {
			throw new ImportRefusal(Messages.get("import.notAWorkbook", name));
		}
		Map<String, String> values = new HashMap<>();
		for (Row row : sheet) {
			String key = plain(row.getCell(0));
			if (key != null) {
				values.put(key, plain(row.getCell(1)) == null ? "" : plain(row.getCell(1)));
			}
		}
		Map<Meta, String> meta = new EnumMap<>(Meta.class);
		for (Meta key : Meta.values()) {
			meta.put(key, values.getOrDefault(key.key(), ""));
		}
		if (!WorkbookLayout.FORMAT.equals(meta.get(Meta.FORMAT))) {
			throw new ImportRefusal(Messages.get("import.notAWorkbook", name));
		}
		if (!Integer.toString(WorkbookLayout.FORMAT_VERSION).equals(meta.get(Meta.VERSION))) {
			throw new ImportRefusal(Messages.get("import.version", name, meta.get(Meta.VERSION),
					WorkbookLayout.FORMAT_VERSION));
		}
		return meta;
	}

	/** A metadata cell as text: a program may have turned "2019" into a number. */
	private static String plain(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.STRING) {
			return cell.getStringCellValue().strip();
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return CellReader.number(cell.getNumericCellValue(), null).toPlainString();
		}
		return null;
	}

	private FilledWorkbook read(XSSFWorkbook workbook, Map<Meta, String> meta, String expectedCommittee,
			String modelPlace) throws ImportRefusal {
		String model = view.definition() == null ? view.id() : ModelView.qualifiedId(view.definition());
		if (!model.equals(meta.get(Meta.MODEL))) {
			throw new ImportRefusal(Messages.get("import.otherModel", name, meta.get(Meta.MODEL), modelPlace, model));
		}
		String committeeId = meta.get(Meta.COMMITTEE);
		Organisation committee = ids.get(committeeId) instanceof Organisation organisation ? organisation : null;
		if (committee == null) {
			throw new ImportRefusal(Messages.get("import.unknownCommittee", name, committeeId, modelPlace));
		}
		if (expectedCommittee != null && !expectedCommittee.equals(committeeId)
				&& !expectedCommittee.equals(committee.getName())) {
			EObject expected = ids.containsKey(expectedCommittee) ? ids.get(expectedCommittee)
					: ids.get(view.id() + "." + expectedCommittee);
			String expectedTitle = expected instanceof Organisation organisation ? organisation.getTitle() : expectedCommittee;
			throw new ImportRefusal(Messages.get("import.otherCommittee", name, committee.getTitle(), committeeId,
					expectedTitle, expectedCommittee));
		}
		String pointId = meta.get(Meta.POINT);
		FollowUpPoint point = null;
		if (!pointId.isEmpty()) {
			point = ids.get(pointId) instanceof FollowUpPoint found ? found : null;
			if (point == null) {
				throw new ImportRefusal(Messages.get("import.unknownPoint", name, pointId, modelPlace));
			}
		}
		Integer year = null;
		if (!meta.get(Meta.YEAR).isEmpty()) {
			try {
				year = Integer.valueOf(meta.get(Meta.YEAR));
			} catch (NumberFormatException e) {
				throw new ImportRefusal(Messages.get("import.notAWorkbook", name));
			}
		}
		Period period = null;
		if (year != null) {
			String periodText = meta.get(Meta.PERIOD);
			period = periodText.isEmpty() ? Period.year(year) : Period.parse(periodText);
			if (period == null || period.first() != year || period.last() != year) {
				throw new ImportRefusal(Messages.get("import.notAWorkbook", name));
			}
		}
		filled = new FilledWorkbook(file, view, committee, point, year, period);
		// The rows a workbook for this committee and point has, by the rule that chose them when it was
		// made: a row for anything else is refused whatever the fingerprint says (it can be recomputed).
		form = new FollowUpForm(view, committee, point);
		for (FollowUpForm.IndicatorRow indicatorRow : form.indicatorRows()) {
			belonging.add(indicatorRow.measure());
			if (indicatorRow.group() != null) {
				belonging.add(ModelView.qualifiedId(indicatorRow.measure()) + "|" + ModelView.qualifiedId(indicatorRow.group()));
			}
		}
		belonging.addAll(form.goals());
		belonging.addAll(form.assignments());
		belonging.addAll(form.activities());
		Map<Sheet, XSSFSheet> sheets = new EnumMap<>(Sheet.class);
		for (Sheet sheet : Sheet.values()) {
			XSSFSheet found = workbook.getSheet(sheet.title());
			if (found == null) {
				throw new ImportRefusal(Messages.get("import.sheetMissing", name, sheet.title()));
			}
			sheets.put(sheet, found);
		}
		Map<Sheet, List<String>> rowIds = new EnumMap<>(Sheet.class);
		rowIds.put(Sheet.INDICATORS, readIndicators(reader(sheets, Sheet.INDICATORS)));
		rowIds.put(Sheet.GOALS, readGoals(reader(sheets, Sheet.GOALS)));
		rowIds.put(Sheet.ASSIGNMENTS, readStatuses(reader(sheets, Sheet.ASSIGNMENTS), Sheet.ASSIGNMENTS, Assignments.ID,
				Assignments.STATUS, Assignments.COMMENT, Assignment.class, filled.assignmentStatuses));
		rowIds.put(Sheet.ACTIVITIES, readStatuses(reader(sheets, Sheet.ACTIVITIES), Sheet.ACTIVITIES, Activities.ID,
				Activities.STATUS, Activities.COMMENT, Activity.class, filled.activityStatuses));

		String yearText = year == null ? "" : year.toString();
		if (key == null) {
			filled.notes.add(Messages.get("import.unverifiedNote", name));
			return filled;
		}
		FollowUpForm.Tampering tampering = FollowUpForm.verify(meta.get(Meta.FINGERPRINT), key, meta.get(Meta.MUNICIPALITY),
				meta.get(Meta.MODEL), committeeId, pointId, yearText, meta.get(Meta.PERIOD), rowIds);
		switch (tampering) {
		case COMMITTEE -> throw new ImportRefusal(Messages.get("import.forged.committee", name, committeeId,
				pointId.isEmpty() ? "–" : pointId));
		case YEAR -> throw new ImportRefusal(Messages.get("import.forged.year", name, yearText.isEmpty() ? "–" : yearText));
		case ROWS -> throw new ImportRefusal(Messages.get("import.tampered", name));
		case NONE -> {
			// the workbook is the one the build made, rows and all
		}
		}
		String fingerprint = meta.get(Meta.FINGERPRINT);
		if (!fingerprint.equals(currentFingerprint(committee, point))) {
			filled.notes.add(Messages.get("import.modelChanged", name));
		}
		return filled;
	}

	/** The fingerprint the model as it is now would give this workbook. */
	private String currentFingerprint(Organisation committee, FollowUpPoint point) {
		Map<Sheet, List<String>> rowIds = new EnumMap<>(Sheet.class);
		rowIds.put(Sheet.INDICATORS, form.indicatorRows().stream().map(row -> ModelView.qualifiedId(row.measure()) + "|"
				+ (row.group() == null ? "" : ModelView.qualifiedId(row.group()))).toList());
		rowIds.put(Sheet.GOALS, form.goals().stream().map(ModelView::qualifiedId).toList());
		rowIds.put(Sheet.ASSIGNMENTS, form.assignments().stream().map(ModelView::qualifiedId).toList());
		rowIds.put(Sheet.ACTIVITIES, form.activities().stream().map(ModelView::qualifiedId).toList());
		return FollowUpForm.fingerprint(key, view.id(), form.modelId(), ModelView.qualifiedId(committee),
				point == null ? "" : ModelView.qualifiedId(point), form.year() == null ? "" : form.year().toString(),
				form.period() == null ? "" : form.period().toString(), rowIds);
	}

	private CellReader reader(Map<Sheet, XSSFSheet> sheets, Sheet sheet) {
		return new CellReader(sheets.get(sheet), sheet.title(), filled.problems);
	}

	/**
	 * The element a row's hidden id names, or null if the model has no such element of that kind: a problem
	 * if the planner filled in the row, passed over if not (the model changed since, and nothing is lost).
	 */
	private <T> T element(CellReader reader, int row, Column column, String id, Class<T> type, Sheet sheet) {
		EObject element = ids.get(id);
		boolean filledIn = filledIn(reader, row, sheet);
		if (type.isInstance(element)) {
			if (element instanceof SplitGroup || belonging.contains(element)) {
				return type.cast(element);
			}
			// Another committee's element (or one that moved to another since the workbook was made).
			if (filledIn) {
				reader.problem(row, column, Messages.get("import.row.otherCommittee", id, filled.committee.getTitle()));
			}
			return null;
		}
		if (filledIn) {
			reader.problem(row, column, Messages.get(element == null ? "import.unknownId" : "import.wrongKind", id));
		}
		return null;
	}

	/** Whether the planner wrote anything in the row's input cells. */
	private static boolean filledIn(CellReader reader, int row, Sheet sheet) {
		return sheet.columns().stream().anyMatch(c -> c.role() == WorkbookLayout.Role.INPUT && reader.isFilled(row, c));
	}

	// --- Indikatorer ------------------------------------------------------------------------------------------

	/** The total's row and its groups' rows of one measure. */
	private static final class Block {
		ImportedValue total;
		int totalRow = -1;
		boolean totalProblem;
		String footnote;
		final Map<SplitGroup, ImportedValue> splits = new LinkedHashMap<>();
		int firstSplitRow = -1;
	}

	private List<String> readIndicators(CellReader reader) {
		List<String> rowIds = new ArrayList<>();
		Map<Measure, Block> blocks = new LinkedHashMap<>();
		for (int row = WorkbookLayout.FIRST_ROW; row <= reader.lastRow(); row++) {
			String id = reader.text(row, Indicators.ID);
			if (id == null) {
				continue;
			}
			String groupId = reader.text(row, Indicators.GROUP_ID);
			rowIds.add(id + "|" + (groupId == null ? "" : groupId));
			Measure measure = element(reader, row, Indicators.ID, id, Measure.class, Sheet.INDICATORS);
			SplitGroup group = groupId == null ? null
					: element(reader, row, Indicators.GROUP_ID, groupId, SplitGroup.class, Sheet.INDICATORS);
			if (measure == null || (groupId != null && group == null)) {
				continue;
			}
			if (group != null && !belonging.contains(ModelView.qualifiedId(measure) + "|" + groupId)) {
				if (filledIn(reader, row, Sheet.INDICATORS)) {
					reader.problem(row, Indicators.GROUP_ID, Messages.get("import.row.otherGroup", groupId, id));
				}
				continue;
			}
			Block block = blocks.computeIfAbsent(measure, m -> new Block());
			boolean[] unreadable = new boolean[1];
			ImportedValue value = outcome(reader, row, measure, unreadable);
			if (group == null) {
				block.totalRow = row;
				block.total = value;
				block.totalProblem = unreadable[0];
				block.footnote = reader.text(row, Indicators.COMMENT);
			} else if (value != null) {
				block.splits.put(group, value);
				if (block.firstSplitRow < 0) {
					block.firstSplitRow = row;
				}
			}
		}
		blocks.forEach((measure, block) -> {
			if (block.totalProblem) {
				return;
			}
			int row = block.totalRow >= 0 ? block.totalRow : block.firstSplitRow;
			if (block.total == null) {
				if (!block.splits.isEmpty() && row >= 0) {
					reader.problem(row, Indicators.OUTCOME, Messages.get("import.outcome.splitsWithoutTotal"));
				} else if (block.footnote != null) {
					reader.problem(row, Indicators.COMMENT, Messages.get("import.outcome.commentWithoutOutcome",
							CellReader.reference(row, Indicators.OUTCOME)));
				}
				return;
			}
			if (filled.year == null) {
				reader.problem(row, Indicators.OUTCOME, Messages.get("import.outcome.noYear"));
				return;
			}
			java.util.Set<String> markers = new java.util.TreeSet<>();
			if (block.total.marker() != null) {
				markers.add(block.total.marker());
			}
			block.splits.values().stream().map(ImportedValue::marker).filter(java.util.Objects::nonNull)
					.forEach(markers::add);
			// A marked value needs its footnote, and the row's one comment explains one marker.
			if (!markers.isEmpty() && block.footnote == null || markers.size() > 1) {
				reader.problem(row, Indicators.COMMENT, Messages.get("import.outcome.markerComment",
						String.join(" ", markers), CellReader.reference(row, Indicators.OUTCOME)));
				return;
			}
			filled.outcomes.add(new OutcomeEntry(measure, block.total, block.splits, block.footnote,
					reader.sheetName() + "!" + CellReader.reference(row, Indicators.OUTCOME)));
		});
		return rowIds;
	}

	/** The outcome in a row (with the prognos column), or null when there is none or it cannot be read. */
	private ImportedValue outcome(CellReader reader, int row, Measure measure, boolean[] unreadable) {
		CellReader.Content content = reader.content(row, Indicators.OUTCOME);
		Boolean forecast = forecast(reader, row, Indicators.FORECAST);
		if (content == null || forecast == null) {
			unreadable[0] = true;
			return null;
		}
		ImportedValue value = null;
		if (content instanceof CellReader.Number number) {
			value = new ImportedValue.Measured(number.number(), null, false);
		} else if (content instanceof CellReader.Text text) {
			value = OutcomeText.parse(text.text(), measure.getUnit());
			if (value == null) {
				reader.problem(row, Indicators.OUTCOME, Messages.get("import.outcome.unreadable", text.text()));
				unreadable[0] = true;
				return null;
			}
		}
		if (value instanceof ImportedValue.Measured measured && OutcomeText.digits(measured.number()) > OutcomeText.MAX_DIGITS) {
			// A spreadsheet keeps 15 digits; more is a slip (or worse), never an utfall.
			reader.problem(row, Indicators.OUTCOME, Messages.get("import.outcome.tooManyDigits",
					OutcomeText.digits(measured.number()), OutcomeText.MAX_DIGITS));
			unreadable[0] = true;
			return null;
		}
		if (forecast) {
			if (value == null) {
				reader.problem(row, Indicators.FORECAST, Messages.get("import.outcome.forecastWithoutValue",
						CellReader.reference(row, Indicators.OUTCOME)));
				unreadable[0] = true;
				return null;
			}
			if (!(value instanceof ImportedValue.Measured measured)) {
				reader.problem(row, Indicators.FORECAST, Messages.get("import.outcome.forecastNotNumber"));
				unreadable[0] = true;
				return null;
			}
			value = measured.withForecast();
		}
		return value;
	}

	/** The prognos column: empty is no, the word (or ja, x) is yes; null and a problem for anything else. */
	private static Boolean forecast(CellReader reader, int row, Column column) {
		String text = reader.text(row, column);
		if (text == null) {
			return reader.isFilled(row, column) ? null : Boolean.FALSE;
		}
		String word = text.toLowerCase(Locale.ROOT).replace("(", "").replace(")", "").strip();
		if (word.equals(Messages.get("workbook.forecastWord").toLowerCase(Locale.ROOT)) || word.equals("ja")
				|| word.equals("x")) {
			return Boolean.TRUE;
		}
		reader.problem(row, column, Messages.get("import.forecastUnknown", text, Messages.get("workbook.forecastWord")));
		return null;
	}

	// --- Mål ---------------------------------------------------------------------------------------------------

	private List<String> readGoals(CellReader reader) {
		List<String> rowIds = new ArrayList<>();
		for (int row = WorkbookLayout.FIRST_ROW; row <= reader.lastRow(); row++) {
			String id = reader.text(row, Goals.ID);
			if (id == null) {
				continue;
			}
			rowIds.add(id);
			Goal goal = element(reader, row, Goals.ID, id, Goal.class, Sheet.GOALS);
			if (goal == null) {
				continue;
			}
			String labelText = reader.text(row, Goals.ASSESSMENT);
			Boolean forecast = forecast(reader, row, Goals.FORECAST);
			String analysis = reader.text(row, Goals.ANALYSIS);
			String measures = reader.text(row, Goals.MEASURES);
			if (labelText == null) {
				if (Boolean.TRUE.equals(forecast) || analysis != null || measures != null) {
					reader.problem(row, Goals.ASSESSMENT, Messages.get("import.goal.analysisWithoutAssessment"));
				}
				continue;
			}
			AssessmentLabel label = find(view.scale(), labelText, AssessmentLabel::getTitle, AssessmentLabel::getName);
			if (label == null) {
				reader.problem(row, Goals.ASSESSMENT, Messages.get("import.goal.unknownLabel", labelText,
						view.scale().stream().map(AssessmentLabel::getTitle).collect(Collectors.joining(", "))));
				continue;
			}
			if (forecast == null) {
				continue;
			}
			filled.assessments.add(new AssessmentEntry(goal, label, forecast, analysis, measures,
					reader.sheetName() + "!" + CellReader.reference(row, Goals.ASSESSMENT)));
		}
		return rowIds;
	}

	// --- Uppdrag and Aktiviteter ------------------------------------------------------------------------------

	private <T extends EObject> List<String> readStatuses(CellReader reader, Sheet sheet, Column idColumn,
			Column statusColumn, Column commentColumn, Class<T> type, List<StatusEntry> entries) {
		List<String> rowIds = new ArrayList<>();
		for (int row = WorkbookLayout.FIRST_ROW; row <= reader.lastRow(); row++) {
			String id = reader.text(row, idColumn);
			if (id == null) {
				continue;
			}
			rowIds.add(id);
			T element = element(reader, row, idColumn, id, type, sheet);
			if (element == null) {
				continue;
			}
			String statusText = reader.text(row, statusColumn);
			String comment = reader.text(row, commentColumn);
			if (statusText == null) {
				if (comment != null) {
					reader.problem(row, statusColumn, Messages.get("import.status.commentWithoutStatus"));
				}
				continue;
			}
			StatusWord status = find(view.statusWords(), statusText, StatusWord::getTitle, StatusWord::getName);
			if (status == null) {
				reader.problem(row, statusColumn, Messages.get("import.status.unknown", statusText,
						view.statusWords().stream().map(StatusWord::getTitle).collect(Collectors.joining(", "))));
				continue;
			}
			entries.add(new StatusEntry(element, status, comment,
					reader.sheetName() + "!" + CellReader.reference(row, statusColumn)));
		}
		return rowIds;
	}

	/** The word whose title (as the dropdown offers it) or id the text is, ignoring case. */
	private static <T> T find(List<T> words, String text, java.util.function.Function<T, String> title,
			java.util.function.Function<T, String> id) {
		String wanted = text.strip();
		for (T word : words) {
			if (wanted.equalsIgnoreCase(title.apply(word)) || wanted.equalsIgnoreCase(id.apply(word))) {
				return word;
			}
		}
		return null;
	}
}
