package governance.dsl.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import governance.dsl.Messages;
import governance.dsl.diff.Element.Group;
import governance.dsl.diff.Element.Nature;
import governance.dsl.diff.Element.Property;
import governance.dsl.diff.Element.TargetBasis;
import governance.dsl.model.Comparisons;
import governance.dsl.model.Deadline;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.ActivityFollowUp;
import governance.dsl.styrmodell.AnnualCycle;
import governance.dsl.styrmodell.AreaNotApplicable;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentFollowUp;
import governance.dsl.styrmodell.Baseline;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.ComparisonGroup;
import governance.dsl.styrmodell.ComparisonValue;
import governance.dsl.styrmodell.CycleEvent;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.MarkedFootnote;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.StatusWord;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;
import governance.dsl.styrmodell.Term;
import governance.dsl.styrmodell.Vision;

/**
 * Reads a parsed side into the elements the diff compares, each with its properties in the
 * planners' words. References are shown as written (the id a reviewer finds in the file), so a
 * side of single files, whose references to other files cannot resolve, reads the same way; titles
 * of referenced elements are used only when the side is linked.
 */
public final class Elements {

	/** Model definition, organisations and årshjul: everything that is not a committee's own. */
	static final Group MODEL = new Group("", Messages.get("diff.group.model"), -1);
	/** Plans and follow-ups that name no owner. */
	static final Group NO_OWNER = new Group("-", Messages.get("diff.group.noOwner"), Integer.MAX_VALUE);

	private final boolean linked;
	private final Map<String, Element> elements = new LinkedHashMap<>();
	private final Map<String, Integer> organisationOrder = new HashMap<>();
	private final Map<String, String> organisationTitles = new HashMap<>();
	private String file;
	private String namespace;
	private int order;

	private Elements(boolean linked) {
		this.linked = linked;
	}

