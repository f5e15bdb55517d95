package governance.dsl.generator.html;

import java.util.Map;

/**
 * The frame of every page (template Layout.jte): language, title, style sheet, a skip link, the
 * header with the search form and the main menu (the current page marked), breadcrumbs, the main
 * content and the footer.
 */
final class Layout {

	private Layout() {
	}

	static String render(Handbook handbook, Page page) {
		return Templates.render("Layout.jte", Map.of("page", page, "municipality", handbook.view.title()));
	}
}
