package governance.dsl.generator.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.WorkbookLayout.Column;
import governance.dsl.generator.xlsx.WorkbookLayout.Role;
import governance.dsl.model.ModelView;

/**
 * Lays out one data sheet from {@link WorkbookLayout}: the title block, the headers, the rows a
 * subclass writes, hidden id columns, dropdowns, and the protection that leaves only the inputs
 * open.
 */
abstract class SheetWriter {

	protected final FollowUpForm form;
	protected final WorkbookStyles styles;
	protected final WorkbookLayout.Sheet layout;
	protected final SXSSFSheet sheet;
	private int nextRow = WorkbookLayout.FIRST_ROW;
	private int lastDataRow = WorkbookLayout.FIRST_ROW - 1;
	/** Lines of wrapped text per row, for row heights: no program fits them when it opens the file. */
	private final java.util.Map<Integer, Integer> lines = new java.util.TreeMap<>();

	SheetWriter(SXSSFWorkbook workbook, FollowUpForm form, WorkbookStyles styles, WorkbookLayout.Sheet layout) {
		this.form = form;
		this.styles = styles;
		this.layout = layout;
		this.sheet = workbook.createSheet(layout.title());
	}

	final void write() {
		titleBlock();
		headers();
		rows();
		lastDataRow = nextRow - 1;
		if (nextRow == WorkbookLayout.FIRST_ROW) {
			Row row = sheet.createRow(nextRow++);
			styles.text(row.createCell(firstShownColumn()), Messages.get("workbook.noEntries"), styles.plain);
		} else {
			dropdowns();
		}
		after();
		finish();
	}

	/** Writes the data rows with {@link #newRow()}. */
	protected abstract void rows();

	/** Adds the dropdowns over the data rows, with {@link #dropdown}. */
	protected void dropdowns() {
	}

	/** Writes what stands below the data rows (rows without id, which the import passes over). */
	protected void after() {
	}

	/** The header of a column; the outcome column names the year. */
	protected String header(Column column) {
		return column.header();
	}

	protected final Row newRow() {
		return sheet.createRow(nextRow++);
	}

	protected final boolean hasRows() {
		return lastDataRow >= WorkbookLayout.FIRST_ROW;
	}

	/** The first column planners see: where titles and notes stand. */
	protected final int firstShownColumn() {
		return layout.columns().stream().filter(c -> c.role() != Role.ID).mapToInt(Column::index).min().orElse(0);
	}

	protected final void id(Row row, Column column, Object element) {
		styles.text(row.createCell(column.index()), element == null ? null : ModelView.qualifiedId((org.eclipse.emf.ecore.EObject) element),
				styles.plain);
	}

	protected final void shown(Row row, Column column, String text) {
		styles.text(row.createCell(column.index()), text, styles.shown);
		wrapped(row, column.width(), text);
	}

	protected final void inputText(Row row, Column column, String text) {
		styles.text(row.createCell(column.index()), text, styles.inputText);
		wrapped(row, column.width(), text);
	}

	/** Counts the lines a wrapped text takes in a column (a little generously: characters are narrower than '0'). */
	protected final void wrapped(Row row, int width, String text) {
		if (text == null) {
			return;
		}
		int perLine = Math.max(1, (int) (width * 1.1));
		int count = 0;
		for (String paragraph : text.split("\n", -1)) {
			count += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
		}
		lines.merge(row.getRowNum(), count, Math::max);
	}

	protected final Cell cell(Row row, Column column, CellStyle style) {
		Cell cell = row.createCell(column.index());
		cell.setCellStyle(style);
		return cell;
	}

	private void titleBlock() {
		int first = firstShownColumn();
		int last = layout.columns().size() - 1;
		styles.text(sheet.createRow(WorkbookLayout.TITLE_ROW).createCell(first), WorkbookTexts.title(form), styles.title);
		sheet.getRow(WorkbookLayout.TITLE_ROW).setHeightInPoints(20);
		styles.text(sheet.createRow(WorkbookLayout.SUBTITLE_ROW).createCell(first), WorkbookTexts.subtitle(form),
				styles.subtitle);
		Row instructions = sheet.createRow(WorkbookLayout.INSTRUCTIONS_ROW);
		styles.text(instructions.createCell(first), layout.instructions(), styles.instructions);
		int width = layout.columns().stream().filter(c -> c.index() >= first).mapToInt(Column::width).sum();
		int perLine = Math.max(1, (int) (width * 1.1));
		int count = (layout.instructions().length() + perLine - 1) / perLine + 1;
		instructions.setHeightInPoints(count * sheet.getDefaultRowHeightInPoints());
		sheet.addMergedRegion(new CellRangeAddress(WorkbookLayout.INSTRUCTIONS_ROW, WorkbookLayout.INSTRUCTIONS_ROW, first,
				last));
	}

	private void headers() {
		Row row = sheet.createRow(WorkbookLayout.HEADER_ROW);
		row.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
		for (Column column : layout.columns()) {
			styles.text(row.createCell(column.index()), header(column),
					column.role() == Role.INPUT ? styles.inputHeader : styles.header);
			sheet.setColumnWidth(column.index(), column.width() * 256);
			if (column.role() == Role.ID) {
				sheet.setColumnHidden(column.index(), true);
			}
		}
	}

	/** A dropdown over a column's data rows, from a defined name or an explicit list. */
	protected final void dropdown(Column column, String listName, List<String> explicit, String prompt) {
		if (!hasRows()) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = listName != null ? helper.createFormulaListConstraint(listName)
				: helper.createExplicitListConstraint(explicit.toArray(String[]::new));
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(WorkbookLayout.FIRST_ROW, lastDataRow, column.index(), column.index()));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		validation.createErrorBox(Messages.get("workbook.validation.title"), prompt);
		sheet.addValidationData(validation);
	}

	private void finish() {
		// Only rows that need more than one line get a height; the rest stay free for the program to fit.
		lines.forEach((index, count) -> {
			if (count > 1) {
				sheet.getRow(index).setHeightInPoints(count * sheet.getDefaultRowHeightInPoints());
			}
		});
		sheet.createFreezePane(0, WorkbookLayout.FIRST_ROW);
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(WorkbookLayout.HEADER_ROW, WorkbookLayout.HEADER_ROW, -1, -1));
		// Locked structure: no password (it guards against slips, not people), only the inputs open.
		sheet.enableLocking();
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}
}
