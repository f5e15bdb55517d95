package governance.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;

import governance.dsl.Messages;
import governance.dsl.ide.Labels;
import governance.dsl.model.ModelView;
import governance.dsl.model.Publishing;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.Source;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;
import governance.dsl.styrmodell.Baseline;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.Target;

/**
 * What a planner sees when pointing at a goal or a measure, in the planners' words: a goal's
 * desired state, area, level, owner and parents and how its measures stand (latest outcome
 * against the target); a measure's targets and outcomes, including those written in follow-ups.
 * Every other element shows its kind, id, title and description. Values are shown as written.
 */
public class StyrmodellHoverService extends HoverService {

	private static final String SEPARATOR = " · ";

	@Inject
	private FollowUpFacts followUps;

	@Override
	public String getContents(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(heading(element));
		if (element instanceof Goal goal) {
			describeGoal(goal, paragraphs);
		} else if (element instanceof Measure measure) {
			describeMeasure(measure, paragraphs);
		} else if (element instanceof ModelDefinition definition) {
			if (definition.getDescription() != null) {
				paragraphs.add(escape(definition.getDescription()));
			}
			describePublishing(definition, paragraphs);
		} else {
			for (String feature : List.of("description", "meaning", "definition", "goalTerm")) {
				String text = stringFeature(element, feature);
				if (text != null) {
					paragraphs.add(escape(text));
				}
			}
		}
		return String.join("\n\n", paragraphs);
	}

	/** Logo, profile colour (with its contrast, and the shade the handbook uses instead), website, publication date. */
	private void describePublishing(ModelDefinition definition, List<String> paragraphs) {
		List<String> facts = new ArrayList<>();
		if (definition.getLogo() != null) {
			facts.add(Messages.get("hover.logo", escape(definition.getLogo())));
		}
		String colour = Publishing.colour(definition.getColour());
		if (colour != null) {
			String contrast = String.format(java.util.Locale.forLanguageTag("sv"), "%.1f",
					Publishing.contrast(colour, Publishing.WHITE));
			facts.add(Publishing.hasContrast(colour) ? Messages.get("hover.profileColour", colour, contrast)
					: Messages.get("hover.profileColourDarkened", colour, contrast, Publishing.onWhiteText(colour)));
		}
		if (definition.getWebsite() != null) {
			facts.add(Messages.get("hover.website", escape(definition.getWebsite())));
		}
		java.util.Optional<Publishing.Date> published = Publishing.date(definition, followUps.followUpsOf(definition));
		published.ifPresent(date -> facts.add(Messages.get("hover.published", date.label())));
		if (!facts.isEmpty()) {
			paragraphs.add(String.join(SEPARATOR, facts));
		}
	}

	private static String heading(EObject element) {
		String id = Labels.idOf(element);
		String title = Labels.titleOf(element);
		String kind = Labels.kindOf(element);
		if (id == null) {
			return "**" + kind + "**";
		}
		return title == null ? Messages.get("hover.headingUntitled", kind, id)
				: Messages.get("hover.heading", kind, id, escape(title));
	}

