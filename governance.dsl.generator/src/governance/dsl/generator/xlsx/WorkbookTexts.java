package governance.dsl.generator.xlsx;

import governance.dsl.Messages;

/** The workbook's titles, from the bundle. */
final class WorkbookTexts {

	private WorkbookTexts() {
	}

	/** "Uppföljning: Delårsrapport 2019 – Barn- och ungdomsnämnden", "Uppföljning: Månadsrapport mars 2019 – …". */
	static String title(FollowUpForm form) {
		String point = form.point() == null ? Messages.get("workbook.noPoint") : form.point().getTitle();
		String year = form.period() == null ? "" : " " + form.period().label();
		return Messages.get("workbook.title", point + year, form.committee().getTitle());
	}

	/** "Linköpings kommun · Kommungemensam modell för mål- och verksamhetsstyrning · år 2019". */
	static String subtitle(FollowUpForm form) {
		String model = form.view().definition() == null ? form.view().title()
				: form.view().title() + " · " + form.view().definition().getTitle();
		return form.year() == null ? model : Messages.get("workbook.subtitle", model, form.year());
	}
}
