package governance.dsl.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.ActivityFollowUp;
import governance.dsl.styrmodell.AnnualCycle;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.AssessmentScale;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentFollowUp;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.PlanElement;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.StatusWord;
import governance.dsl.styrmodell.Term;
import governance.dsl.styrmodell.TopElement;
import governance.dsl.styrmodell.Vision;

/**
 * One municipality's whole governance model, read once from its files and indexed for the
 * generators: every handbook page, workbook and JSON document asks here, so they agree on what
 * the plan contains, in which order, and how its parts relate. Read-only; built from a
 * workspace that checked without errors. Order is deterministic: files by name, elements as
 * written.
 */
public final class GovernanceView {

	private final String id;
	private final String title;
	private final ModelDefinition definition;
	private final List<File> files;

	private final List<Organisation> organisations = new ArrayList<>();
	private final List<Vision> visions = new ArrayList<>();
	private final List<GoverningDocument> documents = new ArrayList<>();
	private final List<BasicMission> missions = new ArrayList<>();
	private final List<Plan> plans = new ArrayList<>();
	private final List<Goal> goals = new ArrayList<>();
	private final List<Measure> measures = new ArrayList<>();
	private final List<Assignment> assignments = new ArrayList<>();
	private final List<Activity> activities = new ArrayList<>();
	private final List<FollowUp> followUps = new ArrayList<>();
	private final List<AnnualCycle> cycles = new ArrayList<>();

	private final Map<Goal, List<Goal>> children = new HashMap<>();
	private final Map<EObject, List<Activity>> activitiesFor = new HashMap<>();
	private final Map<Goal, List<Assignment>> assignmentsFor = new HashMap<>();
	private final Map<Measure, List<Outcome>> outcomes = new HashMap<>();

	private GovernanceView(String id, List<File> files) {
		this.id = id;
		this.files = files;
		ModelDefinition foundDefinition = null;
		String foundTitle = null;
		for (File file : files) {
			if (foundTitle == null && file.getTitle() != null) {
				foundTitle = file.getTitle();
			}
			for (TopElement element : file.getElements()) {
				if (element instanceof ModelDefinition modelDefinition && foundDefinition == null) {
					foundDefinition = modelDefinition;
				}
			}
			collect(file);
		}
		this.definition = foundDefinition;
		this.title = foundTitle != null ? foundTitle : id;
		link();
	}

