package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Month;

/**
 * uppfoljning.html (FollowUpPage.jte): every follow-up in the one order of {@code FollowUpOrder} (the
 * latest named and marked), with its own texts (samlad bedömning, viktiga händelser, framåtblick), its
 * summary and each goal's assessment.
 */
final class FollowUpPage {

	record Model(boolean none, Handbook.Link latest, List<Section> followUps) {
	}

	/** {@code summary} null when the follow-up assesses no goal (then no assessment table either). */
	record Section(String id, String title, boolean latest, List<Facts.Fact> facts, List<Text> texts,
			StartPage.Summary summary, List<Row> assessments) {
	}

	/** A follow-up-wide text under its heading. */
	record Text(String id, String heading, String text) {
	}

	record Row(Handbook.Link goal, Handbook.Assessment assessment, String analysis, String actions) {
	}

	private FollowUpPage() {
	}

	static Page render(Handbook handbook) {
		FollowUp latest = handbook.view.latestFollowUp().orElse(null);
		List<Section> sections = new ArrayList<>();
		for (FollowUp followUp : handbook.view.followUps()) {
			String id = handbook.site.id(followUp);
			Facts facts = new Facts();
			if (followUp.getPoint() != null && !followUp.getPoint().eIsProxy()) {
				facts.text("followUp.point", Handbook.title(followUp.getPoint()));
			}
			if (followUp.getYear() != 0) {
				facts.text("followUp.year", Integer.toString(followUp.getYear()));
			}
			if (followUp.getMonth() != null && followUp.getMonth() != Month.NOT_STATED) {
				facts.text("followUp.month", Handbook.month(followUp.getMonth()));
			}
			facts.text("followUp.date", followUp.getDate());
			if (followUp.getOwner() != null) {
				facts.link("followUp.owner", handbook.ref(followUp.getOwner()));
			}
			facts.text("followUp.counts", Html.msg("followUp.countsText", followUp.getOutcomes().size(),
					followUp.getAssignmentStatuses().size(), followUp.getActivityStatuses().size()));
			List<Text> texts = new ArrayList<>();
			text(texts, id + "-samlad", "followUp.overall", followUp.getSummary());
			text(texts, id + "-handelser", "followUp.events", followUp.getEvents());
			text(texts, id + "-framatblick", "followUp.outlook", followUp.getOutlook());
			boolean assessed = !followUp.getAssessments().isEmpty();
			List<Row> rows = followUp.getAssessments().stream().map(a -> new Row(handbook.ref(a.getGoal()),
					handbook.assessmentOf(a.getLabel(), a.isForecast()), a.getAnalysis(), a.getMeasures())).toList();
			sections.add(new Section(id, Handbook.title(followUp), followUp == latest, facts.list(), texts,
					assessed ? StartPage.summary(handbook, followUp) : null, rows));
		}
		Model model = new Model(handbook.view.followUps().isEmpty(), latest == null ? null : handbook.ref(latest), sections);
		return new Page(Site.FOLLOW_UP, Html.msg("followUp.title"), Page.Section.FOLLOW_UP)
				.content(Templates.content("FollowUpPage.jte", model));
	}

	private static void text(List<Text> texts, String id, String heading, String text) {
		if (text != null && !text.isBlank()) {
			texts.add(new Text(id, Html.msg(heading), text));
		}
	}
}
