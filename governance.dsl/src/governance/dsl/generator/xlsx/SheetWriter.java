package governance.dsl.generator.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
	protected final XSSFSheet sheet;
	private int nextRow = WorkbookLayout.FIRST_ROW;

	SheetWriter(XSSFWorkbook workbook, FollowUpForm form, WorkbookStyles styles, WorkbookLayout.Sheet layout) {
		this.form = form;
		this.styles = styles;
		this.layout = layout;
		this.sheet = workbook.createSheet(layout.title());
	}

	final void write() {
		titleBlock();
		headers();
		rows();
		if (nextRow == WorkbookLayout.FIRST_ROW) {
			Row row = sheet.createRow(nextRow++);
			styles.text(row.createCell(1), Messages.get("workbook.noEntries"), styles.plain);
		}
		finish();
	}

	/** Writes the data rows with {@link #newRow()}. */
	protected abstract void rows();

	/** The header of a column; the outcome column names the year. */
	protected String header(Column column) {
		return column.header();
	}

	protected final Row newRow() {
		return sheet.createRow(nextRow++);
	}

	/** The index of the last data row written, or -1 for none. */
	protected final int lastRow() {
		return nextRow - 1;
	}

	protected final boolean hasRows() {
		return nextRow > WorkbookLayout.FIRST_ROW;
	}

	protected final void id(Row row, Column column, Object element) {
		styles.text(row.createCell(column.index()), element == null ? null : ModelView.qualifiedId((org.eclipse.emf.ecore.EObject) element),
				styles.plain);
	}

	protected final void shown(Row row, Column column, String text) {
		styles.text(row.createCell(column.index()), text, styles.shown);
	}

	protected final void inputText(Row row, Column column, String text) {
		styles.text(row.createCell(column.index()), text, styles.inputText);
	}

	protected final Cell cell(Row row, Column column, CellStyle style) {
		Cell cell = row.createCell(column.index());
		cell.setCellStyle(style);
		return cell;
	}

	private void titleBlock() {
		int lastColumn = layout.columns().size() - 1;
		styles.text(sheet.createRow(WorkbookLayout.TITLE_ROW).createCell(1), WorkbookTexts.title(form), styles.title);
		styles.text(sheet.createRow(WorkbookLayout.SUBTITLE_ROW).createCell(1), WorkbookTexts.subtitle(form),
				styles.subtitle);
		Row instructions = sheet.createRow(WorkbookLayout.INSTRUCTIONS_ROW);
		styles.text(instructions.createCell(1), layout.instructions(), styles.instructions);
		instructions.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
		sheet.addMergedRegion(new CellRangeAddress(WorkbookLayout.INSTRUCTIONS_ROW, WorkbookLayout.INSTRUCTIONS_ROW, 1,
				Math.max(2, Math.min(lastColumn, 7))));
	}

	private void headers() {
		Row row = sheet.createRow(WorkbookLayout.HEADER_ROW);
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
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidationConstraint constraint = listName != null ? helper.createFormulaListConstraint(listName)
				: helper.createExplicitListConstraint(explicit.toArray(String[]::new));
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(WorkbookLayout.FIRST_ROW, lastRow(), column.index(), column.index()));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		validation.createErrorBox(Messages.get("workbook.validation.title"), prompt);
		sheet.addValidationData(validation);
	}

	private void finish() {
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
