package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.Outcomes;
import governance.dsl.model.Period;
import governance.dsl.model.Responsibility;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.ActivityFollowUp;
import governance.dsl.styrmodell.AssignmentFollowUp;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.ReferenceValue;
import governance.dsl.styrmodell.StatusWord;
import governance.dsl.styrmodell.StyrmodellPackage;
import governance.dsl.styrmodell.Target;

/**
 * uppfoljning.html (FollowUpPage.jte): every follow-up in the one order of {@code FollowUpOrder} (the
 * latest named and marked), with its own texts (sammanfattning or samlad bedömning, viktiga händelser,
 * framåtblick), its summary, and committee by committee ({@link Responsibility#committeeFor}) the goals'
 * assessments with analysis and åtgärder, every outcome reported against its målvärde, and the
 * assignments' and activities' statuses with their counts.
 */
final class FollowUpPage {

	record Model(boolean none, Handbook.Link latest, List<Section> followUps) {
	}

	/** {@code summary} null when the follow-up assesses no goal. */
	record Section(String id, String title, boolean latest, List<Facts.Fact> facts, List<Text> texts,
			StartPage.Summary summary, List<Part> committees) {
	}

	/**
	 * What the follow-up reports for one committee (with its förvaltningar and verksamheter; {@code committee}
	 * plain text for elements nobody holds): its goals' assessments, its indicators' outcomes, its
	 * assignments' and activities' statuses, each with the ids of its table's caption.
	 */
	record Part(String id, Handbook.Link committee, List<Row> assessments, List<OutcomeRow> outcomes, Statuses assignments,
			Statuses activities) {
	}

	/** An outcome as reported, the målvärde for its period and the computed result (null for an omvärldsmått). */
	record OutcomeRow(Handbook.Link measure, String period, String value, String target, Handbook.Result result) {
	}

	/** Statuses reported for assignments or activities: counted per status word ("2 pågående, 1 genomförd"), and row by row. */
	record Statuses(String counts, List<StatusRow> rows) {
	}

