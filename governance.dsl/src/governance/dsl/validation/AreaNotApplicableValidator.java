package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.AREA_NOT_APPLICABLE__AREA;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.AreaNotApplicable;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Plan;

/**
 * "målområde X ej tillämpligt": the plan's owner does not work in the area. A goal of the owner in
 * that same plan says otherwise, and the reader cannot tell which is meant.
 */
public class AreaNotApplicableValidator extends StyrmodellCheck {

	@Check
	public void checkNoGoalInArea(AreaNotApplicable notApplicable) {
		Plan plan = EcoreUtil2.getContainerOfType(notApplicable, Plan.class);
		if (plan == null || notApplicable.getArea() == null || notApplicable.getArea().eIsProxy()) {
			return;
		}
		for (Goal goal : EcoreUtil2.eAllOfType(plan, Goal.class)) {
			if (goal.getArea() == notApplicable.getArea() && ModelView.ownerOf(goal) == plan.getOwner()) {
				warningAt(IssueCodes.AREA_NOT_APPLICABLE_USED, notApplicable, AREA_NOT_APPLICABLE__AREA,
						notApplicable.getArea().getName(), goal.getName());
				return;
			}
		}
	}
}
