package governance.dsl.generator.html;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.Goal;

/**
 * sparbarhet.html: the chain from each council goal through the goals that lead to it down to the
 * activities and assignments for them, the grunduppdrag with their own results, and what is not linked.
 */
final class TraceabilityPage {

	private TraceabilityPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.TRACE, Html.raw("trace.title"), Page.Section.TRACE);
		page.line("<h1>" + Html.t("trace.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("trace.intro") + "</p>");

		// Goals that lead to nothing on the site come first, so a chain among top-level goals is
		// shown from its top; a top-level goal that leads to another is a root only if not shown yet.
		List<Goal> roots = handbook.view.goals().stream().filter(g -> handbook.view.depth(g) == 0
				|| !hasParentOnSite(handbook, g) && g.getMissions().isEmpty())
				.sorted(Comparator.comparing((Goal g) -> hasParentOnSite(handbook, g))).toList();
		page.line("<section aria-labelledby=\"kedjan\">");
		page.line("<h2 id=\"kedjan\">" + Html.t("trace.chain") + "</h2>");
		if (roots.isEmpty()) {
			page.line("<p>" + Html.t("goals.none") + "</p>");
		} else {
			page.add(tree(handbook, roots, new HashSet<>(), true, List.of()));
		}
		page.line("</section>");

		if (!handbook.view.missions().isEmpty()) {
			page.line("<section aria-labelledby=\"grunduppdrag\">");
			page.line("<h2 id=\"grunduppdrag\">" + Html.t("trace.missions") + "</h2>");
			page.line("<ul class=\"trad\">");
			for (BasicMission mission : handbook.view.missions()) {
				List<Goal> goals = handbook.view.goals().stream().filter(g -> g.getMissions().contains(mission)).toList();
				page.line("<li><span class=\"nodtyp\">" + Html.t("trace.mission") + "</span> " + handbook.link(mission));
				List<Activity> activities = handbook.view.activitiesFor(mission);
				if (!goals.isEmpty() || !activities.isEmpty()) {
					page.add(tree(handbook, goals, new HashSet<>(), false, activities));
				}
				page.line("</li>");
			}
			page.line("</ul>");
			page.line("</section>");
		}

		page.line("<section aria-labelledby=\"ej-kopplat\">");
		page.line("<h2 id=\"ej-kopplat\">" + Html.t("trace.unlinked") + "</h2>");
		unlinked(handbook, page, "utan-overordnat", "trace.withoutParent", handbook.view.goalsWithoutParent());
		unlinked(handbook, page, "utan-aktiviteter", "trace.withoutActivities", handbook.view.goalsWithoutActivities());
		unlinked(handbook, page, "aktiviteter-utan-koppling", "trace.activitiesWithoutLinks",
				handbook.view.activitiesWithoutLinks());
		unlinked(handbook, page, "uppdrag-utan-aktiviteter", "trace.assignmentsWithoutActivities",
				handbook.view.assignments().stream().filter(a -> handbook.view.activitiesFor(a).isEmpty()).toList());
		page.line("</section>");
		return page;
	}

	/** A goal the list starts from, as opposed to one met below another. */
	private record Root(Goal goal) {
	}

	private static boolean hasParentOnSite(Handbook handbook, Goal goal) {
		return goal.getParents().stream().anyMatch(p -> !p.eIsProxy() && p != goal && handbook.site.has(p));
	}

	/**
	 * Goals with the goals that lead to them, then their assignments and activities. Each goal's
	 * chain is shown once: met again (a goal leading to two goals, a cycle, a root already shown
	 * below another), it is named with a pointer to where its chain stands, so the page grows with
	 * the number of goals and links, not with the paths through them. Iterative, as chains may be long.
	 */
	private static String tree(Handbook handbook, List<Goal> roots, Set<Goal> shown, boolean skipShownRoots,
			List<Activity> extra) {
		StringBuilder out = new StringBuilder();
		// Work items: a goal to open, or closing text to write once its subtree is done.
		Deque<Object> work = new ArrayDeque<>();
		work.push("</ul>\n");
		for (Activity activity : extra) {
			work.push(activity(handbook, activity));
		}
		for (int i = roots.size() - 1; i >= 0; i--) {
			work.push(new Root(roots.get(i)));
		}
		out.append("<ul class=\"trad\">\n");
		while (!work.isEmpty()) {
			Object item = work.pop();
			if (item instanceof String text) {
				out.append(text);
				continue;
			}
			if (item instanceof Root root && skipShownRoots && shown.contains(root.goal())) {
				continue;
			}
			Goal goal = item instanceof Root root ? root.goal() : (Goal) item;
			out.append("<li><span class=\"nodtyp\">").append(Html.esc(Handbook.goalTerm(goal))).append("</span> ")
					.append(handbook.link(goal));
			if (ModelView.ownerOf(goal) != null) {
				out.append(" <span class=\"detalj\">(").append(Html.esc(Handbook.title(ModelView.ownerOf(goal))))
						.append(")</span>");
			}
			out.append(' ').append(handbook.latestAssessment(goal));
			List<Goal> children = handbook.view.children(goal);
			List<Assignment> assignments = handbook.view.assignmentsFor(goal);
			List<Activity> activities = handbook.view.activitiesFor(goal);
			boolean hasContent = !children.isEmpty() || !assignments.isEmpty() || !activities.isEmpty();
			if (!shown.add(goal)) {
				if (hasContent) {
					out.append(" <span class=\"detalj\">(").append(Html.t("trace.shownAbove")).append(")</span>");
				}
				out.append("</li>\n");
				continue;
			}
			if (!hasContent) {
				out.append("</li>\n");
				continue;
			}
			out.append('\n');
			StringBuilder own = new StringBuilder();
			if (!assignments.isEmpty() || !activities.isEmpty()) {
				own.append("<ul class=\"trad\">\n");
				for (Assignment assignment : assignments) {
					own.append("<li><span class=\"nodtyp\">").append(Html.t("assignmentKind." + assignment.getKind().getName()))
							.append("</span> ").append(handbook.link(assignment)).append("</li>\n");
				}
				for (Activity activity : activities) {
					own.append(activity(handbook, activity));
				}
				own.append("</ul>\n");
			}
			work.push(own.append("</li>\n").toString());
			if (!children.isEmpty()) {
				work.push("</ul>\n");
				for (int i = children.size() - 1; i >= 0; i--) {
					work.push(children.get(i));
				}
				out.append("<ul class=\"trad\">\n");
			}
		}
		return out.toString();
	}

	private static String activity(Handbook handbook, Activity activity) {
		StringBuilder out = new StringBuilder("<li><span class=\"nodtyp\">").append(Html.t("trace.activity")).append("</span> ")
				.append(handbook.link(activity));
		if (activity.getResponsible() != null) {
			out.append(" <span class=\"detalj\">(").append(Html.text(activity.getResponsible())).append(")</span>");
		}
		return out.append("</li>\n").toString();
	}

	private static void unlinked(Handbook handbook, Page page, String id, String heading,
			List<? extends org.eclipse.emf.ecore.EObject> elements) {
		page.line("<h3 id=\"" + id + "\">" + Html.t(heading) + "</h3>");
		if (elements.isEmpty()) {
			page.line("<p>" + Html.t("trace.noneUnlinked") + "</p>");
			return;
		}
		page.line("<ul>");
		for (org.eclipse.emf.ecore.EObject element : elements) {
			String owner = element instanceof Goal goal && ModelView.ownerOf(goal) != null
					? " <span class=\"detalj\">(" + Html.esc(Handbook.title(ModelView.ownerOf(goal))) + ")</span>"
					: "";
			page.line("<li>" + handbook.link(element) + owner + "</li>");
		}
		page.line("</ul>");
	}
}