	/** The views of every municipality in the files, by municipality id, in id order. */
	public static Map<String, GovernanceView> of(Collection<File> files) {
		Map<String, List<File>> byMunicipality = new TreeMap<>();
		files.stream().filter(f -> f.getName() != null).sorted(Comparator.comparing(GovernanceView::fileName))
				.forEach(f -> byMunicipality.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f));
		Map<String, GovernanceView> views = new LinkedHashMap<>();
		byMunicipality.forEach((id, municipalityFiles) -> views.put(id, new GovernanceView(id, municipalityFiles)));
		return views;
	}

	private static String fileName(File file) {
		return file.eResource() == null ? "" : file.eResource().getURI().lastSegment();
	}

	private void collect(File file) {
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil2.eAll(file)) {
			if (object instanceof Organisation organisation) {
				organisations.add(organisation);
			} else if (object instanceof Vision vision) {
				visions.add(vision);
			} else if (object instanceof GoverningDocument document) {
				documents.add(document);
			} else if (object instanceof BasicMission mission) {
				missions.add(mission);
			} else if (object instanceof Plan plan) {
				plans.add(plan);
			} else if (object instanceof Goal goal) {
				goals.add(goal);
			} else if (object instanceof Measure measure) {
				measures.add(measure);
			} else if (object instanceof Assignment assignment) {
				assignments.add(assignment);
			} else if (object instanceof Activity activity) {
				activities.add(activity);
			} else if (object instanceof FollowUp followUp) {
				followUps.add(followUp);
			} else if (object instanceof AnnualCycle cycle) {
				cycles.add(cycle);
			}
		}
		followUps.sort(FollowUpOrder.ORDER);
	}

	private void link() {
		for (Goal goal : goals) {
			for (Goal parent : goal.getParents()) {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(goal);
			}
		}
		for (Activity activity : activities) {
			for (PlanElement link : activity.getLinks()) {
				activitiesFor.computeIfAbsent(link, k -> new ArrayList<>()).add(activity);
			}
		}
		for (Assignment assignment : assignments) {
			for (Goal goal : assignment.getGoals()) {
				assignmentsFor.computeIfAbsent(goal, k -> new ArrayList<>()).add(assignment);
			}
		}
		for (Measure measure : measures) {
			outcomes.put(measure, new ArrayList<>(measure.getOutcomes()));
		}
		for (FollowUp followUp : followUps) {
			for (Outcome outcome : followUp.getOutcomes()) {
				if (outcome.getMeasure() != null && outcomes.containsKey(outcome.getMeasure())) {
					outcomes.get(outcome.getMeasure()).add(outcome);
				}
			}
		}
		outcomes.values().forEach(list -> list.sort(Outcomes.ORDER));
	}

	// --- The municipality and its model definition ---------------------------------------------

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	/** The model definition, or null for a workspace without one. */
	public ModelDefinition definition() {
		return definition;
	}

	public List<File> files() {
		return files;
	}

	public List<Level> levels() {
		return definition == null ? List.of() : definition.getLevels();
	}

	public List<GoalArea> areas() {
		return definition == null ? List.of() : definition.getAreas();
	}

	/** The assessment labels, best first, as the model lists them. */
	public List<AssessmentLabel> scale() {
		if (definition == null || definition.getScales().isEmpty()) {
			return List.of();
		}
		AssessmentScale scale = definition.getScales().get(0);
		return scale.getLabels();
	}

	public List<StatusWord> statusWords() {
		return definition == null ? List.of() : definition.getStatusWords();
	}

	public List<SplitGroup> groups() {
		return definition == null ? List.of() : definition.getGroups();
	}

	public List<FollowUpPoint> followUpPoints() {
		return definition == null ? List.of() : definition.getFollowUpPoints();
	}

	public List<Term> terms() {
		return definition == null ? List.of() : definition.getTerms();
	}

	// --- What the plans contain ------------------------------------------------------------------

	public List<Organisation> organisations() {
		return organisations;
	}

	public List<Vision> visions() {
		return visions;
	}

	public List<GoverningDocument> documents() {
		return documents;
	}

	public List<BasicMission> missions() {
		return missions;
	}

	public List<Plan> plans() {
		return plans;
	}

	/** All goals, top level first, then as written. */
	public List<Goal> goals() {
		List<Goal> ordered = new ArrayList<>(goals);
		ordered.sort(Comparator.comparingInt(this::depth));
		return ordered;
	}

	public List<Measure> measures() {
		return measures;
	}

	public List<Assignment> assignments() {
		return assignments;
	}

	public List<Activity> activities() {
		return activities;
	}

	/** Follow-ups in the order they happen. */
	public List<FollowUp> followUps() {
		return followUps;
	}

	public List<AnnualCycle> cycles() {
		return cycles;
	}

	// --- Relations -----------------------------------------------------------------------------------

	/** How far below the top of the model's levels a goal sits (0 at the top; unknown levels last). */
	public int depth(Goal goal) {
		Level level = ModelView.levelOf(goal);
		return level == null ? Integer.MAX_VALUE : ModelView.levelsUpFrom(level).size() - 1;
	}

	public List<Goal> goalsOn(Level level) {
		return goals.stream().filter(g -> ModelView.levelOf(g) == level).toList();
	}

	public List<Goal> goalsIn(GoalArea area) {
		return goals().stream().filter(g -> g.getArea() == area).toList();
	}

	/** Goals the organisation owns itself, top level first (what it answers for: {@link Responsibility}). */
	public List<Goal> goalsOf(Organisation organisation) {
		return goals().stream().filter(g -> ModelView.ownerOf(g) == organisation).toList();
	}

	/** The goals that lead to this one. */
	public List<Goal> children(Goal goal) {
		return children.getOrDefault(goal, List.of());
	}

	/** The chain of parent goals upward: the first parent of each goal, guarding against cycles. */
	public List<Goal> parentChain(Goal goal) {
		List<Goal> chain = new ArrayList<>();
		// A set for the cycle guard: a long chain is walked in linear time.
		Set<Goal> seen = new HashSet<>();
		for (Goal current = firstParent(goal); current != null && current != goal
				&& seen.add(current); current = firstParent(current)) {
			chain.add(current);
		}
		return chain;
	}

	private static Goal firstParent(Goal goal) {
		return goal.getParents().stream().filter(p -> !p.eIsProxy()).findFirst().orElse(null);
	}

	/** Activities that contribute to a goal, an assignment, a grunduppdrag or a styrdokument. */
	public List<Activity> activitiesFor(EObject element) {
		return activitiesFor.getOrDefault(element, List.of());
	}

	/** Assignments that name the goal. */
	public List<Assignment> assignmentsFor(Goal goal) {
		return assignmentsFor.getOrDefault(goal, List.of());
	}

	/** Outcomes of a measure, written in the plan and in follow-ups, in {@link Outcomes#ORDER}. */
	public List<Outcome> outcomes(Measure measure) {
		return outcomes.getOrDefault(measure, List.of());
	}

	/** The organisations that own goals, in the order of the organisation list. */
	public List<Organisation> goalOwners() {
		return organisations.stream().filter(o -> goals.stream().anyMatch(g -> ModelView.ownerOf(g) == o)).toList();
	}

	// --- Follow-up ---------------------------------------------------------------------------------

	public Optional<FollowUp> latestFollowUp() {
		return followUps.isEmpty() ? Optional.empty() : Optional.of(followUps.get(followUps.size() - 1));
	}

	public Optional<GoalAssessment> assessment(Goal goal, FollowUp followUp) {
		return followUp.getAssessments().stream().filter(a -> a.getGoal() == goal).findFirst();
	}

	/** The goal's assessment in the latest follow-up that assessed it. */
	public Optional<GoalAssessment> latestAssessment(Goal goal) {
		for (int i = followUps.size() - 1; i >= 0; i--) {
			Optional<GoalAssessment> assessment = assessment(goal, followUps.get(i));
			if (assessment.isPresent()) {
				return assessment;
			}
		}
		return Optional.empty();
	}

	/** How many goals got each label in a follow-up, in scale order (labels nobody got included, as 0). */
	public Map<AssessmentLabel, Integer> summary(FollowUp followUp) {
		Map<AssessmentLabel, Integer> counts = new LinkedHashMap<>();
		scale().forEach(label -> counts.put(label, 0));
		for (GoalAssessment assessment : followUp.getAssessments()) {
			if (assessment.getLabel() != null && !assessment.getLabel().eIsProxy()) {
				counts.merge(assessment.getLabel(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** The assignment's status in the latest follow-up that reported one. */
	public Optional<AssignmentFollowUp> latestStatus(Assignment assignment) {
		for (int i = followUps.size() - 1; i >= 0; i--) {
			for (AssignmentFollowUp status : followUps.get(i).getAssignmentStatuses()) {
				if (status.getAssignment() == assignment) {
					return Optional.of(status);
				}
			}
		}
		return Optional.empty();
	}

	/** The activity's status in the latest follow-up that reported one. */
	public Optional<ActivityFollowUp> latestStatus(Activity activity) {
		for (int i = followUps.size() - 1; i >= 0; i--) {
			for (ActivityFollowUp status : followUps.get(i).getActivityStatuses()) {
				if (status.getActivity() == activity) {
					return Optional.of(status);
				}
			}
		}
		return Optional.empty();
	}

	// --- What is not linked ---------------------------------------------------------------------

	/** Goals below the top that lead to no goal and serve no grunduppdrag. */
	public List<Goal> goalsWithoutParent() {
		return goals().stream().filter(g -> depth(g) > 0 && g.getParents().isEmpty() && g.getMissions().isEmpty())
				.toList();
	}

	/** Goals no activity contributes to. */
	public List<Goal> goalsWithoutActivities() {
		return goals().stream().filter(g -> activitiesFor(g).isEmpty() && children(g).isEmpty()).toList();
	}

	public List<Activity> activitiesWithoutLinks() {
		return activities.stream().filter(a -> a.getLinks().isEmpty()).toList();
	}
}
