package governance.dsl.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.EcoreUtil2;

import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Plan;

/**
 * A read-only view of what a plan means beyond what it spells out: a goal's owner, level and
 * period fall back to its plan's, a measure's period to its goal's. The validator, the
 * generators and the editor services all ask here, so the defaults live in one place.
 */
public final class ModelView {

	private ModelView() {
	}

	/**
	 * Whether a value was written in the file. A number written as 0 is a value, although EMF
	 * cannot tell it from an absent one; a model built in memory counts what it has set.
	 */
	public static boolean isWritten(EObject object, EStructuralFeature feature) {
		if (NodeModelUtils.getNode(object) == null) {
			return object.eIsSet(feature);
		}
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}

	/** The id other tools know an element by: "linkoping.kf_m1". */
	public static String qualifiedId(EObject object) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(object);
		String namespace = namespaceOf(object);
		return name == null ? null : namespace == null ? name : namespace + "." + name;
	}

	public static Plan planOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, Plan.class);
	}

	public static String namespaceOf(EObject object) {
		File file = EcoreUtil2.getContainerOfType(object, File.class);
		return file == null ? null : file.getName();
	}

	/** The goal's own owner, else its plan's. */
	public static Organisation ownerOf(Goal goal) {
		if (goal.getOwner() != null) {
			return goal.getOwner();
		}
		Plan plan = planOf(goal);
		return plan == null ? null : plan.getOwner();
	}

	/** The goal's own level, else its owner's. */
	public static Level levelOf(Goal goal) {
		if (goal.getLevel() != null) {
			return goal.getLevel();
		}
		Organisation owner = ownerOf(goal);
		return owner == null || owner.eIsProxy() ? null : levelOf(owner);
	}

	/** An organisation's level, else the level of the nearest organisation above it that has one. */
	public static Level levelOf(Organisation organisation) {
		Organisation current = organisation;
		for (int depth = 0; current != null && !current.eIsProxy() && depth < 50; depth++) {
			if (current.getLevel() != null) {
				return current.getLevel();
			}
			current = current.getParent();
		}
		return null;
	}

	/** Who decides the goal: the organisation named by "beslutas av", else its owner. */
	public static Organisation deciderOf(Goal goal) {
		return goal.getDecidedBy() != null ? goal.getDecidedBy() : ownerOf(goal);
	}

	public static Period periodOf(Goal goal) {
		if (goal.getPeriod() != null) {
			return Period.parse(goal.getPeriod());
		}
		Plan plan = planOf(goal);
		return plan == null ? null : Period.parse(plan.getPeriod());
	}

	/** A measure's period: its goal's, else its plan's. */
	public static Period periodOf(Measure measure) {
		Goal goal = EcoreUtil2.getContainerOfType(measure, Goal.class);
		if (goal != null) {
			return periodOf(goal);
		}
		Plan plan = planOf(measure);
		return plan == null ? null : Period.parse(plan.getPeriod());
	}

	/** The goal a measure follows up, or null for a free-standing basmått or omvärldsmått. */
	public static Goal goalOf(Measure measure) {
		return EcoreUtil2.getContainerOfType(measure, Goal.class);
	}

	/** The chain of levels from the given one up to the top, guarding against cycles. */
	public static List<Level> levelsUpFrom(Level level) {
		List<Level> chain = new ArrayList<>();
		for (Level current = level; current != null && !current.eIsProxy() && !chain.contains(current); current = current
				.getParent()) {
			chain.add(current);
		}
		return chain;
	}
}
