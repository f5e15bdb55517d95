package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.BASELINE__PERIOD;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.MEASURE__KS_INDICATOR;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TOP_ELEMENT__NAME;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.MEASURE__TARGETS;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.OUTCOME__MEASURE;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.OUTCOME__PERIOD;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.SOURCE__REFERENCE;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.SPLIT_OUTCOME__GROUP;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.SPLIT_TARGET__GROUP;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TARGET_VALUE__UPPER;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TARGET__PERIOD;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import governance.dsl.kolada.KpiMetadata;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.Baseline;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.Source;
import governance.dsl.styrmodell.SourceKind;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;

/** Indicators, basmått and omvärldsmått: targets, outcomes, periods, splits and sources. */
public class MeasureValidator extends StyrmodellCheck {

	/** Kolada's KPI ids: N (municipal) or U (organisational) and five digits. */

	@Check
	public void checkTargets(Measure measure) {
		if (measure.getKind() == MeasureKind.CONTEXT) {
			for (int i = 0; i < measure.getTargets().size(); i++) {
				errorAtIndex(IssueCodes.TARGET_ON_CONTEXT_MEASURE, measure, MEASURE__TARGETS, i, measure.getName());
			}
		} else if (measure.getKind() == MeasureKind.INDICATOR && measure.getTargets().isEmpty()) {
			warningAt(IssueCodes.INDICATOR_WITHOUT_TARGET, measure, TOP_ELEMENT__NAME, measure.getName());
		}
		if (measure.isKsIndicator() && measure.getKind() != MeasureKind.INDICATOR) {
			errorAt(IssueCodes.KS_INDICATOR_KIND, measure, MEASURE__KS_INDICATOR);
		}
		reportDuplicateYears(measure.getTargets(), Target::getPeriod, TARGET__PERIOD);
		// Outcomes: OneTruthValidator, across plan and follow-ups, and only when they differ.
		reportDuplicateYears(measure.getBaselines(), Baseline::getPeriod, BASELINE__PERIOD);
	}

	private <T extends EObject> void reportDuplicateYears(List<T> values, Function<T, String> period,
			EStructuralFeature feature) {
		Set<String> seen = new HashSet<>();
		for (T value : values) {
			Period years = Period.parse(period.apply(value));
			if (years != null && !seen.add(years.toString())) {
				errorAt(IssueCodes.DUPLICATE_YEAR, value, feature, years.toString());
			}
		}
	}

	@Check
	public void checkTargetPeriod(Target target) {
		Measure measure = EcoreUtil2.getContainerOfType(target, Measure.class);
		Period years = checkedYears(target, target.getPeriod(), TARGET__PERIOD);
		Period period = measure == null ? null : ModelView.periodOf(measure);
		if (years != null && period != null && !period.contains(years)) {
			errorAt(IssueCodes.TARGET_OUTSIDE_PERIOD, target, TARGET__PERIOD, years, period);
		}
	}

	@Check
	public void checkOutcome(Outcome outcome) {
		boolean inFollowUp = EcoreUtil2.getContainerOfType(outcome, FollowUp.class) != null;
		if (inFollowUp && outcome.getMeasure() == null) {
			errorAt(IssueCodes.OUTCOME_MEASURE_MISSING, outcome, OUTCOME__PERIOD);
			return;
		}
		if (!inFollowUp && outcome.getMeasure() != null) {
			errorAt(IssueCodes.OUTCOME_MEASURE_REDUNDANT, outcome, OUTCOME__MEASURE);
			return;
		}
		Measure measure = inFollowUp ? outcome.getMeasure() : EcoreUtil2.getContainerOfType(outcome, Measure.class);
		Period years = checkedYears(outcome, outcome.getPeriod(), OUTCOME__PERIOD);
		if (measure == null || measure.eIsProxy() || years == null) {
			return;
		}
		Period period = ModelView.periodOf(measure);
		// Outcomes before the period are the measure's history, as plans print it; after it, a mistake.
		if (period != null && years.end().isAfter(period.end())) {
			errorAt(IssueCodes.OUTCOME_OUTSIDE_PERIOD, outcome, OUTCOME__PERIOD, years.label(), period.label());
		}
		for (SplitOutcome split : outcome.getSplits()) {
			checkSplitDeclared(measure, split.getGroup(), split, SPLIT_OUTCOME__GROUP);
		}
	}

	@Check
	public void checkBaseline(Baseline baseline) {
		checkedYears(baseline, baseline.getPeriod(), BASELINE__PERIOD);
		Measure measure = EcoreUtil2.getContainerOfType(baseline, Measure.class);
		for (SplitOutcome split : baseline.getSplits()) {
			checkSplitDeclared(measure, split.getGroup(), split, SPLIT_OUTCOME__GROUP);
		}
	}

	@Check
	public void checkSplitTarget(SplitTarget split) {
		Measure measure = EcoreUtil2.getContainerOfType(split, Measure.class);
		if (measure != null) {
			checkSplitDeclared(measure, split.getGroup(), split, SPLIT_TARGET__GROUP);
		}
	}

	private void checkSplitDeclared(Measure measure, SplitGroup group, EObject value, EStructuralFeature feature) {
		if (measure != null && group != null && !group.eIsProxy() && !measure.getSplits().contains(group)) {
			warningAt(IssueCodes.SPLIT_NOT_DECLARED, value, feature, group.getName(), measure.getName());
		}
	}

	@Check
	public void checkSexSplit(Measure measure) {
		if (measure.isMeasuresPeople() && measure.getSplits().stream().noneMatch(g -> !g.eIsProxy() && g.isSex())) {
			warningAt(IssueCodes.SEX_SPLIT_MISSING, measure, TOP_ELEMENT__NAME, measure.getName());
		}
	}

	@Check
	public void checkSource(Source source) {
		if (source.getKind() == SourceKind.KOLADA && source.getReference() != null
				&& !KpiMetadata.isKpiId(source.getReference())) {
			warningAt(IssueCodes.KOLADA_ID_INVALID, source, SOURCE__REFERENCE, source.getReference());
		}
	}

	@Check
	public void checkRange(TargetValue value) {
		if (value.getUpper() != null && value.getNumber() != null && value.getNumber().compareTo(value.getUpper()) > 0) {
			errorAt(IssueCodes.RANGE_INVALID, value, TARGET_VALUE__UPPER);
		}
	}

	/** Parses a period and reports text that is no year or span of years. */
	private Period checkedYears(EObject object, String text, EStructuralFeature feature) {
		Period years = Period.parse(text);
		if (text != null && (years == null || !years.isPlausible())) {
			errorAt(IssueCodes.INVALID_PERIOD, object, feature, text);
			return null;
		}
		return years;
	}
}