	/** The elements of a side by kind and qualified id ({@link #key}), files in key order, each as written. */
	public static Map<String, Element> of(ParsedSide side, boolean linked) {
		Elements reader = new Elements(linked);
		for (File file : side.files().keySet()) {
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil2.eAll(file)) {
				if (object instanceof Organisation organisation && organisation.getName() != null) {
					reader.organisationOrder.putIfAbsent(organisation.getName(), reader.organisationOrder.size());
					reader.organisationTitles.putIfAbsent(organisation.getName(), organisation.getTitle());
				}
			}
		}
		side.files().forEach((file, sideFile) -> reader.read(file, sideFile.key()));
		return reader.elements;
	}

	/** How an element is found on the other side: its kind and qualified id. */
	public static String key(Element element) {
		return element.kind() + ":" + element.id();
	}

	private void read(File root, String fileKey) {
		file = fileKey;
		namespace = root.getName();
		order = 0;
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil2.eAll(root)) {
			Builder element = element(object);
			if (element != null) {
				Element built = element.build();
				elements.putIfAbsent(key(built), built); // a duplicate id is the checker's error; the first counts
			}
		}
	}

	private Builder element(EObject object) {
		if (object instanceof ModelDefinition definition) {
			return model(definition);
		} else if (object instanceof Organisation organisation) {
			return new Builder("organisation", capital(organisation.getKind().getLiteral()), object, MODEL)
					.ref("level", "diff.prop.level", Literals.ORGANISATION__LEVEL)
					.ref("parent", "diff.prop.under", Literals.ORGANISATION__PARENT)
					.plain("abbreviation", "diff.prop.abbreviation", organisation.getAbbreviation());
		} else if (object instanceof Level) {
			return wording(new Builder("level", Messages.get("diff.kind.level"), object, MODEL), object);
		} else if (object instanceof GoalArea) {
			return wording(new Builder("area", Messages.get("diff.kind.area"), object, MODEL), object);
		} else if (object instanceof AssessmentLabel) {
			return wording(new Builder("assessmentLabel", Messages.get("diff.kind.assessmentLabel"), object, MODEL), object);
		} else if (object instanceof StatusWord) {
			return wording(new Builder("statusWord", Messages.get("diff.kind.statusWord"), object, MODEL), object);
		} else if (object instanceof SplitGroup) {
			return wording(new Builder("splitGroup", Messages.get("diff.kind.splitGroup"), object, MODEL), object);
		} else if (object instanceof FollowUpPoint) {
			return wording(new Builder("followUpPoint", Messages.get("diff.kind.followUpPoint"), object, MODEL), object);
		} else if (object instanceof Term) {
			return wording(new Builder("term", Messages.get("diff.kind.term"), object, MODEL), object);
		} else if (object instanceof Plan plan) {
			return plan(plan);
		} else if (object instanceof Vision vision) {
			return new Builder("vision", Messages.get("diff.kind.vision"), object, groupOfPlan(object))
					.text("description", "diff.prop.description", vision.getDescription())
					.plain("period", "diff.prop.period", period(vision.getPeriod()));
		} else if (object instanceof GoverningDocument document) {
			return new Builder("document", Messages.get("diff.kind.document"), object, groupOfPlan(object))
					.plain("documentKind", "diff.prop.documentKind",
							ModelView.isWritten(document, Literals.GOVERNING_DOCUMENT__DOCUMENT_KIND)
									? document.getDocumentKind().getLiteral() : null)
					.plain("decision", "diff.prop.decision", document.getDecision())
					.plain("prioritised", "diff.prop.prioritised", yes(document.isPrioritised()))
					.text("ambition", "diff.prop.ambition", document.getAmbition())
					.text("description", "diff.prop.description", document.getDescription());
		} else if (object instanceof BasicMission mission) {
			Group group = mission.getOwner() != null ? group(mission, Literals.BASIC_MISSION__OWNER, mission.getOwner())
					: groupOfPlan(object);
			return new Builder("mission", Messages.get("diff.kind.mission"), object, group)
					.ref("owner", "diff.prop.owner", Literals.BASIC_MISSION__OWNER)
					.text("description", "diff.prop.description", mission.getDescription());
		} else if (object instanceof Goal goal) {
			return goal(goal);
		} else if (object instanceof Measure measure) {
			return measure(measure);
		} else if (object instanceof Assignment assignment) {
			return assignment(assignment);
		} else if (object instanceof Activity activity) {
			return new Builder("activity", Messages.get("diff.kind.activity"), object, groupOfPlan(object))
					.plain("responsible", "diff.prop.responsible", activity.getResponsible())
					.ref("performer", "diff.prop.performer", Literals.ACTIVITY__PERFORMER)
					.plain("start", "diff.prop.start", deadline(activity.getStart()))
					.plain("end", "diff.prop.end", deadline(activity.getEnd()))
					.ref("status", "diff.prop.status", Literals.ACTIVITY__STATUS)
					.ref("links", "diff.prop.links", Literals.ACTIVITY__LINKS)
					.text("description", "diff.prop.description", activity.getDescription());
		} else if (object instanceof FollowUp followUp) {
			return followUp(followUp);
		} else if (object instanceof AnnualCycle cycle) {
			return cycle(cycle);
		}
		return null;
	}

	private Builder model(ModelDefinition definition) {
		Builder builder = new Builder("model", Messages.get("diff.kind.model"), definition, MODEL)
				.plain("decision", "diff.prop.decision", definition.getDecision())
				.plain("kolada", "diff.prop.koladaId", definition.getKoladaId())
				.text("description", "diff.prop.description", definition.getDescription())
				.plain("smart", "diff.prop.smart", yes(definition.isSmartRequired()))
				.plain("activityRequirements", "diff.prop.activityRequirements",
						joined(definition.getActivityRequirements().stream().map(r -> r.getLiteral()).toList()))
				.plain("decisionRights", "diff.prop.decisionRights",
						joined(definition.getDecisionRights().stream().map(Elements::nodeText).toList(), "; "))
				.plain("actionWords", "diff.prop.actionWords",
						joined(definition.getActionWords().stream().map(Elements::nodeText).toList(), "; "));
		for (ComparisonGroup group : definition.getComparisonGroups()) {
			String id = group.getKoladaId() == null ? "" : group.getKoladaId().strip();
			builder.plain("comparisonGroup:" + id, Messages.get("diff.prop.comparisonGroup", id), group.getTitle());
		}
		return builder;
	}

	private Builder plan(Plan plan) {
		Group group = plan.getOwner() != null ? group(plan, Literals.PLAN__OWNER, plan.getOwner()) : NO_OWNER;
		Builder builder = new Builder("plan", Messages.get("diff.kind.plan"), plan, group)
				.ref("owner", "diff.prop.owner", Literals.PLAN__OWNER)
				.plain("period", "diff.prop.period", period(plan.getPeriod()))
				.plain("decision", "diff.prop.decision", plan.getDecision())
				.text("description", "diff.prop.description", plan.getDescription());
		for (AreaNotApplicable notApplicable : plan.getNotApplicable()) {
			String area = first(written(notApplicable, Literals.AREA_NOT_APPLICABLE__AREA));
			builder.text("notApplicable:" + area, Messages.get("diff.prop.notApplicable", area),
					notApplicable.getReason() == null ? Messages.get("diff.yes") : notApplicable.getReason());
		}
		return builder;
	}

	private Builder goal(Goal goal) {
		Builder builder = new Builder("goal", Messages.get("diff.kind.goal"), goal, groupOf(goal));
		builder.level = levelName(goal);
		return builder.ref("level", "diff.prop.level", Literals.GOAL__LEVEL)
				.ref("owner", "diff.prop.owner", Literals.GOAL__OWNER)
				.plain("responsible", "diff.prop.responsible", goal.getResponsible())
				.ref("area", "diff.prop.area", Literals.GOAL__AREA)
				.text("desiredState", "diff.prop.desiredState", goal.getDesiredState())
				.text("description", "diff.prop.description", goal.getDescription())
				.plain("period", "diff.prop.period", period(goal.getPeriod()))
				.ref("parents", "diff.prop.parents", Literals.GOAL__PARENTS)
				.ref("missions", "diff.prop.missions", Literals.GOAL__MISSIONS)
				.ref("documents", "diff.prop.documents", Literals.GOAL__DOCUMENTS)
				.plain("sdgTargets", "diff.prop.sdgTargets", joined(goal.getSdgTargets()))
				.plain("decision", "diff.prop.decision", goal.getDecision())
				.ref("decidedBy", "diff.prop.decidedBy", Literals.GOAL__DECIDED_BY);
	}

	private Builder measure(Measure measure) {
		Goal goal = ModelView.goalOf(measure);
		Group group = goal != null ? groupOf(goal) : groupOfPlan(measure);
		String unit = measure.getUnit();
		Builder builder = new Builder("measure", capital(measure.getKind().getLiteral()), measure, group)
				.plain("ksIndicator", "diff.prop.ksIndicator", yes(measure.isKsIndicator()))
				.plain("unit", "diff.prop.unit", unit)
				.plain("direction", "diff.prop.direction",
						ModelView.isWritten(measure, Literals.MEASURE__DIRECTION) ? measure.getDirection().getLiteral() : null)
				.plain("source", "diff.prop.source", measure.getSource() == null ? null : nodeText(measure.getSource()))
				.ref("splits", "diff.prop.splits", Literals.MEASURE__SPLITS)
				.plain("measuresPeople", "diff.prop.measuresPeople", yes(measure.isMeasuresPeople()))
				.text("description", "diff.prop.description", measure.getDescription());
		for (Baseline baseline : measure.getBaselines()) {
			builder.plain("baseline:" + baseline.getPeriod(), Messages.get("diff.prop.baseline", period(baseline.getPeriod())),
					outcome(baseline.getValue(), baseline.getSplits(), baseline.getFootnote(), baseline.getNotes(), unit));
		}
		for (Target target : measure.getTargets()) {
			String label = period(target.getPeriod());
			builder.target("target:" + target.getPeriod(), Messages.get("diff.prop.target", label), target.getValue(),
					footnoted(Values.target(target.getValue(), unit), target.getFootnote(), target.getNotes()), measure);
			for (SplitTarget split : target.getSplits()) {
				String groupName = first(written(split, Literals.SPLIT_TARGET__GROUP));
				builder.target("target:" + target.getPeriod() + ":" + groupName,
						Messages.get("diff.prop.splitTarget", label, groupName), split.getValue(),
						Values.target(split.getValue(), unit), measure);
			}
		}
		for (Outcome outcome : measure.getOutcomes()) {
			builder.plain("outcome:" + outcome.getPeriod(), Messages.get("diff.prop.outcome", period(outcome.getPeriod())),
					outcome(outcome.getValue(), outcome.getSplits(), outcome.getFootnote(), outcome.getNotes(), unit));
		}
		return builder;
	}

	private Builder assignment(Assignment assignment) {
		List<String> recipients = new ArrayList<>();
		if (assignment.isToAll()) {
			recipients.add("alla");
		}
		recipients.addAll(written(assignment, Literals.ASSIGNMENT__RECIPIENTS));
		assignment.getRoles().forEach(role -> recipients.add("\"" + role + "\""));
		return new Builder("assignment", capital(assignment.getKind().getLiteral()), assignment, groupOfPlan(assignment))
				.ref("issuer", "diff.prop.issuer", Literals.ASSIGNMENT__ISSUER)
				.plain("recipients", "diff.prop.recipients", joined(recipients))
				.plain("reportBy", "diff.prop.reportBy", deadline(assignment.getReportBy()))
				.ref("goals", "diff.prop.goals", Literals.ASSIGNMENT__GOALS)
				.plain("decision", "diff.prop.decision", assignment.getDecision())
				.text("description", "diff.prop.description", assignment.getDescription())
				.ref("status", "diff.prop.status", Literals.ASSIGNMENT__STATUS)
				.text("statusComment", "diff.prop.statusComment", assignment.getStatusComment());
	}

	private Builder followUp(FollowUp followUp) {
		Group group = followUp.getOwner() != null ? group(followUp, Literals.FOLLOW_UP__OWNER, followUp.getOwner())
				: NO_OWNER;
		Builder builder = new Builder("followUp", Messages.get("diff.kind.followUp"), followUp, group)
				.ref("point", "diff.prop.point", Literals.FOLLOW_UP__POINT)
				.ref("owner", "diff.prop.owner", Literals.FOLLOW_UP__OWNER)
				.plain("year", "diff.prop.year",
						ModelView.isWritten(followUp, Literals.FOLLOW_UP__YEAR) ? Integer.toString(followUp.getYear()) : null)
				.plain("month", "diff.prop.month", followUp.getMonth() == null || followUp.getMonth() == Month.NOT_STATED
						? null : followUp.getMonth().getLiteral())
				.plain("date", "diff.prop.date", followUp.getDate())
				.text("summary", "diff.prop.summary", followUp.getSummary())
				.text("outlook", "diff.prop.outlook", followUp.getOutlook())
				.text("events", "diff.prop.events", followUp.getEvents());
		for (GoalAssessment assessment : followUp.getAssessments()) {
			String goal = first(written(assessment, Literals.GOAL_ASSESSMENT__GOAL));
			String named = titled(assessment.getGoal(), goal);
			String label = titleOr(assessment.getLabel(), first(written(assessment, Literals.GOAL_ASSESSMENT__LABEL)));
			builder.add(new Property("assessment:" + goal, Messages.get("diff.prop.assessment", named),
					assessment.isForecast() ? Messages.get("diff.forecast", label) : label, Nature.ASSESSMENT, null));
			builder.text("analysis:" + goal, Messages.get("diff.prop.analysis", named), assessment.getAnalysis());
			builder.text("actions:" + goal, Messages.get("diff.prop.actions", named), assessment.getMeasures());
		}
		for (Outcome outcome : followUp.getOutcomes()) {
			String measure = first(written(outcome, Literals.OUTCOME__MEASURE));
			Measure resolved = linked && outcome.getMeasure() != null && !outcome.getMeasure().eIsProxy()
					? outcome.getMeasure() : null;
			builder.plain("outcome:" + measure + ":" + outcome.getPeriod(),
					Messages.get("diff.prop.outcomeOf", period(outcome.getPeriod()), titled(resolved, measure)),
					outcome(outcome.getValue(), outcome.getSplits(), outcome.getFootnote(), outcome.getNotes(),
							resolved == null ? null : resolved.getUnit()));
		}
		for (ComparisonValue comparison : followUp.getComparisons()) {
			String measure = first(written(comparison, Literals.COMPARISON_VALUE__MEASURE));
			Measure resolved = linked && comparison.getMeasure() != null && !comparison.getMeasure().eIsProxy()
					? comparison.getMeasure() : null;
			String groupId = Comparisons.groupId(comparison);
			builder.plain("comparison:" + measure + ":" + comparison.getPeriod() + ":" + groupId,
					Messages.get("diff.prop.comparisonOf", period(comparison.getPeriod()), titled(resolved, measure), groupId),
					footnoted(Comparisons.text(comparison), comparison.getFootnote(), List.of()));
		}
		for (AssignmentFollowUp status : followUp.getAssignmentStatuses()) {
			String name = first(written(status, Literals.ASSIGNMENT_FOLLOW_UP__ASSIGNMENT));
			builder.plain("assignmentStatus:" + name, Messages.get("diff.prop.assignmentStatus", name),
					titleOr(status.getStatus(), first(written(status, Literals.ASSIGNMENT_FOLLOW_UP__STATUS))));
			builder.text("assignmentComment:" + name, Messages.get("diff.prop.assignmentComment", name), status.getComment());
		}
		for (ActivityFollowUp status : followUp.getActivityStatuses()) {
			String name = first(written(status, Literals.ACTIVITY_FOLLOW_UP__ACTIVITY));
			builder.plain("activityStatus:" + name, Messages.get("diff.prop.activityStatus", name),
					titleOr(status.getStatus(), first(written(status, Literals.ACTIVITY_FOLLOW_UP__STATUS))));
			builder.text("activityComment:" + name, Messages.get("diff.prop.activityComment", name), status.getComment());
		}
		return builder;
	}

	private Builder cycle(AnnualCycle cycle) {
		Builder builder = new Builder("cycle", Messages.get("diff.kind.cycle"), cycle, MODEL);
		for (CycleEvent event : cycle.getEvents()) {
			String when = event.getDate() != null ? event.getDate()
					: event.getEndMonth() != null && event.getEndMonth() != Month.NOT_STATED
							? event.getMonth().getLiteral() + "–" + event.getEndMonth().getLiteral()
							: event.getMonth().getLiteral();
			List<String> forums = event.isAllCommittees() ? List.of("nämnderna")
					: written(event, Literals.CYCLE_EVENT__FORUMS);
			String label = forums.isEmpty() ? Messages.get("diff.prop.event", when)
					: Messages.get("diff.prop.eventFor", when, String.join(", ", forums));
			String key = "event:" + when + ":" + String.join(",", forums);
			for (int n = 2; builder.properties.containsKey(key); n++) {
				key = "event:" + when + ":" + String.join(",", forums) + "#" + n;
			}
			builder.text(key, label, event.getWhat());
		}
		return builder;
	}

	/** The rest of a model definition's element after its title, whitespace as one space: "{ under kommun … }". */
	private static Builder wording(Builder builder, EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		List<INode> title = NodeModelUtils.findNodesForFeature(object, object.eClass().getEStructuralFeature("title"));
		if (node == null || title.isEmpty()) {
			return builder;
		}
		// getText() spans the total region, leading comments and whitespace included.
		int from = title.get(0).getTotalEndOffset() - node.getTotalOffset();
		String rest = node.getText().substring(Math.max(0, Math.min(from, node.getText().length())));
		return builder.text("wording", "diff.prop.wording", Values.prose(stripComments(rest)));
	}

	private static String stripComments(String text) {
		return text.replaceAll("//[^\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
	}

	private static String nodeText(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? "" : Values.prose(stripComments(node.getText()));
	}

	// --- Groups and levels -------------------------------------------------------------------------

	private Group groupOf(Goal goal) {
		if (goal.getOwner() != null) {
			return group(goal, Literals.GOAL__OWNER, goal.getOwner());
		}
		return groupOfPlan(goal);
	}

	/** The organisation of the element's plan, else the element stands in no plan: the model's group. */
	private Group groupOfPlan(EObject object) {
		Plan plan = ModelView.planOf(object);
		if (plan == null) {
			BasicMission mission = EcoreUtil2.getContainerOfType(object, BasicMission.class);
			return mission != null && mission.getOwner() != null
					? group(mission, Literals.BASIC_MISSION__OWNER, mission.getOwner()) : NO_OWNER;
		}
		return plan.getOwner() == null ? NO_OWNER : group(plan, Literals.PLAN__OWNER, plan.getOwner());
	}

	private Group group(EObject holder, EStructuralFeature feature, Organisation organisation) {
		String name = first(written(holder, feature));
		if (name.isEmpty() && organisation.getName() != null) {
			name = organisation.getName();
		}
		String title = organisationTitles.get(name);
		return new Group(name, title != null ? title : name, organisationOrder.getOrDefault(name, Integer.MAX_VALUE - 1));
	}

	/** What the model calls goals on the goal's level ("Nämndmål"), else the level's title; null unknown. */
	private String levelName(Goal goal) {
		if (!linked) {
			return goal.getLevel() == null ? null : first(written(goal, Literals.GOAL__LEVEL));
		}
		Level level = ModelView.levelOf(goal);
		if (level == null || level.eIsProxy()) {
			return null;
		}
		return level.getGoalTerm() != null ? level.getGoalTerm() : level.getTitle();
	}

	// --- Values as read -----------------------------------------------------------------------------

	private static String period(String text) {
		Period period = Period.parse(text);
		return period == null ? text : period.label();
	}

	private static String deadline(String text) {
		Deadline deadline = Deadline.parse(text);
		return deadline == null ? text : deadline.toString();
	}

	private String outcome(OutcomeValue value, List<SplitOutcome> splits, String footnote, List<MarkedFootnote> notes,
			String unit) {
		StringBuilder text = new StringBuilder(Values.outcome(value, unit));
		if (!splits.isEmpty()) {
			text.append(" (").append(splits.stream()
					.map(s -> first(written(s, Literals.SPLIT_OUTCOME__GROUP)) + ": " + Values.outcome(s.getValue(), unit))
					.collect(Collectors.joining(", "))).append(')');
		}
		return footnoted(text.toString(), footnote, notes);
	}

	private static String footnoted(String value, String footnote, List<MarkedFootnote> notes) {
		StringBuilder text = new StringBuilder(value);
		if (footnote != null) {
			text.append(' ').append(Messages.get("diff.footnote", Values.prose(footnote)));
		}
		for (MarkedFootnote note : notes) {
			text.append(' ').append(Messages.get("diff.markedFootnote", note.getMarker(), Values.prose(note.getText())));
		}
		return text.toString();
	}

	private static String yes(boolean value) {
		return value ? Messages.get("diff.yes") : null;
	}

	private static String joined(List<String> values) {
		return joined(values, ", ");
	}

	private static String joined(List<String> values, String separator) {
		return values.isEmpty() ? null : String.join(separator, values);
	}

	private static String first(List<String> values) {
		return values.isEmpty() ? "" : values.get(0);
	}

	private static String capital(String word) {
		return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	/** A referenced element's title and id, "Fler elever är behöriga (bun_m1)", when linked; else its id. */
	private String titled(EObject target, String written) {
		String title = linked && target != null && !target.eIsProxy() ? title(target) : null;
		return title == null ? written : title + " (" + written + ")";
	}

	/** A referenced element's title when linked ("Delvis uppfyllt"); else its id as written. */
	private String titleOr(EObject target, String written) {
		String title = linked && target != null && !target.eIsProxy() ? title(target) : null;
		return title == null ? written : title;
	}

	private static String title(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("title");
		return feature == null ? null : (String) object.eGet(feature);
	}

	/** The ids a reference names, as written, without this file's own municipality: "kf_m2". */
	private List<String> written(EObject object, EStructuralFeature feature) {
		List<String> texts = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			String text = NodeModelUtils.getTokenText(node);
			if (namespace != null && text.startsWith(namespace + ".")) {
				text = text.substring(namespace.length() + 1);
			}
			texts.add(text);
		}
		return texts;
	}

	// --- Building ----------------------------------------------------------------------------------------

	private final class Builder {
		private final String kind;
		private final String kindLabel;
		private final EObject object;
		private final Group group;
		private final Map<String, Property> properties = new LinkedHashMap<>();
		private String level;

		Builder(String kind, String kindLabel, EObject object, Group group) {
			this.kind = kind;
			this.kindLabel = kindLabel;
			this.object = object;
			this.group = group;
			plain("title", "diff.prop.title", title(object));
		}

		Builder add(Property property) {
			if (property.value() != null && !property.value().isBlank()) {
				String key = property.key();
				// The checker reports a property written twice; the diff keeps both apart.
				for (int n = 2; properties.containsKey(key); n++) {
					key = property.key() + "#" + n;
				}
				properties.put(key, key.equals(property.key()) ? property
						: new Property(key, property.label(), property.value(), property.nature(), property.target()));
			}
			return this;
		}

		Builder plain(String key, String labelKey, String value) {
			return add(Property.plain(key, label(labelKey), value == null ? null : Values.prose(value)));
		}

		Builder text(String key, String labelKey, String value) {
			return add(new Property(key, label(labelKey), value == null ? null : Values.prose(value), Nature.TEXT, null));
		}

		Builder ref(String key, String labelKey, EStructuralFeature feature) {
			return plain(key, labelKey, joined(written(object, feature)));
		}

		Builder target(String key, String label, TargetValue value, String text, Measure measure) {
			Direction direction = ModelView.isWritten(measure, Literals.MEASURE__DIRECTION) ? measure.getDirection() : null;
			TargetBasis basis = value == null ? null : new TargetBasis(value.getBound(), value.getNumber(), value.getUpper(),
					value.isNotSet(), value.getUnit() != null ? value.getUnit() : measure.getUnit(), direction);
			return add(new Property(key, label, text, Nature.TARGET, basis));
		}

		/** A label key of messages.properties, or a label already made (with its id or period in it). */
		private String label(String labelKey) {
			return labelKey.startsWith("diff.") && Messages.has(labelKey) ? Messages.get(labelKey) : labelKey;
		}

		Element build() {
			String name = (String) object.eGet(object.eClass().getEStructuralFeature("name"));
			String id = ModelView.qualifiedId(object);
			return new Element(kind, kindLabel, id, name, title(object), file, order++, parentOf(object), group, level,
					properties);
		}
	}

	/** The qualified id of the element this one stands in (plan, goal, model definition), or null. */
	private static String parentOf(EObject object) {
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof File) {
				return null;
			}
			EStructuralFeature name = container.eClass().getEStructuralFeature("name");
			if (name != null && container.eGet(name) != null) {
				String kind = container instanceof Plan ? "plan" : container instanceof Goal ? "goal"
						: container instanceof ModelDefinition ? "model" : container instanceof BasicMission ? "mission"
								: container instanceof AnnualCycle ? "cycle" : container instanceof FollowUp ? "followUp" : "";
				return kind + ":" + ModelView.qualifiedId(container);
			}
		}
		return null;
	}
}
