package governance.dsl.generator.xlsx;

import java.io.IOException;

import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Output;
import governance.dsl.model.GovernanceView;

/** {@code spreadsheets/<nämnd>-<uppföljningstillfälle>.xlsx}: one follow-up workbook per committee and follow-up point. */
public class WorkbookArtefacts implements ArtefactGenerator {

	@Override
	public String folder() {
		return "spreadsheets";
	}

	@Override
	public void generate(GovernanceView view, Output output) throws IOException {
		for (FollowUpForm form : FollowUpForm.all(view)) {
			output.write(form.fileName(), FollowUpWorkbook.write(form));
		}
	}
}
