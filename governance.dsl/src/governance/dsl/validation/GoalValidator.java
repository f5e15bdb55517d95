package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.GOAL__AREA;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TOP_ELEMENT__NAME;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.GOAL__PARENTS;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.GOAL__SDG_TARGETS;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TOP_ELEMENT__TITLE;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.LEVEL__MAX_GOALS;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.LEVEL__MAX_SHARE_OF_PARENT;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.LEVEL__MIN_INDICATORS;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;

import governance.dsl.Messages;
import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.ActionWord;
import governance.dsl.styrmodell.DecisionRight;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Organisation;

/** The goal chain: areas, levels, parents, measures, decision rights and the evaluation's lessons. */
public class GoalValidator extends StyrmodellCheck {

	/** Used when the model definition names no "handlingsord" of its own. */
	static final List<String> DEFAULT_ACTION_WORDS = List.of("Genomföra", "Genomför", "Ta fram", "Utveckla",
			"Införa", "Inför", "Implementera", "Skapa", "Arbeta", "Upprätta", "Starta", "Påbörja", "Fortsätta");

	@Check
	public void checkArea(Goal goal) {
		ModelDefinition definition = definition(goal);
		if (definition != null && !definition.getAreas().isEmpty() && goal.getArea() == null) {
			errorAt(IssueCodes.GOAL_AREA_MISSING, goal, TOP_ELEMENT__NAME, goal.getName(), definition.getAreas().stream()
					.map(GoalArea::getName).collect(Collectors.joining(", ")));
		}
	}

	@Check
	public void checkLevelAndParents(Goal goal) {
		ModelDefinition definition = definition(goal);
		Level level = ModelView.levelOf(goal);
		if (level == null) {
			// An owner written but not found already has its message ("Organisationen 'x' finns inte").
			boolean ownerUnresolved = ModelView.ownerOf(goal) != null && ModelView.ownerOf(goal).eIsProxy();
			if (definition != null && !definition.getLevels().isEmpty() && !ownerUnresolved) {
				errorAt(IssueCodes.GOAL_LEVEL_MISSING, goal, TOP_ELEMENT__NAME, goal.getName());
			}
			return;
		}
		for (int i = 0; i < goal.getParents().size(); i++) {
			Goal parent = goal.getParents().get(i);
			if (parent == goal) {
				errorAtIndex(IssueCodes.GOAL_PARENT_SELF, goal, GOAL__PARENTS, i, goal.getName());
			} else if (!parent.eIsProxy() && level.getParent() != null) {
				Level parentLevel = ModelView.levelOf(parent);
				if (parentLevel != null && parentLevel != level.getParent()) {
					errorAtIndex(IssueCodes.GOAL_PARENT_WRONG_LEVEL, goal, GOAL__PARENTS, i, parent.getName(),
							parentLevel.getName(), level.getName(), level.getParent().getName());
				}
			}
		}
		if (level.isParentRequired() && goal.getParents().isEmpty() && goal.getMissions().isEmpty()) {
			String parentLevel = level.getParent() == null ? "?" : level.getParent().getName();
			errorAt(IssueCodes.GOAL_PARENT_MISSING, goal, TOP_ELEMENT__NAME, goal.getName(), level.getName(), parentLevel);
		}
	}

	/**
	 * A chain of 'leder till' that comes back to the goal, on any level: the level rules do not
	 * catch it among top-level goals (they have no level above), nor where levels are not used.
	 * Reported once per goal, on the first parent that leads back.
	 */
	@Check
	public void checkCycle(Goal goal) {
		for (int i = 0; i < goal.getParents().size(); i++) {
			Goal parent = goal.getParents().get(i);
			if (parent != goal && !parent.eIsProxy() && leadsTo(parent, goal)) {
				errorAtIndex(IssueCodes.GOAL_CYCLE, goal, GOAL__PARENTS, i, goal.getName(), parent.getName());
				return;
			}
		}
	}

	/** Whether following 'leder till' from start reaches target; each goal is visited once. */
	private static boolean leadsTo(Goal start, Goal target) {
		Set<Goal> seen = new HashSet<>();
		Deque<Goal> open = new ArrayDeque<>(List.of(start));
		while (!open.isEmpty()) {
			Goal current = open.pop();
			if (current == target) {
				return true;
			}
			if (seen.add(current)) {
				for (Goal parent : current.getParents()) {
					if (!parent.eIsProxy()) {
						open.push(parent);
					}
				}
			}
		}
		return false;
	}

	@Check
	public void checkMeasures(Goal goal) {
		Level level = ModelView.levelOf(goal);
		long indicators = goal.getMeasures().stream().filter(m -> m.getKind() == MeasureKind.INDICATOR).count();
		if (level != null && ModelView.isWritten(level, LEVEL__MIN_INDICATORS)) {
			if (indicators < level.getMinIndicators() || indicators > level.getMaxIndicators()) {
				warningAt(IssueCodes.GOAL_INDICATOR_COUNT, goal, TOP_ELEMENT__NAME, indicators, level.getMinIndicators(),
						level.getMaxIndicators(), level.getName());
			}
		} else if (goal.getMeasures().isEmpty()) {
			warningAt(IssueCodes.GOAL_WITHOUT_MEASURE, goal, TOP_ELEMENT__NAME, goal.getName());
		}
	}

