package governance.dsl.generator.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import governance.dsl.build.Parallel;
import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Output;
import governance.dsl.model.GovernanceView;

/** {@code spreadsheets/<nämnd>-<uppföljningstillfälle>.xlsx}: one follow-up workbook per committee and follow-up point. */
public class WorkbookArtefacts implements ArtefactGenerator {

	private final WorkbookKey key;

	/** @param key the workspace's key for the fingerprints */
	public WorkbookArtefacts(WorkbookKey key) {
		this.key = key;
	}

	@Override
	public String folder() {
		return "spreadsheets";
	}

	private byte[] write(FollowUpForm form) {
		try {
			return FollowUpWorkbook.write(form, key);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Workbooks are independent and POI is slow, so they are made on all cores; the model is only
	 * read. They are written in a fixed order, so the output does not depend on timing.
	 */
	@Override
	public void generate(GovernanceView view, Output output) throws IOException {
		List<FollowUpForm> forms = FollowUpForm.all(view);
		List<byte[]> workbooks = Parallel.map(forms, this::write);
		for (int i = 0; i < forms.size(); i++) {
			output.write(forms.get(i).fileName(), workbooks.get(i));
		}
	}
}
