package governance.dsl.generator.html;

import java.util.Map;

/**
 * The frame of every page (template Layout.jte): language, title, style sheet, a skip link, the
 * header with the municipality's logo and name, the search form and the main menu (the current page
 * marked; folded behind a "Meny" button on a phone, without script), breadcrumbs, the main content
 * and the footer with the publication date and the municipality's website.
 */
final class Layout {

	private Layout() {
	}

	static String render(Handbook handbook, Page page) {
		return Templates.render("Layout.jte", Map.of("page", page, "masthead", handbook.masthead));
	}
}
