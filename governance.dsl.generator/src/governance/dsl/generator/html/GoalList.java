package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Goal;

/** Goals as a list (GoalList.jte): title (linked), owner, målområde and latest assessment. */
final class GoalList {

	/** One goal of the list; {@code latest} null when it has no assessment yet. */
	record Item(Handbook.Link goal, String term, String owner, String area, Handbook.Assessment latest) {
	}

	private GoalList() {
	}

	static List<Item> items(Handbook handbook, List<Goal> goals) {
		return goals.stream().map(goal -> new Item(handbook.ref(goal), Handbook.goalTerm(goal),
				ModelView.ownerOf(goal) == null ? null : Handbook.title(ModelView.ownerOf(goal)),
				goal.getArea() == null || goal.getArea().eIsProxy() ? null : Handbook.title(goal.getArea()),
				handbook.view.latestAssessment(goal).map(a -> handbook.assessmentOf(a.getLabel(), a.isForecast())).orElse(null)))
				.toList();
	}
}