	private void describeGoal(Goal goal, List<String> paragraphs) {
		if (goal.getDesiredState() != null) {
			paragraphs.add(Messages.get("hover.desiredState", escape(goal.getDesiredState())));
		}
		if (goal.getDescription() != null) {
			paragraphs.add(escape(goal.getDescription()));
		}
		List<String> facts = new ArrayList<>();
		if (goal.getArea() != null && !goal.getArea().eIsProxy()) {
			facts.add(Messages.get("hover.area", escape(Labels.titleOf(goal.getArea()))));
		}
		Level level = ModelView.levelOf(goal);
		if (level != null && !level.eIsProxy()) {
			facts.add(Messages.get("hover.level", escape(Labels.titleOf(level))));
		}
		Organisation owner = ModelView.ownerOf(goal);
		if (owner != null && !owner.eIsProxy()) {
			facts.add(Messages.get("hover.owner", escape(Labels.titleOf(owner))));
		}
		Period period = ModelView.periodOf(goal);
		if (period != null) {
			facts.add(Messages.get("hover.period", period));
		}
		if (!facts.isEmpty()) {
			paragraphs.add(String.join(SEPARATOR, facts));
		}
		List<Goal> parents = goal.getParents().stream().filter(parent -> !parent.eIsProxy()).toList();
		if (!parents.isEmpty()) {
			paragraphs.add(Messages.get("hover.parents", parents.stream()
					.map(parent -> "`" + parent.getName() + "` " + escape(parent.getTitle()))
					.collect(Collectors.joining(", "))));
		}
		if (!goal.getMeasures().isEmpty()) {
			List<String> lines = new ArrayList<>();
			lines.add(Messages.get("hover.measures"));
			for (Measure measure : goal.getMeasures()) {
				lines.add(Messages.get("hover.measureLine", measure.getName(), escape(measure.getTitle()), standing(measure)));
			}
			paragraphs.add(String.join("\n", lines));
		}
		GoalAssessment assessment = followUps.latestAssessmentOf(goal);
		if (assessment != null && assessment.getLabel() != null && !assessment.getLabel().eIsProxy()) {
			FollowUp followUp = FollowUpFacts.followUpOf(assessment);
			String when = followUp == null ? "" : escape(followUp.getTitle());
			paragraphs.add(Messages.get(assessment.isForecast() ? "hover.assessmentForecast" : "hover.assessment",
					escape(Labels.titleOf(assessment.getLabel())), when));
		}
	}

	/**
	 * The latest outcome against the målvärde that applies to its period, with whether it meets it;
	 * a target for another period is never compared with it.
	 */
	private String standing(Measure measure) {
		MeasureFulfilment.Standing standing = MeasureFulfilment.standing(measure, followUps.outcomesOf(measure));
		Outcome latest = standing.outcome();
		if (latest == null) {
			Target target = lastTarget(measure);
			return target == null ? Messages.get("hover.nothing") : Messages.get("hover.targetOnly", targetText(target));
		}
		if (standing.target() != null) {
			return Messages.get("hover.latestAgainstTarget", briefly(latest), targetText(standing.target()),
					standing.result().text());
		}
		return Messages.get(measure.getKind() == MeasureKind.INDICATOR ? "hover.latestWithoutTarget"
				: "hover.latestOnly", briefly(latest));
	}

	private static Target lastTarget(Measure measure) {
		Target last = null;
		for (Target target : measure.getTargets()) {
			Period period = Period.parse(target.getPeriod());
			Period lastPeriod = last == null ? null : Period.parse(last.getPeriod());
			if (last == null || period != null && (lastPeriod == null || period.last() >= lastPeriod.last())) {
				last = target;
			}
		}
		return last;
	}

	private void describeMeasure(Measure measure, List<String> paragraphs) {
		if (measure.getDescription() != null) {
			paragraphs.add(escape(measure.getDescription()));
		}
		List<String> facts = new ArrayList<>();
		Goal goal = ModelView.goalOf(measure);
		if (goal != null) {
			facts.add(Messages.get("hover.goal", goal.getName(), escape(goal.getTitle())));
		}
		if (measure.getUnit() != null) {
			facts.add(Messages.get("hover.unit", escape(unquote(measure.getUnit()))));
		}
		if (measure.eIsSet(measure.eClass().getEStructuralFeature("direction"))) {
			facts.add(Messages.get("hover.direction", measure.getDirection().getLiteral()));
		}
		if (measure.getSource() != null) {
			Source source = measure.getSource();
			String kind = ModelView.isWritten(source, Literals.SOURCE__KIND)
					? Messages.get("handbook.source." + source.getKind().getName()) + ": "
					: "";
			facts.add(Messages.get("hover.source", escape(kind + source.getReference())));
		}
		if (!facts.isEmpty()) {
			paragraphs.add(String.join(SEPARATOR, facts));
		}
		if (!measure.getBaselines().isEmpty()) {
			paragraphs.add(Messages.get("hover.baselines",
					measure.getBaselines().stream().map(StyrmodellHoverService::baselineText).collect(Collectors.joining("; "))));
		}
		if (measure.getKind() != MeasureKind.CONTEXT) {
			paragraphs.add(list(Messages.get("hover.targets"), Messages.get("hover.noTargets"),
					measure.getTargets().stream().map(target -> Messages.get("hover.valueLine", targetText(target))).toList()));
		}
		List<String> outcomes = new ArrayList<>();
		for (Outcome outcome : followUps.outcomesOf(measure)) {
			FollowUp followUp = FollowUpFacts.followUpOf(outcome);
			outcomes.add(followUp == null ? Messages.get("hover.valueLine", outcomeText(outcome))
					: Messages.get("hover.valueLineFrom", outcomeText(outcome), escape(followUp.getTitle())));
		}
		paragraphs.add(list(Messages.get("hover.outcomes"), Messages.get("hover.noOutcomes"), outcomes));
	}

