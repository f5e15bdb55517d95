package governance.dsl.generator.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.FollowUpForm.IndicatorRow;
import governance.dsl.generator.xlsx.WorkbookLayout.Column;
import governance.dsl.generator.xlsx.WorkbookLayout.Indicators;
import governance.dsl.model.Outcomes;
import governance.dsl.model.Fulfilment.TargetSpec;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.TargetValue;

/**
 * Indikatorer: per measure a row for the total and one per split group, each with the målvärde that
 * applies to the period asked for, an input for the utfall and whether it is a prognos, the
 * deviation (positive = better) and the status against the målvärde as formulas
 * ({@link IndicatorFormulas}); the total's row takes the comment (the outcome's fotnot).
 */
final class IndicatorSheetWriter extends SheetWriter {

	IndicatorSheetWriter(SXSSFWorkbook workbook, FollowUpForm form, WorkbookStyles styles) {
		super(workbook, form, styles, WorkbookLayout.Sheet.INDICATORS);
	}

	@Override
	protected String header(Column column) {
		if (column == Indicators.OUTCOME) {
			return form.period() == null ? Messages.get("workbook.column.outcomeWithoutYear")
					: Messages.get("workbook.column.outcomeFor", form.period().label());
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
				cell(row, Indicators.STATUS, styles.notApplicable);
				cell(row, Indicators.COMMENT, styles.notApplicable);
				continue;
			}
			Outcome reported = form.reportedOutcome(indicator.measure());
			OutcomeValue value = reported == null ? null : total ? reported.getValue() : splitValue(reported, indicator);
			writeOutcome(row, value, unit);
			TargetSpec spec = MeasureFulfilment.spec(target);
			Direction direction = indicator.measure().getDirection();
			String deviation = IndicatorFormulas.deviation(spec, direction, row.getRowNum() + 1);
			Cell deviationCell = cell(row, Indicators.DEVIATION, styles.formula);
			if (deviation != null) {
				deviationCell.setCellFormula(deviation);
			}
			cell(row, Indicators.STATUS, styles.formula)
					.setCellFormula(IndicatorFormulas.status(spec, direction, row.getRowNum() + 1));
			if (total) {
				inputText(row, Indicators.COMMENT, reported == null ? null : Outcomes.footnoteOf(reported));
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

	private static OutcomeValue splitValue(Outcome outcome, IndicatorRow indicator) {
		return outcome.getSplits().stream().filter(s -> s.getGroup() == indicator.group()).map(SplitOutcome::getValue)
				.findFirst().orElse(null);
	}

	/**
	 * A plain measured value as a number, shown with its decimals as written ("15,0") and thousands
	 * grouped ("12 000"); every other form as the planner would write it ("mindre än 70", "24*",
	 * "2 450 tkr" where the unit is not the measure's, "I.U.", "–", "se …"), which the import reads
	 * back to the same value. A prognos is the number and the word in the prognos column.
	 */
	private void writeOutcome(Row row, OutcomeValue value, String measureUnit) {
		Cell outcome = row.createCell(Indicators.OUTCOME.index());
		boolean forecast = false;
		if (value instanceof MeasuredValue measured) {
			forecast = measured.isForecast();
			boolean plain = (measured.getBound() == null || measured.getBound() == Bound.EXACTLY)
					&& measured.getMarker() == null
					&& (measured.getUnit() == null || measured.getUnit().equals(measureUnit));
			if (plain) {
				styles.inputNumber(outcome, measured.getNumber());
			} else {
				// General format, not text: a number typed over it later is a number again.
				styles.text(outcome, Values.outcome(withoutForecast(measured), null), styles.inputNumber);
			}
		} else if (value != null) {
			styles.text(outcome, Values.outcome(value, null), styles.inputNumber);
		} else {
			outcome.setCellStyle(styles.inputNumber);
		}
		inputText(row, Indicators.FORECAST, forecast ? Messages.get("workbook.forecastWord") : null);
	}

	/** The value without its prognos: the prognos column says that. */
	private static MeasuredValue withoutForecast(MeasuredValue value) {
		if (!value.isForecast()) {
			return value;
		}
		MeasuredValue copy = EcoreUtil.copy(value);
		copy.setForecast(false);
		return copy;
	}
}
