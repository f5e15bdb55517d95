package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.FOLLOW_UP__DATE;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.GOAL_ASSESSMENT__GOAL;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.OUTCOME__PERIOD;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/** A follow-up point's assessments, outcomes and statuses. */
public class FollowUpValidator extends StyrmodellCheck {

	@Check
	public void checkFollowUp(FollowUp followUp) {
		Dates.checked(this, followUp, followUp.getDate(), FOLLOW_UP__DATE);
		if (followUp.getPoint() != null && !followUp.getPoint().eIsProxy() && !FollowUpOrder.isPlaced(followUp)) {
			errorAt(IssueCodes.FOLLOW_UP_NOT_PLACED, followUp, Literals.TOP_ELEMENT__NAME, followUp.getName());
		}
		Set<Object> assessed = new HashSet<>();
		for (GoalAssessment assessment : followUp.getAssessments()) {
			if (assessment.getGoal() != null && !assessment.getGoal().eIsProxy()
					&& !assessed.add(assessment.getGoal())) {
				errorAt(IssueCodes.DUPLICATE_ASSESSMENT, assessment, GOAL_ASSESSMENT__GOAL,
						assessment.getGoal().getName());
			}
		}
		if (followUp.eIsSet(Literals.FOLLOW_UP__YEAR)) {
			for (Outcome outcome : followUp.getOutcomes()) {
				Period years = Period.parse(outcome.getPeriod());
				if (years != null && (followUp.getYear() < years.first() || followUp.getYear() > years.last())) {
					warningAt(IssueCodes.FOLLOW_UP_YEAR_MISMATCH, outcome, OUTCOME__PERIOD, years, followUp.getYear());
				}
			}
		}
	}
}
