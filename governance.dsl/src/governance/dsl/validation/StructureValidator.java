package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.CYCLE_EVENT__DATE;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.FILE__NAME;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.GOAL__PERIOD;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.PLAN__PERIOD;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.VISION__PERIOD;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

import governance.dsl.Messages;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.AssessmentRule;
import governance.dsl.styrmodell.CycleEvent;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;
import governance.dsl.styrmodell.TargetValue;
import governance.dsl.styrmodell.Vision;

/** Ids, properties written twice, periods and dates, and the presence of a model definition. */
public class StructureValidator extends StyrmodellCheck {

	@Inject
	private IResourceDescription.Manager descriptions;

	@Check
	public void checkModelDefinitionExists(File file) {
		if (file.getName() != null && !file.getElements().isEmpty() && index.definitions(file).isEmpty()) {
			warningAt(IssueCodes.NO_MODEL_DEFINITION, file, FILE__NAME, file.getName());
		}
	}

	/** Ids are unique within a municipality, across all its files. */
	@Check(CheckType.NORMAL)
	public void checkUniqueIds(File file) {
		Resource resource = file.eResource();
		if (resource == null) {
			return;
		}
		Map<String, EObject> seen = new HashMap<>();
		// The file's own index entry lists every named element, in the order of the text.
		for (IEObjectDescription description : descriptions.getResourceDescription(resource).getExportedObjects()) {
			EObject object = description.getEObjectOrProxy();
			String id = description.getQualifiedName().getLastSegment();
			if (id.length() > MAX_ID_LENGTH && !object.eIsProxy()
					&& object.eClass().getEStructuralFeature("name") instanceof EAttribute attribute) {
				// Ids become file names (workbooks, handbook pages, json/<kommun>.json), and a file
				// system takes 255 bytes a name: the build must not be the first to find out.
				errorAt(IssueCodes.ID_TOO_LONG, object, attribute, id.length(), MAX_ID_LENGTH);
			}
			EAttribute nameAttribute = nameAttribute(object.eClass());
			if (nameAttribute == null || object.eIsProxy()) {
				continue;
			}
			QualifiedName name = description.getQualifiedName();
			String key = cluster(object.eClass()) + "|" + name;
			EObject earlier = seen.putIfAbsent(key, object);
			if (earlier != null) {
				errorAt(IssueCodes.DUPLICATE_ID, object, nameAttribute, name.getLastSegment(),
						Messages.get("location.line", NodeModelUtils.getNode(earlier).getStartLine()), file.getName());
				continue;
			}
			for (IEObjectDescription other : index.named(object, name)) {
				if (cluster(other.getEClass()).equals(cluster(object.eClass())) && !inResource(other, resource)) {
					errorAt(IssueCodes.DUPLICATE_ID, object, nameAttribute, name.getLastSegment(),
							Messages.get("location.file", URI.decode(other.getEObjectURI().trimFragment().lastSegment())),
							file.getName());
					break;
				}
			}
		}
	}

	/** Whether an indexed object lives in this file; without building its URI when the object is loaded. */
	private static boolean inResource(IEObjectDescription description, Resource resource) {
		EObject object = description.getEObjectOrProxy();
		if (object != null && !object.eIsProxy()) {
			return object.eResource() == resource;
		}
		return resource != null && description.getEObjectURI().trimFragment().equals(resource.getURI());
	}

	/** The longest id: two of them and a suffix make a workbook's file name, well within 255 bytes. */
	static final int MAX_ID_LENGTH = 100;

	private static EAttribute nameAttribute(EClass type) {
		EStructuralFeature feature = type.getEStructuralFeature("name");
		return feature instanceof EAttribute attribute && !(type == Literals.FILE) ? attribute : null;
	}

	/** Goals, measures, assignments, activities and documents share one name space: activities refer to any of them. */
	private static String cluster(EClass type) {
		return Literals.PLAN_ELEMENT.isSuperTypeOf(type) ? Literals.PLAN_ELEMENT.getName() : type.getName();
	}

	/**
	 * A property written twice in one block: the reader cannot tell which one counts. One walk over
	 * the file's nodes finds, for each element, every single-valued feature assigned twice among
	 * its own nodes (those of nested elements count for those elements).
	 */
	@Check
	public void checkPropertiesWrittenOnce(File file) {
		ICompositeNode root = NodeModelUtils.getNode(file);
		if (root != null) {
			propertiesWrittenOnce(root, file, new HashSet<>(), new HashSet<>());
		}
	}

