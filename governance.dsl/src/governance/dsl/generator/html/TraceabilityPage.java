package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

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

		List<Goal> roots = handbook.view.goals().stream().filter(g -> handbook.view.depth(g) == 0
				|| g.getParents().stream().noneMatch(p -> !p.eIsProxy() && handbook.site.has(p)) && g.getMissions().isEmpty())
				.toList();
		page.line("<section aria-labelledby=\"kedjan\">");
		page.line("<h2 id=\"kedjan\">" + Html.t("trace.chain") + "</h2>");
		if (roots.isEmpty()) {
			page.line("<p>" + Html.t("goals.none") + "</p>");
		} else {
			page.add(tree(handbook, roots, new ArrayList<>()));
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
					page.add(tree(handbook, goals, new ArrayList<>(), activities));
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

	private static String tree(Handbook handbook, List<Goal> goals, List<Goal> path) {
		return tree(handbook, goals, path, List.of());
	}

	/** Goals with the goals that lead to them, then their assignments and activities; a goal already on the path is not repeated. */
	private static String tree(Handbook handbook, List<Goal> goals, List<Goal> path, List<Activity> extra) {
		StringBuilder out = new StringBuilder("<ul class=\"trad\">\n");
		for (Goal goal : goals) {
			if (path.contains(goal)) {
				continue;
			}
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
			if (!children.isEmpty() || !assignments.isEmpty() || !activities.isEmpty()) {
				path.add(goal);
				out.append('\n');
				if (!children.isEmpty()) {
					out.append(tree(handbook, children, path));
				}
				if (!assignments.isEmpty() || !activities.isEmpty()) {
					out.append("<ul class=\"trad\">\n");
					for (Assignment assignment : assignments) {
						out.append("<li><span class=\"nodtyp\">").append(Html.t("assignmentKind." + assignment.getKind().getName()))
								.append("</span> ").append(handbook.link(assignment)).append("</li>\n");
					}
					for (Activity activity : activities) {
						out.append(activity(handbook, activity));
					}
					out.append("</ul>\n");
				}
				path.remove(path.size() - 1);
			}
			out.append("</li>\n");
		}
		for (Activity activity : extra) {
			out.append(activity(handbook, activity));
		}
		return out.append("</ul>\n").toString();
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
