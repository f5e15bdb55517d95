package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.Plan;

/** styrdokument.html: the plans that decide the goals, the styrdokument (prioritised ones with their ambition) and the grunduppdrag. */
final class DocumentsPage {

	private DocumentsPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.DOCUMENTS, Html.raw("documents.title"), Page.Section.DOCUMENTS);
		page.line("<h1>" + Html.t("documents.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("documents.intro") + "</p>");

		page.line("<section aria-labelledby=\"planer\">");
		page.line("<h2 id=\"planer\">" + Html.t("documents.plans") + "</h2>");
		if (handbook.view.plans().isEmpty()) {
			page.line("<p>" + Html.t("documents.noPlans") + "</p>");
		}
		for (Plan plan : handbook.view.plans()) {
			start(handbook, page, plan);
			if (plan.getOwner() != null) {
				MeasureSection.fact(page.body, "documents.owner", handbook.organisation(plan.getOwner()));
			}
			if (plan.getPeriod() != null) {
				MeasureSection.fact(page.body, "documents.period", Html.esc(Handbook.period(plan.getPeriod())));
			}
			if (plan.getDecision() != null) {
				MeasureSection.fact(page.body, "documents.decision", Html.text(plan.getDecision()));
			}
			long goals = handbook.view.goals().stream().filter(g -> ModelView.planOf(g) == plan).count();
			MeasureSection.fact(page.body, "documents.goalCount", Long.toString(goals));
			end(page, plan.getDescription());
		}
		page.line("</section>");

		if (!handbook.view.documents().isEmpty()) {
			page.line("<section aria-labelledby=\"dokument\">");
			page.line("<h2 id=\"dokument\">" + Html.t("documents.documents") + "</h2>");
			for (GoverningDocument document : handbook.view.documents()) {
				start(handbook, page, document);
				MeasureSection.fact(page.body, "documents.kind", Html.t("documentKind." + document.getDocumentKind().getName()));
				if (document.getDecision() != null) {
					MeasureSection.fact(page.body, "documents.decision", Html.text(document.getDecision()));
				}
				if (document.isPrioritised()) {
					MeasureSection.fact(page.body, "documents.prioritised", document.getAmbition() == null
							? Html.t("documents.yes") : Html.t("documents.ambition") + " " + Html.text(document.getAmbition()));
				}
				List<Goal> goals = handbook.view.goals().stream().filter(g -> g.getDocuments().contains(document)).toList();
				if (!goals.isEmpty()) {
					MeasureSection.fact(page.body, "documents.goals", handbook.links(goals));
				}
				activities(handbook, page, handbook.view.activitiesFor(document));
				end(page, document.getDescription());
			}
			page.line("</section>");
		}

		if (!handbook.view.missions().isEmpty()) {
			page.line("<section aria-labelledby=\"grunduppdrag\">");
			page.line("<h2 id=\"grunduppdrag\">" + Html.t("documents.missions") + "</h2>");
			for (BasicMission mission : handbook.view.missions()) {
				start(handbook, page, mission);
				if (mission.getOwner() != null) {
					MeasureSection.fact(page.body, "documents.owner", handbook.organisation(mission.getOwner()));
				}
				List<Goal> goals = handbook.view.goals().stream().filter(g -> g.getMissions().contains(mission)).toList();
				MeasureSection.fact(page.body, "documents.missionGoals",
						goals.isEmpty() ? Html.t("documents.none") : handbook.links(goals));
				activities(handbook, page, handbook.view.activitiesFor(mission));
				end(page, mission.getDescription());
			}
			page.line("</section>");
		}
		return page;
	}

	private static void start(Handbook handbook, Page page, org.eclipse.emf.ecore.EObject element) {
		String id = handbook.site.id(element);
		page.line("<article class=\"post\" id=\"" + id + "\" aria-labelledby=\"" + id + "-rubrik\">");
		page.line("<h3 id=\"" + id + "-rubrik\">" + Html.esc(Handbook.title(element)) + "</h3>");
		page.line("<dl class=\"fakta\">");
	}

	private static void end(Page page, String description) {
		page.line("</dl>");
		if (description != null) {
			page.line(Html.blocks(description));
		}
		page.line("</article>");
	}

	private static void activities(Handbook handbook, Page page, List<Activity> activities) {
		if (!activities.isEmpty()) {
			MeasureSection.fact(page.body, "documents.activities", handbook.links(activities));
		}
	}
}
