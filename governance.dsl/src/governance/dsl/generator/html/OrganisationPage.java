package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import governance.dsl.styrmodell.Organisation;

/** organisation.html: fullmäktige, styrelse, nämnder and förvaltningar as a tree, each with its goal count. */
final class OrganisationPage {

	private OrganisationPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.ORGANISATION, Html.raw("organisation.title"), Page.Section.ORGANISATION);
		page.line("<h1>" + Html.t("organisation.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("organisation.intro") + "</p>");
		List<Organisation> all = handbook.view.organisations();
		List<Organisation> roots = all.stream()
				.filter(o -> o.getParent() == null || o.getParent().eIsProxy() || !all.contains(o.getParent())).toList();
		List<Organisation> shown = new ArrayList<>();
		if (all.isEmpty()) {
			page.line("<p>" + Html.t("organisation.none") + "</p>");
		} else {
			page.add(tree(handbook, roots, shown));
		}
		// An organisation caught in a cycle of 'under' has no root; it is listed all the same.
		List<Organisation> rest = all.stream().filter(o -> !shown.contains(o)).toList();
		if (!rest.isEmpty()) {
			page.add(tree(handbook, rest, shown));
		}
		return page;
	}

	private static String tree(Handbook handbook, List<Organisation> level, List<Organisation> shown) {
		StringBuilder out = new StringBuilder("<ul class=\"trad\">\n");
		for (Organisation organisation : level) {
			if (shown.contains(organisation)) {
				continue;
			}
			shown.add(organisation);
			int goals = handbook.view.goalsOf(organisation).size();
			out.append("<li>").append(handbook.link(organisation)).append(" <span class=\"detalj\">(")
					.append(Html.t("organisationKind." + organisation.getKind().getName()))
					.append(goals > 0 ? ", " + Html.t("organisation.goalCount", goals) : "").append(")</span>");
			List<Organisation> children = handbook.view.organisations().stream()
					.filter(o -> o.getParent() == organisation && !shown.contains(o)).toList();
			if (!children.isEmpty()) {
				out.append('\n').append(tree(handbook, children, shown));
			}
			out.append("</li>\n");
		}
		return out.append("</ul>\n").toString();
	}
}
