package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ACTIVITY__END;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ACTIVITY__LINKS;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TOP_ELEMENT__NAME;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ACTIVITY__START;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ASSIGNMENT__REPORT_BY;

import governance.dsl.model.Deadline;

import org.eclipse.xtext.validation.Check;

import governance.dsl.Messages;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.ActivityField;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentKind;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.PlanElement;

/** Assignments and the activities that carry out goals, assignments and prioritised styrdokument. */
public class ActivityValidator extends StyrmodellCheck {

	@Check
	public void checkLinks(Activity activity) {
		if (activity.getLinks().isEmpty()) {
			errorAt(IssueCodes.ACTIVITY_WITHOUT_LINK, activity, TOP_ELEMENT__NAME, activity.getName());
			return;
		}
		boolean carriesSomething = false;
		for (int i = 0; i < activity.getLinks().size(); i++) {
			PlanElement link = activity.getLinks().get(i);
			if (link.eIsProxy()) {
				carriesSomething = true; // the linker already reports it
			} else if (link instanceof Goal || link instanceof Assignment || link instanceof BasicMission) {
				carriesSomething = true;
			} else if (link instanceof GoverningDocument document) {
				carriesSomething |= document.isPrioritised();
			} else {
				errorAtIndex(IssueCodes.ACTIVITY_LINK_KIND, activity, ACTIVITY__LINKS, i, link.getName());
				carriesSomething = true;
			}
		}
		if (!carriesSomething) {
			warningAt(IssueCodes.ACTIVITY_LINK_NOT_PRIORITISED, activity, ACTIVITY__LINKS);
		}
	}

	@Check
	public void checkRequiredFields(Activity activity) {
		ModelDefinition definition = definition(activity);
		if (definition == null) {
			return;
		}
		for (ActivityField field : definition.getActivityRequirements()) {
			boolean present = switch (field) {
				case RESPONSIBLE -> activity.getResponsible() != null;
				case START -> activity.getStart() != null;
				case END -> activity.getEnd() != null;
				case STATUS -> activity.getStatus() != null;
			};
			if (!present) {
				warningAt(IssueCodes.ACTIVITY_FIELD_MISSING, activity, TOP_ELEMENT__NAME, activity.getName(),
						field.getLiteral());
			}
		}
	}

	@Check
	public void checkDates(Activity activity) {
		Deadline start = Dates.deadline(this, activity, activity.getStart(), ACTIVITY__START);
		Deadline end = Dates.deadline(this, activity, activity.getEnd(), ACTIVITY__END);
		if (start != null && end != null && start.isAfter(end)) {
			errorAt(IssueCodes.START_AFTER_END, activity, ACTIVITY__END, activity.getStart(), activity.getEnd());
		}
	}

	@Check
	public void checkAssignment(Assignment assignment) {
		Dates.deadline(this, assignment, assignment.getReportBy(), ASSIGNMENT__REPORT_BY);
		if (assignment.getKind() != AssignmentKind.COMMITTEE && !assignment.isToAll()
				&& assignment.getRecipients().isEmpty() && assignment.getRoles().isEmpty()) {
			warningAt(IssueCodes.ASSIGNMENT_WITHOUT_RECIPIENT, assignment, TOP_ELEMENT__NAME, assignment.getName(),
					Messages.get("assignmentKind." + assignment.getKind().getName()));
		}
	}
}
