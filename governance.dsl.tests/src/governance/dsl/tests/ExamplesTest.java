package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Outcome;

/** Every bundled example parses, links and checks clean, and holds what it is there to show. */
class ExamplesTest {

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	@Test
	void theThreeExamplesAreBundled() {
		assertEquals(List.of("linkoping", "perstorp", "vanersborg"), examples());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void checksClean(String example) {
		TestWorkspace workspace = TestWorkspace.example(example);
		for (String name : workspace.names()) {
			assertTrue(workspace.resource(name).getErrors().isEmpty(), name + ": " + workspace.resource(name).getErrors());
		}
		workspace.assertClean();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyGoalHasALevelAnAreaAndAMeasure(String example) {
		TestWorkspace workspace = TestWorkspace.example(example);
		List<Goal> goals = all(workspace, Goal.class);
		assertFalse(goals.isEmpty());
		for (Goal goal : goals) {
			assertTrue(ModelView.levelOf(goal) != null, goal.getName() + " has no level");
			assertTrue(goal.getArea() != null && !goal.getArea().eIsProxy(), goal.getName() + " has no area");
			assertFalse(goal.getMeasures().isEmpty(), goal.getName() + " has no measure");
		}
	}

	@Test
	void linkopingHasFiveAreasCouncilGoalsSplitOutcomesAndAFollowUp() {
		TestWorkspace workspace = TestWorkspace.example("linkoping");
		ModelDefinition definition = all(workspace, ModelDefinition.class).get(0);
		assertEquals(List.of("samhälle", "medborgare", "ekonomi", "verksamhet", "medarbetare"),
				definition.getAreas().stream().map(GoalArea::getName).toList());
		long councilGoals = all(workspace, Goal.class).stream()
				.filter(g -> "kommun".equals(ModelView.levelOf(g).getName())).count();
		assertTrue(councilGoals >= 4 && councilGoals <= 5, "council goals: " + councilGoals);
		assertTrue(all(workspace, Outcome.class).stream().anyMatch(o -> o.getSplits().size() == 2),
				"an outcome split by sex");
		assertTrue(all(workspace, Measure.class).stream().anyMatch(Measure::isKsIndicator), "a KS-indikator");
		assertEquals(1, all(workspace, FollowUp.class).size());
	}

	@Test
	void perstorpActivitiesNameWhoAndWhen() {
		TestWorkspace workspace = TestWorkspace.example("perstorp");
		List<Activity> activities = all(workspace, Activity.class);
		assertFalse(activities.isEmpty());
		for (Activity activity : activities) {
			assertTrue(activity.getResponsible() != null && activity.getStart() != null && activity.getEnd() != null,
					activity.getName());
		}
	}

	static <T extends org.eclipse.emf.ecore.EObject> List<T> all(TestWorkspace workspace, Class<T> type) {
		return workspace.names().stream().flatMap(n -> EcoreUtil2.getAllContentsOfType(workspace.root(n), type).stream())
				.toList();
	}
}