	private void propertiesWrittenOnce(ICompositeNode parent, EObject object, Set<EStructuralFeature> seen,
			Set<EStructuralFeature> reported) {
		for (INode node : parent.getChildren()) {
			if (node instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			// Every feature the metamodel allows once counts, whether its value is text, a reference or
			// an element of its own ("källa kolada \"…\""): the grammar, not a list, says which.
			Assignment assignment = assignmentOf(node.getGrammarElement());
			EStructuralFeature feature = assignment == null ? null
					: object.eClass().getEStructuralFeature(assignment.getFeature());
			boolean single = feature != null && !feature.isMany();
			if (single && !seen.add(feature) && reported.add(feature)) {
				acceptError(Messages.get(IssueCodes.DUPLICATE_PROPERTY, keywordBefore(object, node)), object,
						node.getOffset(), node.getLength(), IssueCodes.DUPLICATE_PROPERTY);
			}
			if (node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()
					&& composite.getSemanticElement() != object) {
				propertiesWrittenOnce(composite, composite.getSemanticElement(), new HashSet<>(), new HashSet<>());
				continue;
			}
			if (single && !(feature instanceof EReference reference && reference.isContainment())) {
				// An assigned node is one value: what it is made of (a date's digits, a name's dots) is not looked into.
				continue;
			}
			if (node instanceof ICompositeNode composite) {
				propertiesWrittenOnce(composite, object, seen, reported);
			}
		}
	}

	/** The grammar is fixed, so which assignment holds a grammar element is looked up once, not per node. */
	private static final Map<EObject, Optional<Assignment>> ASSIGNMENTS = new ConcurrentHashMap<>();

	private static Assignment assignmentOf(EObject grammarElement) {
		if (grammarElement == null) {
			return null;
		}
		return ASSIGNMENTS.computeIfAbsent(grammarElement, e -> Optional.ofNullable(GrammarUtil.containingAssignment(e)))
				.orElse(null);
	}

	/** The keyword that introduces a property, e.g. "enhet" for a unit written twice, or the flag itself. */
	private static String keywordBefore(EObject object, INode node) {
		if (node.getGrammarElement() instanceof Keyword flag) {
			return flag.getValue();
		}
		String keyword = NodeModelUtils.getTokenText(node);
		for (ILeafNode leaf : NodeModelUtils.getNode(object).getLeafNodes()) {
			if (leaf.getOffset() >= node.getOffset()) {
				break;
			}
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword candidate) {
				keyword = candidate.getValue();
			}
		}
		return keyword;
	}

	/** The most digits a number may have: what a double holds exactly, so sums and deviations stay numbers. */
	public static final int MAX_DIGITS = 15;

	@Check
	public void checkNumbers(TargetValue value) {
		checkNumberAttributes(value);
	}

	@Check
	public void checkNumbers(MeasuredValue value) {
		checkNumberAttributes(value);
	}

	@Check
	public void checkNumbers(AssessmentRule rule) {
		checkNumberAttributes(rule);
	}

	/**
	 * Every number the metamodel holds as a decimal is one the handbook, the workbooks and the JSON
	 * compute with as a double: more digits than a double holds exactly (a 400-digit number, 10^308)
	 * would check clean and then fail or mislead the build.
	 */
	private void checkNumberAttributes(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() == BigDecimal.class && !attribute.isMany()
					&& object.eGet(attribute) instanceof BigDecimal number && number.precision() > MAX_DIGITS) {
				errorAt(IssueCodes.NUMBER_TOO_LONG, object, attribute, number.precision(), MAX_DIGITS);
			}
		}
	}

	@Check
	public void checkPeriods(Goal goal) {
		checkPeriod(goal, goal.getPeriod(), GOAL__PERIOD);
	}

	@Check
	public void checkPeriods(Plan plan) {
		checkPeriod(plan, plan.getPeriod(), PLAN__PERIOD);
	}

	@Check
	public void checkPeriods(Vision vision) {
		checkPeriod(vision, vision.getPeriod(), VISION__PERIOD);
	}

	private void checkPeriod(EObject object, String text, EStructuralFeature feature) {
		Period years = Period.parse(text);
		if (text != null && (years == null || !years.isPlausible())) {
			errorAt(IssueCodes.INVALID_PERIOD, object, feature, text);
		} else if (years != null && years.isWithinYear()) {
			errorAt(IssueCodes.PERIOD_NOT_YEARS, object, feature, text);
		}
	}

	@Check
	public void checkDate(CycleEvent event) {
		Dates.checked(this, event, event.getDate(), CYCLE_EVENT__DATE);
	}
}
