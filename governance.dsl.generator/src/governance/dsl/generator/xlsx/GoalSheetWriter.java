package governance.dsl.generator.xlsx;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.WorkbookLayout.Goals;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalAssessment;

/** Mål: the committee's goals, an assessment from the model's scale, and the analysis. */
final class GoalSheetWriter extends SheetWriter {

	GoalSheetWriter(SXSSFWorkbook workbook, FollowUpForm form, WorkbookStyles styles) {
		super(workbook, form, styles, WorkbookLayout.Sheet.GOALS);
	}

	@Override
	protected void rows() {
		for (Goal goal : form.goals()) {
			Row row = newRow();
			id(row, Goals.ID, goal);
			shown(row, Goals.GOAL, goal.getTitle());
			shown(row, Goals.AREA, goal.getArea() == null || goal.getArea().eIsProxy() ? null : goal.getArea().getTitle());
			shown(row, Goals.PARENTS, goal.getParents().stream().filter(p -> !p.eIsProxy()).map(Goal::getName)
					.collect(Collectors.joining(", ")));
			GoalAssessment reported = form.reportedAssessment(goal);
			boolean labelled = reported != null && reported.getLabel() != null && !reported.getLabel().eIsProxy();
			inputText(row, Goals.ASSESSMENT, labelled ? reported.getLabel().getTitle() : null);
			inputText(row, Goals.FORECAST,
					reported != null && reported.isForecast() ? Messages.get("workbook.forecastWord") : null);
			inputText(row, Goals.ANALYSIS, reported == null ? null : reported.getAnalysis());
			inputText(row, Goals.MEASURES, reported == null ? null : reported.getMeasures());
		}
	}

	@Override
	protected void dropdowns() {
		if (!form.view().scale().isEmpty()) {
			dropdown(Goals.ASSESSMENT, WorkbookLayout.LABELS_NAME, null, Messages.get("workbook.validation.assessment"));
		}
		dropdown(Goals.FORECAST, null, List.of(Messages.get("workbook.forecastWord")),
				Messages.get("workbook.validation.forecast"));
	}

	/** The scale with what each assessment means, below the goals: symbol and words, never colour alone. */
	@Override
	protected void after() {
		if (form.view().scale().isEmpty()) {
			return;
		}
		newRow();
		Row heading = newRow();
		styles.text(heading.createCell(Goals.GOAL.index()), form.view().definition().getScales().get(0).getTitle(),
				styles.subtitle);
		for (AssessmentLabel label : form.view().scale()) {
			Row row = newRow();
			String symbol = label.getSymbol() == null ? "" : label.getSymbol() + " ";
			String meaning = label.getMeaning() == null ? "" : ": " + Values.prose(label.getMeaning());
			String text = symbol + label.getTitle() + meaning;
			styles.text(row.createCell(Goals.GOAL.index()), text, styles.instructions);
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), Goals.GOAL.index(),
					Goals.ANALYSIS.index()));
			wrapped(row, Goals.GOAL.width() + Goals.AREA.width() + Goals.PARENTS.width() + Goals.ASSESSMENT.width()
					+ Goals.FORECAST.width() + Goals.ANALYSIS.width(), text);
		}
	}
}
