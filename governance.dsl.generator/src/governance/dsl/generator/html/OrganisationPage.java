package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import governance.dsl.styrmodell.Organisation;

/** organisation.html (OrganisationPage.jte): fullmäktige, styrelse, nämnder and förvaltningar as a tree, each with its goal count. */
final class OrganisationPage {

	/** The trees to show, one after the other; none when the model has no organisations. */
	record Model(List<List<Node>> trees) {
	}

	record Node(Handbook.Link organisation, String kind, int goals, List<Node> children) {
	}

	private OrganisationPage() {
	}

	static Page render(Handbook handbook) {
		List<Organisation> all = handbook.view.organisations();
		List<Organisation> roots = all.stream()
				.filter(o -> o.getParent() == null || o.getParent().eIsProxy() || !all.contains(o.getParent())).toList();
		List<Organisation> shown = new ArrayList<>();
		List<List<Node>> trees = new ArrayList<>();
		if (!all.isEmpty()) {
			trees.add(tree(handbook, roots, shown));
		}
		// An organisation caught in a cycle of 'under' has no root; it is listed all the same.
		List<Organisation> rest = all.stream().filter(o -> !shown.contains(o)).toList();
		if (!rest.isEmpty()) {
			trees.add(tree(handbook, rest, shown));
		}
		return new Page(Site.ORGANISATION, Html.msg("organisation.title"), Page.Section.ORGANISATION)
				.content(Templates.content("OrganisationPage.jte", new Model(trees)));
	}

	private static List<Node> tree(Handbook handbook, List<Organisation> level, List<Organisation> shown) {
		List<Node> nodes = new ArrayList<>();
		for (Organisation organisation : level) {
			if (shown.contains(organisation)) {
				continue;
			}
			shown.add(organisation);
			List<Organisation> children = handbook.view.organisations().stream()
					.filter(o -> o.getParent() == organisation && !shown.contains(o)).toList();
			nodes.add(new Node(handbook.ref(organisation), Html.msg("organisationKind." + organisation.getKind().getName()),
					handbook.view.goalsOf(organisation).size(), children.isEmpty() ? List.of() : tree(handbook, children, shown)));
		}
		return nodes;
	}
}
