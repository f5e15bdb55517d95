package governance.dsl.generator.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFFormulaEvaluator;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import governance.dsl.generator.xlsx.WorkbookLayout.Meta;
import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.StatusWord;

/**
 * Writes one follow-up workbook (.xlsx): the four data sheets, the very hidden metadata sheet and
 * its lists, protection, and fixed document metadata and zip entry times, so that the same model
 * gives the same bytes.
 */
public final class FollowUpWorkbook {

	private FollowUpWorkbook() {
	}

	public static byte[] write(FollowUpForm form, WorkbookKey key) throws IOException {
		try (StreamingWorkbook workbook = new StreamingWorkbook()) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			new IndicatorSheetWriter(workbook, form, styles).write();
			new GoalSheetWriter(workbook, form, styles).write();
			new AssignmentSheetWriter(workbook, form, styles).write();
			new ActivitySheetWriter(workbook, form, styles).write();
			metadata(workbook, form, key, styles);
			// Cached results for what is already filled in; every program recalculates as cells change.
			SXSSFFormulaEvaluator.evaluateAllFormulaCells(workbook, false);
			workbook.setActiveSheet(0);
			workbook.setFirstVisibleTab(0);
			workbook.getXSSFWorkbook().lockStructure();
			try {
				fixProperties(workbook.getXSSFWorkbook().getPackage().getPackageProperties(), WorkbookTexts.title(form));
			} catch (InvalidFormatException e) {
				throw new IOException(e);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return DeterministicZip.rewrite(bytes.toByteArray());
		}
	}

	private static void metadata(SXSSFWorkbook workbook, FollowUpForm form, WorkbookKey key, WorkbookStyles styles) {
		SXSSFSheet sheet = workbook.createSheet(WorkbookLayout.META_SHEET);
		String[] values = new String[Meta.values().length];
		values[Meta.FORMAT.ordinal()] = WorkbookLayout.FORMAT;
		values[Meta.VERSION.ordinal()] = Integer.toString(WorkbookLayout.FORMAT_VERSION);
		values[Meta.MUNICIPALITY.ordinal()] = form.view().id();
		values[Meta.MODEL.ordinal()] = form.modelId();
		values[Meta.COMMITTEE.ordinal()] = ModelView.qualifiedId(form.committee());
		values[Meta.POINT.ordinal()] = form.point() == null ? "" : ModelView.qualifiedId(form.point());
		values[Meta.YEAR.ordinal()] = form.year() == null ? "" : form.year().toString();
		values[Meta.FINGERPRINT.ordinal()] = form.fingerprint(key);
		values[Meta.PERIOD.ordinal()] = form.period() == null ? "" : form.period().toString();
		List<String> labels = form.view().scale().stream().map(AssessmentLabel::getTitle).toList();
		List<String> statuses = form.view().statusWords().stream().map(StatusWord::getTitle).toList();
		int rows = Math.max(values.length, Math.max(labels.size(), statuses.size()));
		for (int i = 0; i < rows; i++) {
			Row row = sheet.createRow(i);
			if (i < values.length) {
				styles.text(row.createCell(0), Meta.values()[i].key(), styles.plain);
				styles.text(row.createCell(1), values[i], styles.plain);
			}
			if (i < labels.size()) {
				styles.text(row.createCell(WorkbookLayout.LABELS_COLUMN), labels.get(i), styles.plain);
			}
			if (i < statuses.size()) {
				styles.text(row.createCell(WorkbookLayout.STATUS_COLUMN), statuses.get(i), styles.plain);
			}
		}
		list(workbook, WorkbookLayout.LABELS_NAME, WorkbookLayout.LABELS_COLUMN, labels.size());
		list(workbook, WorkbookLayout.STATUS_NAME, WorkbookLayout.STATUS_COLUMN, statuses.size());
		sheet.enableLocking();
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	private static void list(Workbook workbook, String name, int column, int size) {
		if (size == 0) {
			return;
		}
		Name defined = workbook.createName();
		defined.setNameName(name);
		String letter = CellReference.convertNumToColString(column);
		defined.setRefersToFormula(WorkbookLayout.META_SHEET + "!$" + letter + "$1:$" + letter + "$" + size);
	}

	/** The same creator and times in every build: the output is compared byte for byte. */
	private static void fixProperties(PackageProperties properties, String title) {
		Date fixed = Date.from(DeterministicZip.FIXED_TIME.toInstant(java.time.ZoneOffset.UTC));
		properties.setCreatedProperty(Optional.of(fixed));
		properties.setModifiedProperty(Optional.of(fixed));
		properties.setCreatorProperty(Optional.of("govc"));
		properties.setLastModifiedByProperty(Optional.of("govc"));
		properties.setTitleProperty(Optional.of(title));
	}
}