	@Check
	public void checkWorkspaceShares(Goal goal) {
		ModelDefinition definition = definition(goal);
		Level level = ModelView.levelOf(goal);
		if (definition == null || level == null || inFileWithSyntaxErrors(goal)) {
			return;
		}
		GoalCounts counts = goalCounts(goal);
		if (ModelView.isWritten(level, LEVEL__MAX_GOALS)) {
			int onLevel = counts.goalsOnLevel(nameOf(level));
			if (onLevel > level.getMaxGoals()) {
				warningAt(IssueCodes.GOAL_TOO_MANY, goal, TOP_ELEMENT__NAME, onLevel, level.getName(), level.getMaxGoals());
			}
		}
		String goalName = nameOf(goal);
		for (Level childLevel : definition.getLevels()) {
			if (childLevel.getParent() == level && ModelView.isWritten(childLevel, LEVEL__MAX_SHARE_OF_PARENT)) {
				int total = counts.goalsOnLevel(nameOf(childLevel));
				int children = counts.childrenOnLevel(nameOf(childLevel), goalName);
				// A single child goal is no concentration, whatever share it makes of a small plan.
				if (children > 1 && children * 100L > (long) childLevel.getMaxShareOfParent() * total) {
					warningAt(IssueCodes.GOAL_SHARE_OF_CHILDREN, goal, TOP_ELEMENT__NAME, children, total, childLevel.getName(),
							Math.round(children * 100.0 / total), childLevel.getMaxShareOfParent());
				}
			}
		}
	}

	@Check
	public void checkTitleIsAState(Goal goal) {
		if (goal.getTitle() == null) {
			return;
		}
		ModelDefinition definition = definition(goal);
		List<String> words = new ArrayList<>();
		if (definition != null) {
			for (ActionWord actionWord : definition.getActionWords()) {
				words.addAll(actionWord.getWords());
			}
		}
		if (words.isEmpty()) {
			words = DEFAULT_ACTION_WORDS;
		}
		String title = goal.getTitle().strip().toLowerCase(Locale.ROOT);
		for (String word : words) {
			String lower = word.strip().toLowerCase(Locale.ROOT);
			if (!lower.isEmpty() && (title.equals(lower) || title.startsWith(lower + " "))) {
				warningAt(IssueCodes.GOAL_TITLE_ACTION, goal, TOP_ELEMENT__TITLE, word.strip());
				return;
			}
		}
	}

	/** Decision rights from the whole model and from the goal's area; every right that applies must hold. */
	@Check
	public void checkDecisionRight(Goal goal) {
		Organisation decider = ModelView.deciderOf(goal);
		if (decider == null || decider.eIsProxy()) {
			return;
		}
		Level level = ModelView.levelOf(goal);
		List<DecisionRight> rights = new ArrayList<>();
		ModelDefinition definition = definition(goal);
		if (definition != null) {
			rights.addAll(definition.getDecisionRights());
		}
		GoalArea area = goal.getArea();
		if (area != null && !area.eIsProxy()) {
			rights.addAll(area.getDecisionRights());
		}
		for (DecisionRight right : rights) {
			boolean applies = right.getLevels().isEmpty() || right.getLevels().contains(level);
			boolean allowed = right.isByOwner() ? decider == ModelView.ownerOf(goal) : right.getDeciders().contains(decider);
			if (applies && !allowed) {
				String where = right.eContainer() instanceof GoalArea rightArea
						? Messages.get("decisionRight.inArea", rightArea.getName())
						: Messages.get("decisionRight.inModel");
				Organisation owner = ModelView.ownerOf(goal);
				String message = right.isByOwner()
						? Messages.get("goalDecisionRight.byOwner", where, owner == null ? "?" : owner.getName(),
								decider.getName())
						: Messages.get(IssueCodes.GOAL_DECISION_RIGHT, where, right.getDeciders().stream()
								.map(Organisation::getName).collect(Collectors.joining(", ")), decider.getName());
				error(message, goal, right.eContainer() instanceof GoalArea ? GOAL__AREA : TOP_ELEMENT__NAME,
						IssueCodes.GOAL_DECISION_RIGHT);
				return;
			}
		}
	}

	@Check
	public void checkAgenda2030(Goal goal) {
		for (int i = 0; i < goal.getSdgTargets().size(); i++) {
			String target = goal.getSdgTargets().get(i);
			String goalNumber = target.contains(".") ? target.substring(0, target.indexOf('.')) : target;
			int number;
			try {
				number = Integer.parseInt(goalNumber);
			} catch (NumberFormatException e) {
				number = -1;
			}
			if (number < 1 || number > 17) {
				errorAtIndex(IssueCodes.GOAL_SDG_INVALID, goal, GOAL__SDG_TARGETS, i, target);
			}
		}
		Level level = ModelView.levelOf(goal);
		if (level != null && level.isSdgRequired() && goal.getSdgTargets().isEmpty()) {
			warningAt(IssueCodes.GOAL_SDG_MISSING, goal, TOP_ELEMENT__NAME, level.getName());
		}
	}

	@Check
	public void checkSmart(Goal goal) {
		ModelDefinition definition = definition(goal);
		if (definition == null || !definition.isSmartRequired()) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (goal.getDesiredState() == null && goal.getDescription() == null) {
			missing.add(Messages.get("smart.specific"));
		}
		if (ModelView.ownerOf(goal) == null) {
			missing.add(Messages.get("smart.accepted"));
		}
		boolean measurable = goal.getMeasures().stream().map(Measure::getTargets).anyMatch(t -> !t.isEmpty());
		if (!measurable) {
			missing.add(Messages.get("smart.measurable"));
		}
		if (ModelView.periodOf(goal) == null) {
			missing.add(Messages.get("smart.timed"));
		}
		if (!missing.isEmpty()) {
			warningAt(IssueCodes.GOAL_NOT_SMART, goal, TOP_ELEMENT__NAME, String.join(", ", missing));
		}
	}
}
