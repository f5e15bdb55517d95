package governance.dsl.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import governance.dsl.model.Fulfilment.OutcomeSpec;
import governance.dsl.model.Fulfilment.Result;
import governance.dsl.model.Fulfilment.TargetSpec;
import governance.dsl.model.GoalSuggestion.LabelRule;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.AssessmentRule;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;

/**
 * The fulfilment rules ({@link Targets}, {@link Fulfilment}, {@link GoalSuggestion}) applied to a
 * plan as written: which of a measure's målvärden applies to an utfall, and whether the utfall
 * meets it, for the total or one split group.
 */
public final class MeasureFulfilment {

	private MeasureFulfilment() {
	}

	/** The målvärde that applies to a period: the narrowest whose period covers it. */
	public static Optional<Target> targetFor(Measure measure, Period period) {
		return Targets.applying(measure.getTargets(), t -> Period.parse(t.getPeriod()), period);
	}

	/** The value a target sets for the total (group null) or for one split group; null if it sets none. */
	public static TargetValue valueFor(Target target, SplitGroup group) {
		if (target == null) {
			return null;
		}
		if (group == null) {
			return target.getValue();
		}
		return target.getSplits().stream().filter(s -> s.getGroup() == group).map(SplitTarget::getValue).findFirst()
				.orElse(null);
	}

	/** Whether an outcome value for a period (total, or one group) meets the målvärde that applies. */
	public static Result evaluate(Measure measure, Period period, SplitGroup group, OutcomeValue value) {
		TargetValue target = period == null ? null : valueFor(targetFor(measure, period).orElse(null), group);
		return Fulfilment.evaluate(spec(target), measure.getDirection(), spec(value));
	}

	public static TargetSpec spec(TargetValue value) {
		if (value == null) {
			return null;
		}
		if (value.isNotSet()) {
			return TargetSpec.unset();
		}
		return value.getUpper() != null ? TargetSpec.between(value.getNumber(), value.getUpper())
				: TargetSpec.of(value.getBound(), value.getNumber());
	}

	public static OutcomeSpec spec(OutcomeValue value) {
		if (value instanceof MeasuredValue measured) {
			return new OutcomeSpec(measured.getNumber(), measured.getBound(), measured.isForecast());
		}
		return OutcomeSpec.missing();
	}

	/**
	 * Where a measure stands: its latest utfall ({@code null} when it has none), that utfall's period,
	 * the målvärde that applies to the period ({@code null} when none does) and whether it is met.
	 */
	public record Standing(Outcome outcome, Period period, Target target, Fulfilment.Result result) {
	}

	/** A measure's latest utfall, among all it has in the plan and the follow-ups, against its målvärde. */
	public static Standing standing(Measure measure, Collection<Outcome> outcomes) {
		Outcome latest = Outcomes.latest(outcomes).orElse(null);
		Period period = latest == null ? null : Outcomes.periodOf(latest);
		Target target = period == null ? null : targetFor(measure, period).orElse(null);
		return new Standing(latest, period, target,
				evaluate(measure, period, null, latest == null ? null : latest.getValue()));
	}

	/** The assessment the model's rules suggest for a goal from its measures, each at its latest utfall. */
	public static GoalSuggestion.Suggestion suggestion(Goal goal, Function<Measure, Collection<Outcome>> outcomesOf,
			List<AssessmentLabel> scale) {
		List<Result> results = goal.getMeasures().stream().map(m -> standing(m, outcomesOf.apply(m)).result()).toList();
		return GoalSuggestion.suggest(rules(scale), results);
	}

	/** The model's rules for suggesting an assessment, label by label in the scale's order. */
	public static List<LabelRule> rules(List<AssessmentLabel> scale) {
		List<LabelRule> rules = new ArrayList<>();
		for (AssessmentLabel label : scale) {
			for (AssessmentRule rule : label.getRules()) {
				if (rule.isNoOutcome()) {
					rules.add(LabelRule.noOutcome(label.getName()));
					continue;
				}
				LabelRule labelRule = switch (rule.getQuantifier()) {
				case ALL -> LabelRule.of(label.getName(), GoalSuggestion.Quantifier.ALL);
				case ANY -> LabelRule.of(label.getName(), GoalSuggestion.Quantifier.ANY);
				case NONE -> LabelRule.of(label.getName(), GoalSuggestion.Quantifier.NONE);
				case SHARE -> LabelRule.share(label.getName(), rule.getShare());
				};
				rules.add(rule.getTolerance() == null ? labelRule : labelRule.withTolerance(rule.getTolerance()));
			}
		}
		return rules;
	}
}
