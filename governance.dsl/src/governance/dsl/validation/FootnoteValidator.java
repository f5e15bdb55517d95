package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.MARKED_FOOTNOTE__MARKER;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.OUTCOME_VALUE__MARKER;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TARGET_VALUE__MARKER;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import governance.dsl.styrmodell.Baseline;
import governance.dsl.styrmodell.MarkedFootnote;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;

/**
 * Footnote markers as reports print them ("24*"): a marked value needs its "fotnot * "…"" on the
 * same row (else the reader has nothing to look up), and a marked footnote no value of the row
 * uses explains nothing.
 */
public class FootnoteValidator extends StyrmodellCheck {

	@Check
	public void checkMarkers(Target target) {
		List<TargetValue> values = new ArrayList<>();
		values.add(target.getValue());
		target.getSplits().stream().map(SplitTarget::getValue).forEach(values::add);
		check(values, TARGET_VALUE__MARKER, target.getNotes());
	}

	@Check
	public void checkMarkers(Outcome outcome) {
		check(outcomeValues(outcome.getValue(), outcome.getSplits()), OUTCOME_VALUE__MARKER, outcome.getNotes());
	}

	@Check
	public void checkMarkers(Baseline baseline) {
		check(outcomeValues(baseline.getValue(), baseline.getSplits()), OUTCOME_VALUE__MARKER, baseline.getNotes());
	}

	private static List<OutcomeValue> outcomeValues(OutcomeValue total, List<SplitOutcome> splits) {
		List<OutcomeValue> values = new ArrayList<>();
		values.add(total);
		splits.stream().map(SplitOutcome::getValue).forEach(values::add);
		return values;
	}

	private void check(List<? extends EObject> values, EStructuralFeature markerFeature, List<MarkedFootnote> notes) {
		Set<String> explained = new HashSet<>();
		for (MarkedFootnote note : notes) {
			explained.add(note.getMarker());
		}
		Set<String> used = new HashSet<>();
		for (EObject value : values) {
			String marker = value == null ? null : (String) value.eGet(markerFeature);
			if (marker == null) {
				continue;
			}
			used.add(marker);
			if (!explained.contains(marker)) {
				errorAt(IssueCodes.FOOTNOTE_MISSING, value, markerFeature, marker);
			}
		}
		for (MarkedFootnote note : notes) {
			if (note.getMarker() != null && !used.contains(note.getMarker())) {
				warningAt(IssueCodes.FOOTNOTE_UNUSED, note, MARKED_FOOTNOTE__MARKER, note.getMarker());
			}
		}
	}
}
