package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import gg.jte.Content;

/** One HTML page being written: its file, its title, where it sits in the menu and the breadcrumbs, its content. */
final class Page {

	/** The main menu's entries, in order; a page under none of them (a goal, a målområde) is NONE. */
	enum Section {
		START(Site.START, "nav.start"), ORGANISATION(Site.ORGANISATION, "nav.organisation"),
		MEASURES(Site.MEASURES, "nav.measures"), ASSIGNMENTS(Site.ASSIGNMENTS, "nav.assignments"),
		ACTIVITIES(Site.ACTIVITIES, "nav.activities"), DOCUMENTS(Site.DOCUMENTS, "nav.documents"),
		FOLLOW_UP(Site.FOLLOW_UP, "nav.followUp"), CYCLE(Site.CYCLE, "nav.cycle"), TRACE(Site.TRACE, "nav.trace"),
		GLOSSARY(Site.GLOSSARY, "nav.glossary"), SEARCH(Site.SEARCH, "nav.search"), NONE(null, null);

		/** The menu's entries, in order. */
		static final List<Section> MENU = Arrays.stream(values()).filter(s -> s != NONE).toList();

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
	/** The page's content, rendered by its template. */
	Content content;

	Page(String file, String title, Section section) {
		this.file = file;
		this.title = title;
		this.section = section;
	}

	/** The content of {@code <main>}. */
	Content body() {
		return content;
	}

	/** This page is the menu entry's own page. */
	boolean isCurrent(Section entry) {
		return entry == section && entry.file.equals(file);
	}

	/** This page lies under the menu entry without being its page. */
	boolean isWithin(Section entry) {
		return entry == section && !entry.file.equals(file);
	}

	Page content(Content templateContent) {
		this.content = templateContent;
		return this;
	}

	Page crumb(String label, String href) {
		crumbs.add(new Crumb(label, href));
		return this;
	}
}
