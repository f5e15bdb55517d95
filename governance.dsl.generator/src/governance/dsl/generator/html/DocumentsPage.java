package governance.dsl.generator.html;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.Plan;

/**
 * styrdokument.html (DocumentsPage.jte): the plans that decide the goals, the styrdokument (prioritised
 * ones with their ambition) and the grunduppdrag.
 */
final class DocumentsPage {

	record Model(List<Post> plans, List<Post> documents, List<Post> missions) {
	}

	/** One plan, styrdokument or grunduppdrag: its anchor, title, facts and description (null if none). */
	record Post(String id, String title, List<Facts.Fact> facts, String description) {
	}

	private DocumentsPage() {
	}

	static Page render(Handbook handbook) {
		List<Post> plans = handbook.view.plans().stream().map(plan -> {
			Facts facts = new Facts();
			if (plan.getOwner() != null) {
				facts.link("documents.owner", handbook.ref(plan.getOwner()));
			}
			if (plan.getPeriod() != null) {
				facts.text("documents.period", Handbook.period(plan.getPeriod()));
			}
			if (plan.getDecision() != null) {
				facts.text("documents.decision", Values.prose(plan.getDecision()));
			}
			facts.text("documents.goalCount", Long.toString(handbook.view.goals().stream().filter(g -> ModelView.planOf(g) == plan).count()));
			return post(handbook, plan, facts, plan.getDescription());
		}).toList();
		List<Post> documents = handbook.view.documents().stream().map(document -> {
			Facts facts = new Facts().text("documents.kind", Html.msg("documentKind." + document.getDocumentKind().getName()));
			if (document.getDecision() != null) {
				facts.text("documents.decision", Values.prose(document.getDecision()));
			}
			if (document.isPrioritised()) {
				facts.text("documents.prioritised", document.getAmbition() == null ? Html.msg("documents.yes")
						: Html.msg("documents.ambition") + " " + Values.prose(document.getAmbition()));
			}
			List<Goal> goals = handbook.view.goals().stream().filter(g -> g.getDocuments().contains(document)).toList();
			if (!goals.isEmpty()) {
				facts.links("documents.goals", handbook.refs(goals));
			}
			activities(handbook, facts, handbook.view.activitiesFor(document));
			return post(handbook, document, facts, document.getDescription());
		}).toList();
		List<Post> missions = handbook.view.missions().stream().map(mission -> {
			Facts facts = new Facts();
			if (mission.getOwner() != null) {
				facts.link("documents.owner", handbook.ref(mission.getOwner()));
			}
			List<Goal> goals = handbook.view.goals().stream().filter(g -> g.getMissions().contains(mission)).toList();
			if (goals.isEmpty()) {
				facts.text("documents.missionGoals", Html.msg("documents.none"));
			} else {
				facts.links("documents.missionGoals", handbook.refs(goals));
			}
			activities(handbook, facts, handbook.view.activitiesFor(mission));
			return post(handbook, mission, facts, mission.getDescription());
		}).toList();
		return new Page(Site.DOCUMENTS, Html.msg("documents.title"), Page.Section.DOCUMENTS)
				.content(Templates.content("DocumentsPage.jte", new Model(plans, documents, missions)));
	}

	private static Post post(Handbook handbook, EObject element, Facts facts, String description) {
		return new Post(handbook.site.id(element), Handbook.title(element), facts.list(), description);
	}

	private static void activities(Handbook handbook, Facts facts, List<Activity> activities) {
		if (!activities.isEmpty()) {
			facts.links("documents.activities", handbook.refs(activities));
		}
	}
}
