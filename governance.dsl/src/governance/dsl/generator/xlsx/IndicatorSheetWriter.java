package governance.dsl.generator.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.FollowUpForm.IndicatorRow;
import governance.dsl.generator.xlsx.WorkbookLayout.Column;
import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.TargetValue;

/**
 * Indikatorer: per measure a row for the total and one per split group, each with its målvärde,
 * an input for the year's utfall and whether it is a prognos, and the deviation from a numeric
 * målvärde as a formula; the total's row takes the comment (the outcome's fotnot).
 */
final class IndicatorSheetWriter extends SheetWriter {

	IndicatorSheetWriter(SXSSFWorkbook workbook, FollowUpForm form, WorkbookStyles styles) {
		super(workbook, form, styles, WorkbookLayout.Sheet.INDICATORS);
	}

	@Override
	protected String header(Column column) {
		if (column == Indicators.OUTCOME) {
			return form.year() == null ? Messages.get("workbook.column.outcomeWithoutYear")
					: column.header(form.year());
		}
		return column.header();
	}

	@Override
	protected void rows() {
		for (IndicatorRow indicator : form.indicatorRows()) {
			Row row = newRow();
			String unit = indicator.measure().getUnit();
			id(row, Indicators.ID, indicator.measure());
			id(row, Indicators.GROUP_ID, indicator.group());
			boolean total = indicator.group() == null;
			Goal goal = ModelView.goalOf(indicator.measure());
			shown(row, Indicators.GOAL, total && goal != null ? goal.getTitle() : null);
			shown(row, Indicators.MEASURE, total ? indicator.measure().getTitle() : null);
			shown(row, Indicators.GROUP, total ? Messages.get("workbook.total") : indicator.group().getTitle());
			shown(row, Indicators.UNIT, unit);
			TargetValue target = indicator.targetValue();
			shown(row, Indicators.TARGET, target == null ? null : Values.target(target, unit));
			shown(row, Indicators.TARGET_YEAR, target == null ? null : indicator.target().getPeriod());
			BigDecimal targetNumber = target == null || target.getUpper() != null ? null : target.getNumber();
			styles.number(row.createCell(Indicators.TARGET_NUMBER.index()), targetNumber, styles.shownNumber);
			if (form.year() == null) {
				// No year, nothing to report: the inputs stay closed.
				cell(row, Indicators.OUTCOME, styles.notApplicable);
				cell(row, Indicators.FORECAST, styles.notApplicable);
				cell(row, Indicators.DEVIATION, styles.notApplicable);
				cell(row, Indicators.COMMENT, styles.notApplicable);
				continue;
			}
			Outcome reported = form.reportedOutcome(indicator.measure());
			OutcomeValue value = reported == null ? null : total ? reported.getValue() : splitValue(reported, indicator);
			writeOutcome(row, value, unit);
			Cell deviation = cell(row, Indicators.DEVIATION, styles.formula);
			if (targetNumber != null) {
				deviation.setCellFormula(deviationFormula(row.getRowNum() + 1));
			}
			if (total) {
				inputText(row, Indicators.COMMENT, reported == null ? null : reported.getFootnote());
			} else {
				cell(row, Indicators.COMMENT, styles.notApplicable);
			}
		}
	}

	@Override
	protected void dropdowns() {
		if (form.year() != null) {
			dropdown(Indicators.FORECAST, null, List.of(Messages.get("workbook.forecastWord")),
					Messages.get("workbook.validation.forecast"));
		}
	}

	/** ROUND(utfall − målvärde): empty until both are numbers. */
	static String deviationFormula(int excelRow) {
		String outcome = Indicators.OUTCOME.letter() + excelRow;
		String target = Indicators.TARGET_NUMBER.letter() + excelRow;
		return "IF(AND(ISNUMBER(" + outcome + "),ISNUMBER(" + target + ")),ROUND(" + outcome + "-" + target + ",6),\"\")";
	}

	private static OutcomeValue splitValue(Outcome outcome, IndicatorRow indicator) {
		return outcome.getSplits().stream().filter(s -> s.getGroup() == indicator.group()).map(SplitOutcome::getValue)
				.findFirst().orElse(null);
	}

	/** A measured value as a number (its own unit only if it differs from the measure's), others as the planner writes them. */
	private void writeOutcome(Row row, OutcomeValue value, String measureUnit) {
		Cell outcome = row.createCell(Indicators.OUTCOME.index());
		boolean forecast = false;
		if (value instanceof MeasuredValue measured) {
			forecast = measured.isForecast();
			if (measured.getUnit() == null || measured.getUnit().equals(measureUnit)) {
				styles.inputNumber(outcome, measured.getNumber());
			} else {
				styles.text(outcome, Values.withUnit(measured.getNumber(), measured.getUnit(), measureUnit),
						styles.inputNumber);
			}
		} else if (value != null) {
			// General format, not text: a number typed over "I.U." later is a number again.
			styles.text(outcome, Values.outcome(value, measureUnit), styles.inputNumber);
		} else {
			outcome.setCellStyle(styles.inputNumber);
		}
		inputText(row, Indicators.FORECAST, forecast ? Messages.get("workbook.forecastWord") : null);
	}
}
