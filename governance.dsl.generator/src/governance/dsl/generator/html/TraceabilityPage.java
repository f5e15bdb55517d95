package governance.dsl.generator.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.Goal;

/**
 * sparbarhet.html (TraceabilityPage.jte): the chain from each council goal through the goals that
 * lead to it down to the activities and assignments for them, the grunduppdrag with their own
 * results and, in the planners' edition, what is not linked.
 */
final class TraceabilityPage {

	record Model(List<Node> chain, List<Mission> missions, List<Gap> gaps) {
	}

	/** A grunduppdrag and the tree below it (empty: nothing leads from it). */
	record Mission(Handbook.Link mission, List<Node> tree) {
	}

	/** One of the planners' lists of what is not linked. */
	record Gap(String id, String heading, List<GapItem> items) {
	}

	record GapItem(Handbook.Link element, String owner) {
	}

	/**
	 * An item of the tree: its kind's word, the element, a detail in parentheses (owner,
	 * responsible); for a goal its latest assessment (null: none yet), whether its chain stands
	 * elsewhere on the page (above, or below where a deep chain continues), the goals that lead to
	 * it and its own assignments and activities.
	 */
	record Node(String type, Handbook.Link link, String detail, boolean goal, Handbook.Assessment assessment,
			boolean shownAbove, boolean continuesBelow, List<Node> children, List<Node> own) {
	}

	/**
	 * How deep lists nest: a longer chain continues as a list of its own further down the page, so
	 * the page never grows wider than a phone and rendering never recurses deeper than this.
	 */
	static final int MAX_DEPTH = 8;

	private TraceabilityPage() {
	}

	static Page render(Handbook handbook) {
		// Goals that lead to nothing on the site come first, so a chain among top-level goals is
		// shown from its top; a top-level goal that leads to another is a root only if not shown yet.
		List<Goal> roots = handbook.view.goals().stream().filter(g -> handbook.view.depth(g) == 0
				|| !hasParentOnSite(handbook, g) && g.getMissions().isEmpty())
				.sorted(Comparator.comparing((Goal g) -> hasParentOnSite(handbook, g))).toList();
		List<Node> chain = roots.isEmpty() ? List.of() : tree(handbook, roots, new HashSet<>(), true, List.of());

		List<Mission> missions = new ArrayList<>();
		for (BasicMission mission : handbook.view.missions()) {
			List<Goal> goals = handbook.view.goals().stream().filter(g -> g.getMissions().contains(mission)).toList();
			List<Activity> activities = handbook.view.activitiesFor(mission);
			missions.add(new Mission(handbook.ref(mission), goals.isEmpty() && activities.isEmpty() ? List.of()
					: tree(handbook, goals, new HashSet<>(), false, activities)));
		}

		List<Gap> gaps = new ArrayList<>();
		if (handbook.edition.showsInternals()) {
			gaps.add(gap(handbook, "utan-overordnat", "trace.withoutParent", handbook.view.goalsWithoutParent()));
			gaps.add(gap(handbook, "utan-aktiviteter", "trace.withoutActivities", handbook.view.goalsWithoutActivities()));
			gaps.add(gap(handbook, "aktiviteter-utan-koppling", "trace.activitiesWithoutLinks",
					handbook.view.activitiesWithoutLinks()));
			gaps.add(gap(handbook, "uppdrag-utan-aktiviteter", "trace.assignmentsWithoutActivities",
					handbook.view.assignments().stream().filter(a -> handbook.view.activitiesFor(a).isEmpty()).toList()));
		}
		return new Page(Site.TRACE, Html.msg("trace.title"), Page.Section.TRACE)
				.content(Templates.content("TraceabilityPage.jte", new Model(chain, missions, gaps)));
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
	 * the number of goals and links, not with the paths through them. A chain deeper than
	 * {@link #MAX_DEPTH} continues from a new top-level item.
	 */
	private static List<Node> tree(Handbook handbook, List<Goal> roots, Set<Goal> shown, boolean skipShownRoots,
			List<Activity> extra) {
		List<Node> out = new ArrayList<>();
		Deque<Goal> deferred = new ArrayDeque<>();
		for (Goal root : roots) {
			if (!(skipShownRoots && shown.contains(root))) {
				out.add(node(handbook, root, 1, shown, deferred, false));
			}
		}
		while (!deferred.isEmpty()) {
			out.add(node(handbook, deferred.poll(), 1, shown, deferred, true));
		}
		for (Activity activity : extra) {
			out.add(activity(activity, handbook));
		}
		return out;
	}

	private static Node node(Handbook handbook, Goal goal, int depth, Set<Goal> shown, Deque<Goal> deferred,
			boolean continued) {
		List<Goal> children = handbook.view.children(goal);
		List<Assignment> assignments = handbook.view.assignmentsFor(goal);
		List<Activity> activities = handbook.view.activitiesFor(goal);
		boolean hasContent = !children.isEmpty() || !assignments.isEmpty() || !activities.isEmpty();
		boolean first = shown.add(goal) || continued;
		boolean deep = first && hasContent && depth >= MAX_DEPTH;
		if (deep) {
			deferred.add(goal);
		}
		List<Node> below = new ArrayList<>();
		List<Node> own = new ArrayList<>();
		if (first && hasContent && !deep) {
			for (Goal child : children) {
				below.add(node(handbook, child, depth + 1, shown, deferred, false));
			}
			for (Assignment assignment : assignments) {
				own.add(new Node(Html.msg("assignmentKind." + assignment.getKind().getName()), handbook.ref(assignment), null,
						false, null, false, false, List.of(), List.of()));
			}
			for (Activity activity : activities) {
				own.add(activity(activity, handbook));
			}
		}
		return new Node(Handbook.goalTerm(goal), handbook.ref(goal),
				ModelView.ownerOf(goal) == null ? null : Handbook.title(ModelView.ownerOf(goal)), true,
				handbook.view.latestAssessment(goal).map(a -> handbook.assessmentOf(a.getLabel(), a.isForecast())).orElse(null),
				!first && hasContent, deep, below, own);
	}

	private static Node activity(Activity activity, Handbook handbook) {
		return new Node(Html.msg("trace.activity"), handbook.ref(activity),
				activity.getResponsible() == null ? null : governance.dsl.model.Values.prose(activity.getResponsible()), false,
				null, false, false, List.of(), List.of());
	}

	private static Gap gap(Handbook handbook, String id, String heading, List<? extends EObject> elements) {
		return new Gap(id, Html.msg(heading), elements.stream()
				.map(element -> new GapItem(handbook.ref(element), element instanceof Goal goal && ModelView.ownerOf(goal) != null
						? Handbook.title(ModelView.ownerOf(goal)) : null))
				.toList());
	}
}
