package governance.dsl.generator.json;

import governance.dsl.model.Comparisons;
import governance.dsl.styrmodell.ComparisonGroup;
import governance.dsl.styrmodell.ComparisonValue;
import governance.dsl.styrmodell.SourceKind;
import governance.dsl.kolada.KpiMetadata;
import org.eclipse.xtext.EcoreUtil2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import governance.dsl.model.Deadline;
import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.Fulfilment;
import governance.dsl.model.GoalSuggestion;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.Publishing;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.ModelView;
import governance.dsl.model.Outcomes;
import governance.dsl.model.Period;
import governance.dsl.model.Texts;
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
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.CycleEvent;
import governance.dsl.styrmodell.DecisionRight;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Focus;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.MarkedFootnote;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.MissingValue;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.NoValue;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.ReferenceValue;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.StatusWord;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;
import governance.dsl.styrmodell.Term;
import governance.dsl.styrmodell.Vision;

/**
 * One JSON document per municipality for follow-up tools, valid against
 * {@code governance.dsl.generator/schema/styrmodell.schema.json}. Every element carries its qualified id;
 * references are ids; keys come in a fixed order and values with all their qualifiers. Computed
 * fields (each utfall's fulfilment, each goal's suggested assessment) come from the model's rules
 * ({@code MeasureFulfilment}, {@code GoalSuggestion}) and stand beside the planners' decisions.
 */
public class JsonGenerator {

	/** Raised with the schema's major version when the document's shape changes incompatibly. */
	public static final int FORMAT_VERSION = 2;

