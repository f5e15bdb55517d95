package governance.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import governance.dsl.Messages;
import governance.dsl.index.WorkspaceIndex;
import governance.dsl.index.WorkspaceIndex.IndexedGoal;
import governance.dsl.styrmodell.ModelDefinition;

/**
 * Shared ground of the language's checks: the municipality's model definition (whose rules are
 * data), workspace-wide goal counts, and reporting with messages from the bundle. Each concern
 * has its own subclass, composed by {@link StyrmodellValidator}.
 */
public abstract class StyrmodellCheck extends AbstractStyrmodellValidator {

	@Inject
	protected WorkspaceIndex index;
	@Inject
	protected IQualifiedNameProvider names;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Registered through StyrmodellValidator's @ComposedChecks.
	}

	/** The model definition of the context's municipality, looked up once per validated file. */
	protected ModelDefinition definition(EObject context) {
		Object cached = cached("definition", () -> {
			ModelDefinition definition = index.definition(context);
			return definition == null ? Boolean.FALSE : definition;
		});
		return cached instanceof ModelDefinition definition ? definition : null;
	}

	/** Counts of goals per level and of child goals per parent, over the whole workspace. */
	protected GoalCounts goalCounts(EObject context) {
		return (GoalCounts) cached("goalCounts",
				() -> index.perIndex(context, "goalCounts", () -> GoalCounts.of(index.goals(context))));
	}

	/**
	 * Whether the context's file has syntax errors: counts over the whole workspace then wait, as a
	 * half-read file would miscount them ("too many goals" because a plan's owner was not read).
	 */
	protected boolean inFileWithSyntaxErrors(EObject context) {
		return context.eResource() instanceof org.eclipse.xtext.resource.XtextResource resource
				&& resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors();
	}

	protected Object cached(String key, Supplier<Object> computation) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return computation.get();
		}
		return context.computeIfAbsent(StyrmodellCheck.class.getName() + "." + key, k -> computation.get());
	}

	protected String nameOf(EObject object) {
		QualifiedName name = names.getFullyQualifiedName(object);
		return name == null ? null : name.toString();
	}

	protected void errorAt(String code, EObject object, EStructuralFeature feature, Object... arguments) {
		error(Messages.get(code, arguments), object, feature, code);
	}

	protected void errorAtIndex(String code, EObject object, EStructuralFeature feature, int index,
			Object... arguments) {
		error(Messages.get(code, arguments), object, feature, index, code);
	}

	protected void warningAt(String code, EObject object, EStructuralFeature feature, Object... arguments) {
		warning(Messages.get(code, arguments), object, feature, code);
	}

	protected void warningAtIndex(String code, EObject object, EStructuralFeature feature, int index,
			Object... arguments) {
		warning(Messages.get(code, arguments), object, feature, index, code);
	}

	/** Goals per level, and per parent goal the number of child goals on each level. */
	protected record GoalCounts(List<IndexedGoal> goals, Map<String, Integer> perLevel,
			Map<String, Map<String, Integer>> childrenPerLevelAndParent) {

		static GoalCounts of(List<IndexedGoal> goals) {
			Map<String, Integer> perLevel = new HashMap<>();
			Map<String, Map<String, Integer>> children = new HashMap<>();
			for (IndexedGoal goal : goals) {
				if (goal.level() == null) {
					continue;
				}
				perLevel.merge(goal.level(), 1, Integer::sum);
				for (String parent : goal.parents()) {
					children.computeIfAbsent(goal.level(), k -> new HashMap<>()).merge(parent, 1, Integer::sum);
				}
			}
			return new GoalCounts(goals, perLevel, children);
		}

		int goalsOnLevel(String level) {
			return perLevel.getOrDefault(level, 0);
		}

		int childrenOnLevel(String level, String parent) {
			return childrenPerLevelAndParent.getOrDefault(level, Map.of()).getOrDefault(parent, 0);
		}
	}
}
