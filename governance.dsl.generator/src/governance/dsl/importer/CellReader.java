package governance.dsl.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.WorkbookLayout.Column;
import governance.dsl.model.Values;

/**
 * Reads the cells of one sheet as text or numbers, whatever the program that saved them made of
 * them (a formula is refused, never read by its cached result), and collects the problems as
 * {@code sheet!cell: reason}.
 */
final class CellReader {

	/**
	 * A number format with a fixed count of decimals ("0.00", "#,##0.0", "# ##0.00" as programs save
	 * it): the number keeps them ("20,20", "15,0"). Only the first section (positive numbers) counts.
	 */
	private static final Pattern DECIMALS = Pattern.compile("[#0,\\ \u00a0]*0\\.(0+)");

	/** The most characters a cell holds in Excel; more is no text a planner typed. */
	static final int MAX_TEXT = 32767;

	/** A cell's content: nothing, text, or a number with the decimals its format shows. */
	sealed interface Content {
	}

	record Empty() implements Content {
	}

	record Text(String text) implements Content {
	}

	record Number(BigDecimal number) implements Content {
	}

	private final XSSFSheet sheet;
	private final String sheetName;
	private final List<CellProblem> problems;

	CellReader(XSSFSheet sheet, String sheetName, List<CellProblem> problems) {
		this.sheet = sheet;
		this.sheetName = sheetName;
		this.problems = problems;
	}

	String sheetName() {
		return sheetName;
	}

	static String reference(int row, Column column) {
		return new CellReference(row, column.index()).formatAsString();
	}

	void problem(int row, Column column, String reason) {
		problems.add(new CellProblem(sheetName, reference(row, column), reason));
	}

	/** The content, or null (and a problem) for an error value or a truth value. */
	Content content(int rowIndex, Column column) {
		Row row = sheet.getRow(rowIndex);
		Cell cell = row == null ? null : row.getCell(column.index());
		if (cell == null) {
			return new Empty();
		}
		if (cell.getCellType() == CellType.FORMULA) {
			// A formula's cached value is whatever the saving program (or a forger) wrote, and one without
			// a cached value reads as 0: what a planner reports is typed, never computed here.
			String formula = cell.getCellFormula().replaceAll("\\s+", " ");
			if (formula.length() > 40) {
				formula = formula.substring(0, 39) + "…";
			}
			problem(rowIndex, column, Messages.get("import.cell.formula", "=" + formula));
			return null;
		}
		switch (cell.getCellType()) {
			case BLANK:
				return new Empty();
			case STRING: {
				String text = cell.getRichStringCellValue().getString();
				if (text != null && text.length() > MAX_TEXT) {
					problem(rowIndex, column, Messages.get("import.cell.tooLong", text.length(), MAX_TEXT));
					return null;
				}
				text = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
				return text.isEmpty() ? new Empty() : new Text(text);
			}
			case NUMERIC: {
				// A saved number is text in the file: "abc", "1e309" or "NaN" there is no number.
				double value;
				try {
					value = cell.getNumericCellValue();
				} catch (RuntimeException e) {
					problem(rowIndex, column, Messages.get("import.cell.notANumber"));
					return null;
				}
				if (!Double.isFinite(value)) {
					problem(rowIndex, column, Messages.get("import.cell.notANumber"));
					return null;
				}
				return new Number(number(value, cell.getCellStyle().getDataFormatString()));
			}
			case BOOLEAN:
				problem(rowIndex, column, Messages.get("import.cell.boolean", cell.getBooleanCellValue()
						? Messages.get("import.cell.true") : Messages.get("import.cell.false")));
				return null;
			case ERROR:
				problem(rowIndex, column, Messages.get("import.cell.error", errorText(cell)));
				return null;
			default:
				return new Empty();
		}
	}

	/** The content as text (a number as the language writes it), or null when empty or unreadable. */
	String text(int rowIndex, Column column) {
		Content content = content(rowIndex, column);
		if (content instanceof Text text) {
			return text.text();
		}
		if (content instanceof Number number) {
			return Values.number(number.number());
		}
		return null;
	}

	/** Whether the cell holds anything, even something unreadable. */
	boolean isFilled(int rowIndex, Column column) {
		Row row = sheet.getRow(rowIndex);
		Cell cell = row == null ? null : row.getCell(column.index());
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return false;
		}
		return !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
	}

	/** A number as the cell shows it: no binary noise, and as many decimals as a fixed format shows. */
	static BigDecimal number(double value, String format) {
		BigDecimal number = new BigDecimal(Double.toString(value)).stripTrailingZeros();
		if (number.scale() < 0) {
			number = number.setScale(0);
		}
		Matcher decimals = format == null ? null : DECIMALS.matcher(format.split(";", 2)[0]);
		if (decimals != null && decimals.matches() && decimals.group(1).length() > number.scale()) {
			number = number.setScale(decimals.group(1).length());
		}
		return number;
	}

	private static String errorText(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		} catch (IllegalArgumentException e) {
			return "#?";
		}
	}

	int lastRow() {
		return sheet.getLastRowNum();
	}
}
