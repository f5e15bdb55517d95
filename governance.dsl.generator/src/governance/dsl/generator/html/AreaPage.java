package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.AreaNotApplicable;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Plan;

/**
 * A page per målområde (AreaPage.jte): what it covers, its goals level by level in the model's own
 * terms, and the organisations it does not apply to, with their reasons.
 */
final class AreaPage {

	record Model(String title, List<Facts.Fact> facts, String description, List<NotApplicable> notApplicable,
			List<LevelGoals> levels) {
	}

	/** An organisation (or its plan) for which the area does not apply; {@code reason} null when the plan gives none. */
	record NotApplicable(Handbook.Link who, String reason, Handbook.Link plan) {
	}

	record LevelGoals(String headingId, String term, List<GoalList.Item> goals) {
	}

	private AreaPage() {
	}

	static Page render(Handbook handbook, GoalArea area) {
		Facts facts = new Facts().text("area.focus", Html.msg("focus." + area.getFocus().getName()))
				.text("area.goalCount", Integer.toString(handbook.view.goalsIn(area).size()));
		Map<Level, List<Goal>> byLevel = new LinkedHashMap<>();
		for (Goal goal : handbook.view.goalsIn(area)) {
			byLevel.computeIfAbsent(ModelView.levelOf(goal), k -> new ArrayList<>()).add(goal);
		}
		List<LevelGoals> levels = new ArrayList<>();
		for (Map.Entry<Level, List<Goal>> entry : byLevel.entrySet()) {
			String headingId = handbook.site.freshId("niva-" + (entry.getKey() == null ? "okand" : Site.slug(entry.getKey().getName())));
			levels.add(new LevelGoals(headingId, Handbook.goalTerm(entry.getKey()), GoalList.items(handbook, entry.getValue())));
		}
		Model model = new Model(Handbook.title(area), facts.list(), area.getDescription(), notApplicable(handbook, area), levels);
		Page page = new Page(handbook.site.file(area), Handbook.title(area), Page.Section.NONE);
		page.crumb(Html.msg("nav.start"), Site.START);
		return page.content(Templates.content("AreaPage.jte", model));
	}

	/** The organisations whose plans state that the area does not apply to them, with their reasons. */
	static List<NotApplicable> notApplicable(Handbook handbook, GoalArea area) {
		return handbook.view.plans().stream().flatMap(p -> p.getNotApplicable().stream()).filter(n -> n.getArea() == area)
				.map(statement -> {
					Plan plan = (Plan) statement.eContainer();
					Handbook.Link who = plan.getOwner() != null && !plan.getOwner().eIsProxy() ? handbook.ref(plan.getOwner())
							: handbook.ref(plan);
					return new NotApplicable(who, reasonText(statement), handbook.ref(plan));
				}).toList();
	}

	/** The plan's reason as one line of text, or null if it gives none. */
	static String reasonText(AreaNotApplicable statement) {
		return statement.getReason() == null || statement.getReason().isBlank() ? null
				: governance.dsl.model.Values.prose(statement.getReason());
	}
}
