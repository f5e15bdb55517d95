package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Plan;

/**
 * aktiviteter.html (ActivitiesPage.jte): every activity by plan, with ansvarig, utförare, start, slut,
 * status and what it contributes to. Its table (ActivityTable.jte) also lists a goal's or committee's activities.
 */
final class ActivitiesPage {

	record Model(boolean none, List<PlanActivities> plans) {
	}

	/** {@code owner} null when the plan names none (or the activities belong to no plan). */
	record PlanActivities(String headingId, String heading, Handbook.Link owner, Table table) {
	}

	/** The full list carries the activities' anchors, descriptions and what they contribute to. */
	record Table(String id, String caption, boolean full, List<Row> rows) {
	}

	record Row(String id, Handbook.Link activity, String description, String responsible, Handbook.Link performer,
			String start, String end, Handbook.Status status, List<Handbook.Link> contributesTo) {
	}

	private ActivitiesPage() {
	}

	static Page render(Handbook handbook) {
		Map<Plan, List<Activity>> byPlan = new LinkedHashMap<>();
		for (Activity activity : handbook.view.activities()) {
			byPlan.computeIfAbsent(ModelView.planOf(activity), k -> new ArrayList<>()).add(activity);
		}
		List<PlanActivities> plans = new ArrayList<>();
		for (Map.Entry<Plan, List<Activity>> entry : byPlan.entrySet()) {
			Plan plan = entry.getKey();
			String heading = plan == null ? Html.msg("activities.noPlan") : Handbook.title(plan);
			String id = handbook.site.freshId(plan == null ? "utan-plan" : "aktiviteter-" + handbook.site.id(plan));
			plans.add(new PlanActivities(id + "-rubrik", heading, plan == null ? null : handbook.ref(plan.getOwner()),
					table(handbook, entry.getValue(), Html.msg("activities.caption", heading), id, true)));
		}
		return new Page(Site.ACTIVITIES, Html.msg("activities.title"), Page.Section.ACTIVITIES)
				.content(Templates.content("ActivitiesPage.jte", new Model(handbook.view.activities().isEmpty(), plans)));
	}

	static Table table(Handbook handbook, List<Activity> activities, String caption, String id, boolean full) {
		return new Table(id, caption, full, activities.stream().map(activity -> new Row(handbook.site.id(activity),
				handbook.ref(activity), activity.getDescription(),
				activity.getResponsible() == null ? null : Values.prose(activity.getResponsible()),
				activity.getPerformer() == null || activity.getPerformer().eIsProxy() ? null : handbook.ref(activity.getPerformer()),
				Handbook.deadline(activity.getStart()), Handbook.deadline(activity.getEnd()), handbook.statusOf(activity),
				full ? handbook.refs(activity.getLinks()) : List.of())).toList());
	}
}
