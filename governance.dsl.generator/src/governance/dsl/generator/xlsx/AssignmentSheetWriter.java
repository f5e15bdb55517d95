package governance.dsl.generator.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.WorkbookLayout.Assignments;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentFollowUp;

/** Uppdrag: the assignments to, from and under the committee, a status and a comment. */
final class AssignmentSheetWriter extends SheetWriter {

	AssignmentSheetWriter(SXSSFWorkbook workbook, FollowUpForm form, WorkbookStyles styles) {
		super(workbook, form, styles, WorkbookLayout.Sheet.ASSIGNMENTS);
	}

	@Override
	protected void rows() {
		for (Assignment assignment : form.assignments()) {
			Row row = newRow();
			id(row, Assignments.ID, assignment);
			shown(row, Assignments.ASSIGNMENT, assignment.getTitle());
			shown(row, Assignments.KIND, assignment.getKind().getLiteral());
			shown(row, Assignments.ISSUER, assignment.getIssuer() == null || assignment.getIssuer().eIsProxy() ? null
					: assignment.getIssuer().getTitle());
			shown(row, Assignments.REPORT_BY, assignment.getReportBy());
			AssignmentFollowUp reported = form.reportedStatus(assignment);
			inputText(row, Assignments.STATUS, reported == null || reported.getStatus() == null
					|| reported.getStatus().eIsProxy() ? null : reported.getStatus().getTitle());
			inputText(row, Assignments.COMMENT, reported == null ? null : reported.getComment());
		}
	}

	@Override
	protected void dropdowns() {
		if (!form.view().statusWords().isEmpty()) {
			dropdown(Assignments.STATUS, WorkbookLayout.STATUS_NAME, null, Messages.get("workbook.validation.status"));
		}
	}
}
