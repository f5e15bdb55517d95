package governance.dsl.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.OrganisationKind;
import governance.dsl.styrmodell.Plan;

/**
 * Who answers for what: the one rule behind an organisation's page in the handbook and the rows of
 * its follow-up workbook (and so the import's check that a row belongs to the workbook's committee).
 *
 * <p>An organisation answers for what it holds itself and for what the organisations under it hold
 * (its förvaltning, verksamheter, enheter, utskott), down to the next organisation that answers for
 * itself: a fullmäktige, styrelse, nämnd or bolag below it (fullmäktige does not answer for a nämnd's
 * activities; the nämnd does, with everything its förvaltning runs).
 *
 * <p>What an organisation holds: a goal its owner's (the goal's own, else its plan's); a measure its
 * goal's, or for a free-standing basmått or omvärldsmått its plan owner's; an activity both its
 * utförare's and its plan owner's (the plan's owner plans it, the utförare carries it out); an
 * assignment its recipients', its issuer's and its plan owner's, and an assignment "till alla" every
 * organisation's.
 */
public final class Responsibility {

	private Responsibility() {
	}

	/** A fullmäktige, styrelse, nämnd or bolag: answers for itself, not through the organisation above it. */
	public static boolean answersForItself(Organisation organisation) {
		OrganisationKind kind = organisation.getKind();
		return kind == OrganisationKind.COUNCIL || kind == OrganisationKind.BOARD || kind == OrganisationKind.COMMITTEE
				|| kind == OrganisationKind.COMPANY;
	}

	/**
	 * The committee an organisation reports through: itself or the nearest organisation above it that
	 * {@link #answersForItself answers for itself}; the organisation itself when none above it does.
	 */
	public static Organisation committeeOf(Organisation organisation) {
		Set<Organisation> seen = new HashSet<>();
		for (Organisation current = organisation; current != null && !current.eIsProxy()
				&& seen.add(current); current = current.getParent()) {
			if (answersForItself(current)) {
				return current;
			}
		}
		return organisation;
	}

	/**
	 * The committee an element is reported through: the {@link #committeeOf committee} of its first
	 * holder (a goal's owner, a measure's goal owner, an activity's utförare); null when nobody holds it.
	 */
	public static Organisation committeeFor(EObject element) {
		List<Organisation> holders = holders(element);
		return holders.isEmpty() ? null : committeeOf(holders.get(0));
	}

	/**
	 * Whether {@code organisation} answers for what {@code holder} holds: the holder is the
	 * organisation, or lies under it without an organisation between that answers for itself.
	 */
	public static boolean isWithin(Organisation organisation, Organisation holder) {
		if (organisation == null || holder == null) {
			return false;
		}
		Set<Organisation> seen = new HashSet<>();
		for (Organisation current = holder; current != null && !current.eIsProxy()
				&& seen.add(current); current = current.getParent()) {
			if (current == organisation) {
				return true;
			}
			if (answersForItself(current)) {
				return false;
			}
		}
		return false;
	}

	/** The organisations that hold an element (see the class comment); empty when nobody is named. */
	public static List<Organisation> holders(EObject element) {
		List<Organisation> holders = new ArrayList<>();
		if (element instanceof Goal goal) {
			add(holders, ModelView.ownerOf(goal));
		} else if (element instanceof Measure measure) {
			Goal goal = ModelView.goalOf(measure);
			if (goal != null) {
				add(holders, ModelView.ownerOf(goal));
			} else {
				add(holders, planOwner(measure));
			}
		} else if (element instanceof Activity activity) {
			add(holders, activity.getPerformer());
			add(holders, planOwner(activity));
		} else if (element instanceof Assignment assignment) {
			assignment.getRecipients().forEach(r -> add(holders, r));
			add(holders, assignment.getIssuer());
			add(holders, planOwner(assignment));
		}
		return holders;
	}

	/** Whether the organisation answers for the element: a goal, measure, assignment or activity. */
	public static boolean isResponsible(Organisation organisation, EObject element) {
		if (element instanceof Assignment assignment && assignment.isToAll()) {
			return true;
		}
		return holders(element).stream().anyMatch(holder -> isWithin(organisation, holder));
	}

	/** The elements the organisation answers for, in the order given. */
	public static <T extends EObject> List<T> of(Organisation organisation, List<T> elements) {
		return elements.stream().filter(e -> isResponsible(organisation, e)).toList();
	}

	private static Organisation planOwner(EObject element) {
		Plan plan = ModelView.planOf(element);
		return plan == null ? null : plan.getOwner();
	}

	private static void add(List<Organisation> holders, Organisation organisation) {
		if (organisation != null && !organisation.eIsProxy() && !holders.contains(organisation)) {
			holders.add(organisation);
		}
	}
}
