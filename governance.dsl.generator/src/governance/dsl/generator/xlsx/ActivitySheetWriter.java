package governance.dsl.generator.xlsx;

import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import governance.dsl.Messages;
import governance.dsl.generator.xlsx.WorkbookLayout.Activities;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.ActivityFollowUp;

/** Aktiviteter: the activities of the committee's plans, a status and a comment. */
final class ActivitySheetWriter extends SheetWriter {

	ActivitySheetWriter(SXSSFWorkbook workbook, FollowUpForm form, WorkbookStyles styles) {
		super(workbook, form, styles, WorkbookLayout.Sheet.ACTIVITIES);
	}

	@Override
	protected void rows() {
		for (Activity activity : form.activities()) {
			Row row = newRow();
			id(row, Activities.ID, activity);
			shown(row, Activities.ACTIVITY, activity.getTitle());
			shown(row, Activities.RESPONSIBLE, activity.getResponsible());
			shown(row, Activities.START, activity.getStart());
			shown(row, Activities.END, activity.getEnd());
			shown(row, Activities.LINKS, activity.getLinks().stream().filter(l -> !l.eIsProxy())
					.map(l -> org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(l))
					.collect(Collectors.joining(", ")));
			ActivityFollowUp reported = form.reportedStatus(activity);
			inputText(row, Activities.STATUS, reported == null || reported.getStatus() == null
					|| reported.getStatus().eIsProxy() ? null : reported.getStatus().getTitle());
			inputText(row, Activities.COMMENT, reported == null ? null : reported.getComment());
		}
	}

	@Override
	protected void dropdowns() {
		if (!form.view().statusWords().isEmpty()) {
			dropdown(Activities.STATUS, WorkbookLayout.STATUS_NAME, null, Messages.get("workbook.validation.status"));
		}
	}
}