	private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	public byte[] generate(GovernanceView view) {
		ObjectNode root = NODES.objectNode();
		root.put("format", "styrmodell");
		root.put("formatVersion", FORMAT_VERSION);
		ObjectNode municipality = root.putObject("municipality");
		municipality.put("id", view.id());
		municipality.put("title", view.title());
		root.set("model", model(view.definition()));
		root.set("publishing", publishing(view));
		root.set("organisations", array(view.organisations(), this::organisation));
		root.set("visions", array(view.visions(), this::vision));
		root.set("governingDocuments", array(view.documents(), this::document));
		root.set("basicMissions", array(view.missions(), this::mission));
		root.set("plans", array(view.plans(), this::plan));
		root.set("goals", array(view.goals(), goal -> goal(goal, view)));
		root.set("measures", array(view.measures(), measure -> measure(measure, view)));
		root.set("assignments", array(view.assignments(), this::assignment));
		root.set("activities", array(view.activities(), this::activity));
		root.set("followUps", array(view.followUps(), this::followUp));
		root.set("annualCycles", array(view.cycles(), this::cycle));
		try {
			DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
					.withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
					.withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter("  ", "\n"))
					.withArrayIndenter(new DefaultIndenter("  ", "\n"));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			MAPPER.writer(printer).writeValue(bytes, root);
			bytes.write('\n');
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// --- The model definition ------------------------------------------------------------------

	private ObjectNode model(ModelDefinition definition) {
		if (definition == null) {
			return null;
		}
		ObjectNode node = NODES.objectNode();
		node.put("id", id(definition));
		node.put("title", definition.getTitle());
		text(node, "decision", definition.getDecision());
		written(node, "description", definition.getDescription());
		node.put("koladaId", definition.getKoladaId() == null ? null : definition.getKoladaId().strip());
		node.set("comparisonGroups", array(Comparisons.groups(definition), this::comparisonGroup));
		node.put("smartRequired", definition.isSmartRequired());
		ArrayNode required = node.putArray("activitiesRequire");
		definition.getActivityRequirements().forEach(field -> required.add(field.getLiteral()));
		node.set("decisionRights", array(definition.getDecisionRights(), this::decisionRight));
		node.set("levels", array(definition.getLevels(), this::level));
		node.set("areas", array(definition.getAreas(), this::area));
		node.set("assessmentScale", array(definition.getScales().isEmpty() ? List.<AssessmentLabel>of()
				: definition.getScales().get(0).getLabels(), this::label));
		node.set("statusWords", array(definition.getStatusWords(), this::statusWord));
		node.set("splitGroups", array(definition.getGroups(), this::group));
		node.set("followUpPoints", array(definition.getFollowUpPoints(), this::followUpPoint));
		node.set("terms", array(definition.getTerms(), this::term));
		ArrayNode actionWords = node.putArray("actionWords");
		definition.getActionWords().forEach(a -> a.getWords().forEach(actionWords::add));
		return node;
	}

	/**
	 * How the handbook is published: the logo's path as written, the profile colour ("#rrggbb", and
	 * the shade white text stands on), the website, the date the model states, and the publication
	 * date the handbook shows (that date, else the latest follow-up's: "2024-06-19" or "2024-08").
	 */
	private static ObjectNode publishing(GovernanceView view) {
		ModelDefinition definition = view.definition();
		ObjectNode node = NODES.objectNode();
		node.put("logo", definition == null ? null : definition.getLogo());
		String colour = definition == null ? null : Publishing.colour(definition.getColour());
		node.put("colour", colour);
		node.put("colourOnWhiteText", colour == null ? null : Publishing.onWhiteText(colour));
		node.put("website", definition == null ? null : definition.getWebsite());
		java.time.LocalDate stated = definition == null ? null : Publishing.day(definition.getPublished());
		node.put("published", stated == null ? null : stated.toString());
		node.put("publicationDate", Publishing.date(definition, view.followUps()).map(Publishing.Date::iso).orElse(null));
		return node;
	}

	private ObjectNode comparisonGroup(ComparisonGroup group) {
		ObjectNode node = NODES.objectNode();
		node.put("koladaId", group.getKoladaId().strip());
		node.put("title", group.getTitle());
		return node;
	}

	private ObjectNode level(Level level) {
		ObjectNode node = named(level, level.getTitle());
		reference(node, "parent", level.getParent());
		text(node, "goalTerm", level.getGoalTerm());
		ObjectNode rules = node.putObject("rules");
		integer(rules, "maxGoals", level, Literals.LEVEL__MAX_GOALS, level.getMaxGoals());
		integer(rules, "minIndicatorsPerGoal", level, Literals.LEVEL__MIN_INDICATORS, level.getMinIndicators());
		integer(rules, "maxIndicatorsPerGoal", level, Literals.LEVEL__MAX_INDICATORS, level.getMaxIndicators());
		integer(rules, "maxSharePerParentPercent", level, Literals.LEVEL__MAX_SHARE_OF_PARENT,
				level.getMaxShareOfParent());
		rules.put("parentRequired", level.isParentRequired());
		rules.put("agenda2030Required", level.isSdgRequired());
		return node;
	}

	private ObjectNode area(GoalArea area) {
		ObjectNode node = named(area, area.getTitle());
		node.put("focus", area.getFocus() == Focus.NOT_STATED ? null : area.getFocus().getLiteral());
		written(node, "description", area.getDescription());
		node.set("decisionRights", array(area.getDecisionRights(), this::decisionRight));
		return node;
	}

	private ObjectNode decisionRight(DecisionRight right) {
		ObjectNode node = NODES.objectNode();
		node.set("levels", ids(right.getLevels()));
		node.put("byOwner", right.isByOwner());
		node.set("deciders", ids(right.getDeciders()));
		return node;
	}

	private ObjectNode label(AssessmentLabel label) {
		ObjectNode node = named(label, label.getTitle());
		text(node, "meaning", label.getMeaning());
		text(node, "colour", label.getColour());
		text(node, "symbol", label.getSymbol());
		node.put("notAssessed", label.isNotAssessed());
		return node;
	}

	private ObjectNode statusWord(StatusWord word) {
		ObjectNode node = named(word, word.getTitle());
		node.put("done", word.isDone());
		return node;
	}

	private ObjectNode group(SplitGroup group) {
		ObjectNode node = named(group, group.getTitle());
		node.put("sex", group.isSex());
		return node;
	}

	private ObjectNode followUpPoint(FollowUpPoint point) {
		ObjectNode node = named(point, point.getTitle());
		node.put("month", month(point.getMonth()));
		return node;
	}

	private ObjectNode term(Term term) {
		ObjectNode node = named(term, term.getTitle());
		node.put("definition", Values.prose(term.getDefinition()));
		return node;
	}

	// --- Organisation, documents and plans ----------------------------------------------------------

	private ObjectNode organisation(Organisation organisation) {
		ObjectNode node = named(organisation, organisation.getTitle());
		node.put("kind", organisation.getKind().getLiteral());
		reference(node, "level", organisation.getLevel());
		reference(node, "parent", organisation.getParent());
		text(node, "abbreviation", organisation.getAbbreviation());
		return node;
	}

	private ObjectNode vision(Vision vision) {
		ObjectNode node = named(vision, vision.getTitle());
		written(node, "description", vision.getDescription());
		period(node, vision.getPeriod());
		return node;
	}

	private ObjectNode document(GoverningDocument document) {
		ObjectNode node = named(document, document.getTitle());
		node.put("kind", document.getDocumentKind().getLiteral());
		text(node, "decision", document.getDecision());
		node.put("prioritised", document.isPrioritised());
		text(node, "ambition", document.getAmbition());
		written(node, "description", document.getDescription());
		return node;
	}

	private ObjectNode mission(BasicMission mission) {
		ObjectNode node = named(mission, mission.getTitle());
		reference(node, "owner", mission.getOwner());
		written(node, "description", mission.getDescription());
		return node;
	}

	private ObjectNode plan(Plan plan) {
		ObjectNode node = named(plan, plan.getTitle());
		reference(node, "owner", plan.getOwner());
		period(node, plan.getPeriod());
		text(node, "decision", plan.getDecision());
		written(node, "description", plan.getDescription());
		node.set("notApplicable", array(plan.getNotApplicable(), this::notApplicable));
		return node;
	}

	private ObjectNode notApplicable(AreaNotApplicable statement) {
		ObjectNode node = NODES.objectNode();
		reference(node, "area", statement.getArea());
		text(node, "reason", statement.getReason());
		return node;
	}

	// --- Goals and measures ---------------------------------------------------------------------

	private ObjectNode goal(Goal goal, GovernanceView view) {
		ObjectNode node = named(goal, goal.getTitle());
		reference(node, "plan", ModelView.planOf(goal));
		reference(node, "level", ModelView.levelOf(goal));
		reference(node, "owner", ModelView.ownerOf(goal));
		reference(node, "decidedBy", goal.getDecidedBy());
		text(node, "responsible", goal.getResponsible());
		reference(node, "area", goal.getArea());
		Period years = ModelView.periodOf(goal);
		node.set("period", years == null ? null : years(years));
		text(node, "desiredState", goal.getDesiredState());
		written(node, "description", goal.getDescription());
		node.set("parents", ids(goal.getParents()));
		node.set("children", ids(view.children(goal)));
		node.set("basicMissions", ids(goal.getMissions()));
		node.set("governingDocuments", ids(goal.getDocuments()));
		ArrayNode sdg = node.putArray("agenda2030");
		goal.getSdgTargets().forEach(sdg::add);
		text(node, "decision", goal.getDecision());
		node.set("measures", ids(goal.getMeasures()));
		node.set("fulfilment", goalFulfilment(goal, view));
		return node;
	}

	/**
	 * Computed, never the decision: each measure's latest utfall against the målvärde for its
	 * period, and the assessment the model's rules suggest from them (or why they suggest none).
	 */
	private ObjectNode goalFulfilment(Goal goal, GovernanceView view) {
		ObjectNode node = NODES.objectNode();
		ArrayNode measures = NODES.arrayNode();
		for (Measure measure : goal.getMeasures()) {
			MeasureFulfilment.Standing standing = MeasureFulfilment.standing(measure, view.outcomes(measure));
			ObjectNode entry = measures.addObject();
			entry.put("measure", id(measure));
			entry.set("period", standing.period() == null ? null : years(standing.period()));
			entry.put("status", status(standing.result().status()));
		}
		GoalSuggestion.Suggestion suggestion = MeasureFulfilment.suggestion(goal, view::outcomes, view.scale());
		AssessmentLabel label = suggestion.label()
				.flatMap(name -> view.scale().stream().filter(l -> name.equals(l.getName())).findFirst()).orElse(null);
		reference(node, "suggestion", label);
		node.put("reason", suggestion.reason());
		node.put("reached", suggestion.reached());
		node.put("comparable", suggestion.comparable());
		node.put("total", suggestion.total());
		node.set("measures", measures);
		return node;
	}

	private ObjectNode measure(Measure measure, GovernanceView view) {
		ObjectNode node = named(measure, measure.getTitle());
		node.put("kind", measure.getKind().getLiteral());
		node.put("ksIndicator", measure.isKsIndicator());
		reference(node, "goal", ModelView.goalOf(measure));
		Period years = ModelView.periodOf(measure);
		node.set("period", years == null ? null : years(years));
		text(node, "unit", measure.getUnit());
		node.put("direction", measure.getDirection() == Direction.NOT_STATED ? null : measure.getDirection().getLiteral());
		if (measure.getSource() == null) {
			node.putNull("source");
		} else {
			ObjectNode source = node.putObject("source");
			source.put("kind", measure.getSource().getKind().getLiteral());
			source.put("reference", measure.getSource().getReference());
			// The KPI id where the source is Kolada and the reference has its form: what govc kolada fetches.
			source.put("koladaKpi", measure.getSource().getKind() == SourceKind.KOLADA
					&& KpiMetadata.isKpiId(measure.getSource().getReference()) ? measure.getSource().getReference().strip()
							: null);
		}
		node.set("splits", ids(measure.getSplits()));
		node.put("measuresPeople", measure.isMeasuresPeople());
		written(node, "description", measure.getDescription());
		node.set("baselines", array(measure.getBaselines(), baseline -> baseline(baseline, measure)));
		node.set("targets", array(measure.getTargets(), target -> target(target, measure)));
		node.set("outcomes", array(view.outcomes(measure), outcome -> outcome(outcome, measure)));
		// The jämförelsegrupper's averages: beside the outcomes, with no fulfilment of their own.
		ArrayNode comparisons = NODES.arrayNode();
		for (Comparisons.Series series : Comparisons.of(view, measure)) {
			series.byYear().forEach((year, value) -> comparisons.add(comparison(series, year, value)));
		}
		node.set("comparisons", comparisons);
		return node;
	}

	private ObjectNode comparison(Comparisons.Series series, int year, ComparisonValue value) {
		ObjectNode node = NODES.objectNode();
		node.put("group", series.groupId());
		node.put("year", year);
		reference(node, "followUp", EcoreUtil2.getContainerOfType(value, FollowUp.class));
		node.put("value", Comparisons.number(value));
		node.put("text", Comparisons.text(value));
		text(node, "footnote", value.getFootnote());
		return node;
	}

	private ObjectNode baseline(Baseline baseline, Measure measure) {
		ObjectNode node = NODES.objectNode();
		period(node, baseline.getPeriod());
		node.set("value", outcomeValue(baseline.getValue(), measure));
		node.set("splits", array(baseline.getSplits(), split -> splitOutcome(split, measure, null)));
		text(node, "footnote", baseline.getFootnote());
		node.set("notes", array(baseline.getNotes(), this::note));
		return node;
	}

	private ObjectNode target(Target target, Measure measure) {
		ObjectNode node = NODES.objectNode();
		period(node, target.getPeriod());
		node.set("value", targetValue(target.getValue(), measure));
		node.set("splits", array(target.getSplits(), split -> {
			ObjectNode splitNode = NODES.objectNode();
			reference(splitNode, "group", split.getGroup());
			splitNode.set("value", targetValue(split.getValue(), measure));
			return splitNode;
		}));
		text(node, "footnote", target.getFootnote());
		node.set("notes", array(target.getNotes(), this::note));
		return node;
	}

	private ObjectNode outcome(Outcome outcome, Measure measure) {
		ObjectNode node = NODES.objectNode();
		period(node, outcome.getPeriod());
		reference(node, "followUp", Outcomes.followUpOf(outcome));
		node.set("value", outcomeValue(outcome.getValue(), measure));
		Period period = Outcomes.periodOf(outcome);
		node.set("fulfilment", fulfilment(measure, period, null, outcome.getValue()));
		node.set("splits", array(outcome.getSplits(), split -> splitOutcome(split, measure, period)));
		text(node, "footnote", outcome.getFootnote());
		node.set("notes", array(outcome.getNotes(), this::note));
		return node;
	}

	/** A split value; an utfall's ({@code period} set) carries its fulfilment, an utgångsvärde's none. */
	private ObjectNode splitOutcome(SplitOutcome split, Measure measure, Period period) {
		ObjectNode node = NODES.objectNode();
		reference(node, "group", split.getGroup());
		node.set("value", outcomeValue(split.getValue(), measure));
		if (period != null) {
			SplitGroup group = split.getGroup() == null || split.getGroup().eIsProxy() ? null : split.getGroup();
			node.set("fulfilment", group == null ? null : fulfilment(measure, period, group, split.getValue()));
		}
		return node;
	}

	/**
	 * Whether a value meets the målvärde that applies to its period (for the total, or the group's
	 * own målvärde), computed by the model's rules: status, the compared target's period, the
	 * signed distance (positive = better) and its share of the target, the reason if not comparable.
	 */
	private ObjectNode fulfilment(Measure measure, Period period, SplitGroup group, OutcomeValue value) {
		Fulfilment.Result result = MeasureFulfilment.evaluate(measure, period, group, value);
		Target target = period == null ? null : MeasureFulfilment.targetFor(measure, period).orElse(null);
		boolean compared = MeasureFulfilment.valueFor(target, group) != null;
		ObjectNode node = NODES.objectNode();
		node.put("status", status(result.status()));
		node.put("text", result.text());
		Period targetPeriod = compared ? Period.parse(target.getPeriod()) : null;
		node.set("targetPeriod", targetPeriod == null ? null : years(targetPeriod));
		node.put("distance", result.distance());
		node.put("relative", result.relative());
		node.put("forecast", result.forecast());
		node.put("reason", result.reason());
		return node;
	}

	private static String status(Fulfilment.Status status) {
		return status.name().toLowerCase(java.util.Locale.ROOT);
	}

	private ObjectNode note(MarkedFootnote note) {
		ObjectNode node = NODES.objectNode();
		node.put("marker", note.getMarker());
		text(node, "text", note.getText());
		return node;
	}

	private ObjectNode targetValue(TargetValue value, Measure measure) {
		ObjectNode node = NODES.objectNode();
		node.put("kind", value.isNotSet() ? "notSet" : value.getUpper() != null ? "range" : "number");
		node.put("bound", value.isNotSet() || value.getUpper() != null ? null : bound(value.getBound()));
		node.put("number", value.getNumber());
		node.put("upper", value.getUpper());
		node.put("unit", value.isNotSet() ? null : value.getUnit() != null ? value.getUnit() : measure.getUnit());
		node.put("marker", value.getMarker());
		node.put("text", Values.target(value, measure.getUnit()));
		return node;
	}

	private ObjectNode outcomeValue(OutcomeValue value, Measure measure) {
		ObjectNode node = NODES.objectNode();
		if (value instanceof MeasuredValue measured) {
			node.put("kind", "number");
			node.put("number", measured.getNumber());
			node.put("bound", bound(measured.getBound()));
			node.put("unit", measured.getUnit() != null ? measured.getUnit() : measure.getUnit());
			node.put("forecast", measured.isForecast());
		} else if (value instanceof MissingValue) {
			node.put("kind", "missing");
		} else if (value instanceof ReferenceValue reference) {
			node.put("kind", "reference");
			node.put("reference", reference.getReference());
		} else if (value instanceof NoValue) {
			node.put("kind", "none");
		}
		node.put("marker", value == null ? null : value.getMarker());
		node.put("text", Values.outcome(value, measure.getUnit()));
		return node;
	}

	/** "less_than", "at_most" …; null for a plain number. */
	private static String bound(Bound bound) {
		return bound == null || bound == Bound.EXACTLY ? null : bound.getName().toLowerCase(java.util.Locale.ROOT);
	}

	// --- Assignments, activities, follow-up, årshjul ------------------------------------------------

	private ObjectNode assignment(Assignment assignment) {
		ObjectNode node = named(assignment, assignment.getTitle());
		node.put("kind", assignment.getKind().getLiteral());
		reference(node, "plan", ModelView.planOf(assignment));
		reference(node, "issuer", assignment.getIssuer());
		node.put("toAll", assignment.isToAll());
		node.set("recipients", ids(assignment.getRecipients()));
		ArrayNode roles = node.putArray("roles");
		assignment.getRoles().forEach(role -> roles.add(Values.prose(role)));
		text(node, "reportBy", assignment.getReportBy());
		node.set("reportByDeadline", deadline(assignment.getReportBy()));
		node.set("goals", ids(assignment.getGoals()));
		text(node, "decision", assignment.getDecision());
		written(node, "description", assignment.getDescription());
		reference(node, "status", assignment.getStatus());
		text(node, "statusComment", assignment.getStatusComment());
		return node;
	}

	private ObjectNode activity(Activity activity) {
		ObjectNode node = named(activity, activity.getTitle());
		reference(node, "plan", ModelView.planOf(activity));
		text(node, "responsible", activity.getResponsible());
		reference(node, "performer", activity.getPerformer());
		text(node, "start", activity.getStart());
		node.set("startDeadline", deadline(activity.getStart()));
		text(node, "end", activity.getEnd());
		node.set("endDeadline", deadline(activity.getEnd()));
		reference(node, "status", activity.getStatus());
		node.set("contributesTo", ids(activity.getLinks()));
		written(node, "description", activity.getDescription());
		return node;
	}

	private ObjectNode followUp(FollowUp followUp) {
		ObjectNode node = named(followUp, followUp.getTitle());
		reference(node, "point", followUp.getPoint());
		node.put("year", followUp.eIsSet(Literals.FOLLOW_UP__YEAR) ? followUp.getYear() : null);
		node.put("month", month(followUp.getMonth()));
		text(node, "date", followUp.getDate());
		java.time.YearMonth when = FollowUpOrder.when(followUp);
		node.put("when", when == null ? null : when.toString());
		reference(node, "owner", followUp.getOwner());
		written(node, "summary", followUp.getSummary());
		written(node, "events", followUp.getEvents());
		written(node, "outlook", followUp.getOutlook());
		node.set("assessments", array(followUp.getAssessments(), this::assessment));
		node.set("assignmentStatuses", array(followUp.getAssignmentStatuses(), this::assignmentStatus));
		node.set("activityStatuses", array(followUp.getActivityStatuses(), this::activityStatus));
		return node;
	}

	private ObjectNode assessment(GoalAssessment assessment) {
		ObjectNode node = NODES.objectNode();
		reference(node, "goal", assessment.getGoal());
		reference(node, "label", assessment.getLabel());
		node.put("forecast", assessment.isForecast());
		written(node, "analysis", assessment.getAnalysis());
		written(node, "actions", assessment.getMeasures());
		return node;
	}

	private ObjectNode assignmentStatus(AssignmentFollowUp status) {
		ObjectNode node = NODES.objectNode();
		reference(node, "assignment", status.getAssignment());
		reference(node, "status", status.getStatus());
		text(node, "comment", status.getComment());
		return node;
	}

	private ObjectNode activityStatus(ActivityFollowUp status) {
		ObjectNode node = NODES.objectNode();
		reference(node, "activity", status.getActivity());
		reference(node, "status", status.getStatus());
		text(node, "comment", status.getComment());
		return node;
	}

	private ObjectNode cycle(AnnualCycle cycle) {
		ObjectNode node = named(cycle, cycle.getTitle());
		node.set("events", array(cycle.getEvents(), this::event));
		return node;
	}

	private ObjectNode event(CycleEvent event) {
		ObjectNode node = NODES.objectNode();
		node.put("month", event.getDate() != null ? null : month(event.getMonth()));
		node.put("endMonth", event.getDate() != null ? null : month(event.getEndMonth()));
		text(node, "date", event.getDate());
		node.put("allCommittees", event.isAllCommittees());
		node.set("forums", ids(event.getForums()));
		node.put("what", Values.prose(event.getWhat()));
		return node;
	}

	// --- Helpers ---------------------------------------------------------------------------------------

	private static ObjectNode named(EObject object, String title) {
		ObjectNode node = NODES.objectNode();
		node.put("id", id(object));
		node.put("title", Values.prose(title));
		return node;
	}

	private static String id(EObject object) {
		return ModelView.qualifiedId(object);
	}

	private static void reference(ObjectNode node, String key, EObject target) {
		node.put(key, target == null || target.eIsProxy() ? null : id(target));
	}

	private static ArrayNode ids(Collection<? extends EObject> targets) {
		ArrayNode array = NODES.arrayNode();
		targets.stream().filter(t -> !t.eIsProxy()).forEach(t -> array.add(id(t)));
		return array;
	}

	private static void text(ObjectNode node, String key, String value) {
		node.put(key, Values.prose(value));
	}

	/** A text that may hold paragraphs and bullet lists: kept, without the file's layout (see {@link Texts#normalized}). */
	private static void written(ObjectNode node, String key, String value) {
		node.put(key, Texts.normalized(value));
	}

	/** A deadline as written ("mars 2021") and as a machine reads it; null when there is none or it names no real date. */
	private static ObjectNode deadline(String text) {
		Deadline deadline = Deadline.parse(text);
		if (deadline == null) {
			return null;
		}
		ObjectNode node = NODES.objectNode();
		node.put("text", deadline.toString());
		node.put("iso", deadline.iso());
		node.put("precision", deadline.precision().name().toLowerCase(java.util.Locale.ROOT));
		node.put("first", deadline.first().toString());
		node.put("last", deadline.last().toString());
		return node;
	}

	private static void integer(ObjectNode node, String key, EObject owner, org.eclipse.emf.ecore.EAttribute feature,
			int value) {
		node.put(key, ModelView.isWritten(owner, feature) ? Integer.valueOf(value) : null);
	}

	private static void period(ObjectNode node, String text) {
		Period years = Period.parse(text);
		node.set("period", years == null ? null : years(years));
	}

	/** A period: its years (as before), and how fine it is with its first and last month. */
	private static ObjectNode years(Period years) {
		ObjectNode node = NODES.objectNode();
		node.put("from", years.first());
		node.put("to", years.last());
		node.put("kind", years.kind().name().toLowerCase(java.util.Locale.ROOT));
		node.put("start", years.start().toString());
		node.put("end", years.end().toString());
		node.put("text", years.toString());
		return node;
	}

	private static Integer month(Month month) {
		return month == null || month == Month.NOT_STATED ? null : month.getValue();
	}

	private static <T> ArrayNode array(Collection<T> items, Function<T, ObjectNode> mapper) {
		ArrayNode array = NODES.arrayNode();
		items.forEach(item -> array.add(mapper.apply(item)));
		return array;
	}
}