	private static String list(String heading, String empty, List<String> lines) {
		return lines.isEmpty() ? empty : heading + "\n" + String.join("\n", lines);
	}

	/** "2022: större än 75 % kvinnor: större än 70 %", as the handbook prints it. */
	static String targetText(Target target) {
		String unit = unitOf(target);
		StringBuilder text = new StringBuilder(period(target.getPeriod())).append(": ")
				.append(Values.target(target.getValue(), unit));
		for (SplitTarget split : target.getSplits()) {
			text.append(' ').append(groupName(split.getGroup())).append(": ").append(Values.target(split.getValue(), unit));
		}
		return escape(text.toString()) + footnote(target.getFootnote());
	}

	/** An outcome without its footnote, for a one-line summary. */
	private static String briefly(Outcome outcome) {
		return valuesText(outcome.getPeriod(), outcome.getValue(), outcome.getSplits(), unitOf(outcome));
	}

	static String outcomeText(Outcome outcome) {
		return valuesText(outcome.getPeriod(), outcome.getValue(), outcome.getSplits(), unitOf(outcome))
				+ footnote(outcome.getFootnote());
	}

	static String baselineText(Baseline baseline) {
		return valuesText(baseline.getPeriod(), baseline.getValue(), baseline.getSplits(), unitOf(baseline))
				+ footnote(baseline.getFootnote());
	}

	private static String valuesText(String period, OutcomeValue value, List<SplitOutcome> splits, String unit) {
		StringBuilder text = new StringBuilder(period(period)).append(": ").append(Values.outcome(value, unit));
		for (SplitOutcome split : splits) {
			text.append(' ').append(groupName(split.getGroup())).append(": ").append(Values.outcome(split.getValue(), unit));
		}
		return escape(text.toString());
	}

	private static String period(String written) {
		Period period = Period.parse(written);
		return period == null ? String.valueOf(written) : period.label();
	}

	private static String groupName(SplitGroup group) {
		return group == null || group.eIsProxy() ? "?" : group.getName();
	}

	private static String footnote(String footnote) {
		return footnote == null ? "" : " (" + escape(Values.prose(footnote)) + ")";
	}

	/** The unit of the measure a value belongs to, in the plan or named by a follow-up. */
	private static String unitOf(EObject value) {
		Measure measure = value instanceof Outcome outcome && outcome.getMeasure() != null ? outcome.getMeasure()
				: EcoreUtil2.getContainerOfType(value, Measure.class);
		return measure == null || measure.eIsProxy() ? null : measure.getUnit();
	}

	private static String stringFeature(EObject element, String name) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
		return feature != null && element.eGet(feature) instanceof String text ? text : null;
	}

	private static String unquote(String text) {
		return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
				: text;
	}

	/** Titles are plain text: characters that Markdown would read as markup are shown as they are. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if ("\\`*_[]<>#|".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}
}
