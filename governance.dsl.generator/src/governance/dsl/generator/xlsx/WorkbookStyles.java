package governance.dsl.generator.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a follow-up workbook, and the one way text gets into a cell: text that a
 * spreadsheet program could take for a formula (it begins with =, +, - or @) is written as a
 * string with Excel's quote prefix, so that it stays text when shown, edited or saved again.
 */
final class WorkbookStyles {

	/** The characters that make a spreadsheet program read a typed or pasted text as a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final Workbook workbook;
	final CellStyle title;
	final CellStyle subtitle;
	final CellStyle instructions;
	final CellStyle header;
	final CellStyle inputHeader;
	final CellStyle shown;
	final CellStyle shownNumber;
	final CellStyle inputNumber;
	final CellStyle inputText;
	final CellStyle formula;
	final CellStyle notApplicable;
	final CellStyle plain;
	private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
	private final Map<String, CellStyle> inputFormats = new HashMap<>();

	WorkbookStyles(Workbook workbook) {
		this.workbook = workbook;
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);

		plain = workbook.createCellStyle();
		title = workbook.createCellStyle();
		title.setFont(large);
		subtitle = workbook.createCellStyle();
		subtitle.setFont(bold);
		instructions = workbook.createCellStyle();
		instructions.setWrapText(true);
		instructions.setVerticalAlignment(VerticalAlignment.TOP);

		header = bordered(workbook.createCellStyle());
		header.setFont(bold);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		inputHeader = workbook.createCellStyle();
		inputHeader.cloneStyleFrom(header);
		inputHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());

		shown = bordered(workbook.createCellStyle());
		shown.setWrapText(true);
		shown.setVerticalAlignment(VerticalAlignment.TOP);
		shownNumber = bordered(workbook.createCellStyle());
		shownNumber.setVerticalAlignment(VerticalAlignment.TOP);
		formula = bordered(workbook.createCellStyle());
		formula.setVerticalAlignment(VerticalAlignment.TOP);
		notApplicable = bordered(workbook.createCellStyle());
		notApplicable.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		notApplicable.setFillPattern(FillPatternType.SOLID_FOREGROUND);

		// Inputs: unlocked, yellow (and named "fyll i" in the instructions, so colour is not the only sign).
		inputNumber = input(workbook.createCellStyle());
		inputText = input(workbook.createCellStyle());
		inputText.setWrapText(true);
		// Text format: what a planner types in an analysis or a comment stays text, even "=…".
		inputText.setDataFormat(workbook.createDataFormat().getFormat("@"));
	}

	private static CellStyle bordered(CellStyle style) {
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private static CellStyle input(CellStyle style) {
		bordered(style);
		style.setLocked(false);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	/** Whether a spreadsheet program would take the text for a formula. */
	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
	}

	/** The most characters a cell holds (Excel's limit; POI refuses more). */
	static final int MAX_TEXT = 32767;

	/**
	 * Writes text (nothing for null), never as something a program evaluates. A text longer than a
	 * cell holds is cut with "…" rather than failing the whole build; the import then reads the cut
	 * text as a changed value, which it lists before anything is overwritten.
	 */
	void text(Cell cell, String text, CellStyle style) {
		if (text == null || text.isEmpty()) {
			cell.setBlank();
			cell.setCellStyle(style);
			return;
		}
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT - 1) + "…";
		}
		cell.setCellValue(text);
		cell.setCellStyle(looksLikeFormula(text) ? quoted(style) : style);
	}

	void number(Cell cell, BigDecimal number, CellStyle style) {
		if (number == null) {
			cell.setBlank();
		} else {
			cell.setCellValue(number.doubleValue());
		}
		cell.setCellStyle(style);
	}

	/**
	 * An input number shown as the plans write it: as many decimals as written ("20,20" stays 20,20,
	 * "15,0" stays 15,0) and from four digits in thousands ("12 000" in a Swedish program), read back
	 * the same way.
	 */
	void inputNumber(Cell cell, BigDecimal number) {
		cell.setCellValue(number.doubleValue());
		int decimals = Math.max(0, number.scale());
		boolean grouped = number.abs().compareTo(BigDecimal.valueOf(1000)) >= 0;
		if (decimals == 0 && !grouped) {
			cell.setCellStyle(inputNumber);
			return;
		}
		String format = (grouped ? "#,##0" : "0") + (decimals == 0 ? "" : "." + "0".repeat(decimals));
		cell.setCellStyle(inputFormats.computeIfAbsent(format, f -> {
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(inputNumber);
			style.setDataFormat(workbook.createDataFormat().getFormat(f));
			return style;
		}));
	}

	private CellStyle quoted(CellStyle style) {
		return quoted.computeIfAbsent(style, s -> {
			CellStyle copy = workbook.createCellStyle();
			copy.cloneStyleFrom(s);
			copy.setQuotePrefixed(true);
			return copy;
		});
	}
}