	record StatusRow(Handbook.Link element, String status, String comment) {
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
			text(texts, id + "-samlad", writtenAsOverallAssessment(followUp) ? "followUp.overallAssessment" : "followUp.overall",
					followUp.getSummary());
			text(texts, id + "-handelser", "followUp.events", followUp.getEvents());
			text(texts, id + "-framatblick", "followUp.outlook", followUp.getOutlook());
			boolean assessed = !followUp.getAssessments().isEmpty();
			sections.add(new Section(id, Handbook.title(followUp), followUp == latest, facts.list(), texts,
					assessed ? StartPage.summary(handbook, followUp) : null, parts(handbook, followUp, id)));
		}
		Model model = new Model(handbook.view.followUps().isEmpty(), latest == null ? null : handbook.ref(latest), sections);
		return new Page(Site.FOLLOW_UP, Html.msg("followUp.title"), Page.Section.FOLLOW_UP)
				.content(Templates.content("FollowUpPage.jte", model));
	}

	/** The follow-up's content split by the committee that answers for each element, committees in organisation order. */
	private static List<Part> parts(Handbook handbook, FollowUp followUp, String id) {
		List<EObject> elements = new ArrayList<>();
		followUp.getAssessments().forEach(a -> elements.add(a.getGoal()));
		followUp.getOutcomes().forEach(o -> elements.add(o.getMeasure()));
		followUp.getAssignmentStatuses().forEach(a -> elements.add(a.getAssignment()));
		followUp.getActivityStatuses().forEach(a -> elements.add(a.getActivity()));
		List<Organisation> committees = new ArrayList<>();
		boolean unheld = false;
		for (EObject element : elements) {
			Organisation committee = committee(element);
			if (committee == null) {
				unheld = true;
			} else if (!committees.contains(committee)) {
				committees.add(committee);
			}
		}
		List<Organisation> order = new ArrayList<>(handbook.view.organisations().stream().filter(committees::contains).toList());
		committees.stream().filter(c -> !order.contains(c)).forEach(order::add);
		if (unheld) {
			order.add(null);
		}
		List<Part> parts = new ArrayList<>();
		for (Organisation committee : order) {
			String partId = handbook.site.freshId(id + "-" + (committee == null ? "utan-agare" : Site.slug(committee.getName())));
			List<Row> assessments = followUp.getAssessments().stream().filter(a -> committee(a.getGoal()) == committee)
					.map(a -> new Row(handbook.ref(a.getGoal()), handbook.assessmentOf(a.getLabel(), a.isForecast()),
							a.getAnalysis(), a.getMeasures()))
					.toList();
			List<OutcomeRow> outcomes = followUp.getOutcomes().stream().filter(o -> committee(o.getMeasure()) == committee)
					.map(o -> outcome(handbook, o)).toList();
			List<AssignmentFollowUp> assignments = followUp.getAssignmentStatuses().stream()
					.filter(a -> committee(a.getAssignment()) == committee).toList();
			List<ActivityFollowUp> activities = followUp.getActivityStatuses().stream()
					.filter(a -> committee(a.getActivity()) == committee).toList();
			parts.add(new Part(partId,
					committee == null ? new Handbook.Link(Html.msg("followUp.noCommittee"), null) : handbook.ref(committee),
					assessments, outcomes,
					statuses(handbook, assignments.stream().map(a -> new Reported(a.getAssignment(), a.getStatus(), a.getComment())).toList()),
					statuses(handbook, activities.stream().map(a -> new Reported(a.getActivity(), a.getStatus(), a.getComment())).toList())));
		}
		return parts;
	}

	/** The committee an element of the follow-up belongs to ({@link Responsibility#committeeFor}); null for an unresolved one. */
	private static Organisation committee(EObject element) {
		return element == null || element.eIsProxy() ? null : Responsibility.committeeFor(element);
	}

	private static OutcomeRow outcome(Handbook handbook, Outcome outcome) {
		Measure measure = outcome.getMeasure();
		Period period = Outcomes.periodOf(outcome);
		String unit = measure == null || measure.eIsProxy() ? null : measure.getUnit();
		String value = outcome.getValue() instanceof ReferenceValue ? Values.outcome(outcome.getValue(), unit)
				: Html.number(Values.outcome(outcome.getValue(), unit));
		if (measure == null || measure.eIsProxy()) {
			return new OutcomeRow(handbook.ref(measure), Handbook.period(period), value, "", null);
		}
		Target target = period == null ? null : MeasureFulfilment.targetFor(measure, period).orElse(null);
		Handbook.Result result = measure.getKind() == MeasureKind.CONTEXT ? null
				: Handbook.result(MeasureFulfilment.evaluate(measure, period, null, outcome.getValue()));
		return new OutcomeRow(handbook.ref(measure), Handbook.period(period), value,
				target == null ? "" : Html.number(Values.target(target.getValue(), unit)), result);
	}

	private record Reported(EObject element, StatusWord status, String comment) {
	}

	private static Statuses statuses(Handbook handbook, List<Reported> reported) {
		if (reported.isEmpty()) {
			return null;
		}
		Map<StatusWord, Integer> counts = new LinkedHashMap<>();
		handbook.view.statusWords().forEach(w -> counts.put(w, 0));
		reported.stream().filter(r -> r.status() != null && !r.status().eIsProxy()).forEach(r -> counts.merge(r.status(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		counts.forEach((word, count) -> {
			if (count > 0) {
				parts.add(Html.msg("followUp.statusCount", count, Handbook.title(word).toLowerCase(Locale.ROOT)));
			}
		});
		String text = Html.msg("followUp.statusCounts", reported.size(), String.join(", ", parts));
		return new Statuses(text, reported.stream().map(r -> new StatusRow(handbook.ref(r.element()),
				r.status() == null || r.status().eIsProxy() ? "" : Handbook.title(r.status()),
				r.comment() == null || r.comment().isBlank() ? null : Values.prose(r.comment()))).toList());
	}

	/** Whether the follow-up wrote its summary as "samlad bedömning" (the grammar keeps one field for both words). */
	private static boolean writtenAsOverallAssessment(FollowUp followUp) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(followUp, StyrmodellPackage.Literals.FOLLOW_UP__SUMMARY);
		for (INode node = nodes.isEmpty() ? null : nodes.get(0).getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
			if (node instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			return "bedömning".equals(node.getText());
		}
		return false;
	}

	private static void text(List<Text> texts, String id, String heading, String text) {
		if (text != null && !text.isBlank()) {
			texts.add(new Text(id, Html.msg(heading), text));
		}
	}
}
