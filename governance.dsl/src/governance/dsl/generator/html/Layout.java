package governance.dsl.generator.html;

/**
 * The frame of every page: language, title, style sheet, a skip link, the header with the search
 * form and the main menu (the current page marked), breadcrumbs, the main content and the footer.
 */
final class Layout {

	private Layout() {
	}

	static String render(Handbook handbook, Page page) {
		StringBuilder out = new StringBuilder(page.body.length() + 4096);
		String municipality = Html.esc(handbook.view.title());
		out.append("<!DOCTYPE html>\n");
		out.append("<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
		out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		out.append("<title>").append(Html.esc(page.title)).append(" – ").append(Html.t("site.shortTitle", handbook.view.title()))
				.append("</title>\n");
		out.append("<link rel=\"stylesheet\" href=\"style.css\">\n");
		out.append("</head>\n<body>\n");
		out.append("<a class=\"skip-link\" href=\"#innehall\">").append(Html.t("layout.skip")).append("</a>\n");
		out.append("<header class=\"sidhuvud\">\n<div class=\"sidhuvud-rad\">\n");
		out.append("<p class=\"webbplats\"><a href=\"").append(Site.START).append("\">").append(municipality)
				.append(" <span class=\"webbplats-undertitel\">").append(Html.t("site.subtitle")).append("</span></a></p>\n");
		if (page.section != Page.Section.SEARCH) {
			out.append("<form class=\"sokruta\" role=\"search\" action=\"").append(Site.SEARCH).append("\" method=\"get\">\n");
			out.append("<label for=\"sok-snabb\">").append(Html.t("search.label")).append("</label>\n");
			out.append("<input id=\"sok-snabb\" type=\"search\" name=\"q\" autocomplete=\"off\">\n");
			out.append("<button type=\"submit\">").append(Html.t("search.button")).append("</button>\n</form>\n");
		}
		out.append("</div>\n");
		out.append("<nav class=\"huvudmeny\" aria-label=\"").append(Html.t("layout.menu")).append("\">\n<ul>\n");
		for (Page.Section section : Page.Section.values()) {
			if (section == Page.Section.NONE) {
				continue;
			}
			out.append("<li><a href=\"").append(section.file).append('"');
			if (section == page.section && section.file.equals(page.file)) {
				out.append(" aria-current=\"page\"");
			} else if (section == page.section) {
				out.append(" class=\"aktuell-del\"");
			}
			out.append('>').append(Html.t(section.label)).append("</a></li>\n");
		}
		out.append("</ul>\n</nav>\n</header>\n");
		if (!page.crumbs.isEmpty()) {
			out.append("<nav class=\"brodsmulor\" aria-label=\"").append(Html.t("layout.breadcrumbs")).append("\">\n<ol>\n");
			for (Page.Crumb crumb : page.crumbs) {
				out.append("<li><a href=\"").append(Html.esc(crumb.href())).append("\">").append(Html.esc(crumb.label()))
						.append("</a></li>\n");
			}
			out.append("<li><span aria-current=\"page\">").append(Html.esc(page.title)).append("</span></li>\n");
			out.append("</ol>\n</nav>\n");
		}
		out.append("<main id=\"innehall\" tabindex=\"-1\">\n");
		out.append(page.body);
		out.append("</main>\n");
		out.append("<footer class=\"sidfot\">\n<p>").append(Html.t("layout.footer", handbook.view.title())).append("</p>\n</footer>\n");
		for (String script : page.scripts) {
			out.append("<script src=\"").append(Html.esc(script)).append("\"></script>\n");
		}
		out.append("</body>\n</html>\n");
		return out.toString();
	}
}
