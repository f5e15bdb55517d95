package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

/** One HTML page being written: its file, its title, where it sits in the menu and the breadcrumbs, its content. */
final class Page {

	/** The main menu's entries, in order; a page under none of them (a goal, a målområde) is NONE. */
	enum Section {
		START(Site.START, "nav.start"), ORGANISATION(Site.ORGANISATION, "nav.organisation"),
		MEASURES(Site.MEASURES, "nav.measures"), ASSIGNMENTS(Site.ASSIGNMENTS, "nav.assignments"),
		ACTIVITIES(Site.ACTIVITIES, "nav.activities"), DOCUMENTS(Site.DOCUMENTS, "nav.documents"),
		FOLLOW_UP(Site.FOLLOW_UP, "nav.followUp"), CYCLE(Site.CYCLE, "nav.cycle"), TRACE(Site.TRACE, "nav.trace"),
		GLOSSARY(Site.GLOSSARY, "nav.glossary"), SEARCH(Site.SEARCH, "nav.search"), NONE(null, null);

		final String file;
		final String label;

		Section(String file, String label) {
			this.file = file;
			this.label = label;
		}
	}

	/** A step in the breadcrumbs: a label (plain text) and its page. */
	record Crumb(String label, String href) {
	}

	final String file;
	final String title;
	final Section section;
	final List<Crumb> crumbs = new ArrayList<>();
	final List<String> scripts = new ArrayList<>();
	final StringBuilder body = new StringBuilder();

	Page(String file, String title, Section section) {
		this.file = file;
		this.title = title;
		this.section = section;
	}

	Page crumb(String label, String href) {
		crumbs.add(new Crumb(label, href));
		return this;
	}

	/** Appends markup (already escaped where it holds text). */
	Page add(String html) {
		body.append(html);
		return this;
	}

	Page line(String html) {
		body.append(html).append('\n');
		return this;
	}
}
