package governance.dsl.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * Puts into the index what the workspace-wide rules count (goals per level, committee goals per
 * council goal, areas in use), so they are checked without loading every file. References are
 * recorded as written, qualified with the file's municipality: the index is built before linking.
 */
public class StyrmodellResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String AREA = "area";
	public static final String LEVEL = "level";
	public static final String OWNER = "owner";
	public static final String PARENTS = "parents";
	public static final String PARENT = "parent";
	/** A measure's or follow-up's utfall, one record per value: see {@link IndexedOutcomes}. */
	public static final String OUTCOMES = "outcomes";
	/** A follow-up's jämförelsevärden, {@link governance.dsl.model.Comparisons.Indexed} lines. */
	public static final String COMPARISONS = "comparisons";
	/** A follow-up's point, year, own month and line, for "one follow-up per point, year and owner". */
	public static final String POINT = "point";
	public static final String YEAR = "year";
	public static final String MONTH = "month";
	public static final String LINE = "line";
	/** The målområden a plan states as not applicable to its owner. */
	public static final String NOT_APPLICABLE = "notApplicable";

	private static final String PLAN_OWNER = StyrmodellResourceDescriptionStrategy.class.getName() + ".planOwner";

	@Inject
	private IResourceScopeCache cache;

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Goal goal) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(goal);
			if (name != null) {
				Map<String, String> data = new HashMap<>();
				String namespace = ModelView.namespaceOf(goal);
				put(data, AREA, referenceText(goal, Literals.GOAL__AREA, namespace));
				put(data, LEVEL, referenceText(goal, Literals.GOAL__LEVEL, namespace));
				String owner = referenceText(goal, Literals.GOAL__OWNER, namespace);
				Plan plan = ModelView.planOf(goal);
				if (owner == null && plan != null) {
					// Once per plan, not once per goal: finding the plan's 'ägare' walks all its
					// statements, and a plan may hold a thousand goals.
					owner = cache.get(Tuples.create(PLAN_OWNER, plan), plan.eResource(),
							() -> referenceText(plan, Literals.PLAN__OWNER, namespace));
				}
				put(data, OWNER, owner);
				put(data, PARENTS, referenceText(goal, Literals.GOAL__PARENTS, namespace));
				acceptor.accept(EObjectDescription.create(name, goal, data));
			}
			return true;
		}
		if (object instanceof Organisation organisation) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(organisation);
			if (name != null) {
				Map<String, String> data = new HashMap<>();
				String namespace = ModelView.namespaceOf(organisation);
				put(data, LEVEL, referenceText(organisation, Literals.ORGANISATION__LEVEL, namespace));
				put(data, PARENT, referenceText(organisation, Literals.ORGANISATION__PARENT, namespace));
				acceptor.accept(EObjectDescription.create(name, organisation, data));
			}
			return true;
		}
		if (object instanceof Measure measure && !measure.getOutcomes().isEmpty()) {
			return accept(measure, acceptor, data -> put(data, OUTCOMES,
					IndexedOutcomes.encode(measure.getOutcomes(), ModelView.namespaceOf(measure), false)));
		}
		if (object instanceof FollowUp followUp) {
			return accept(followUp, acceptor, data -> {
				String namespace = ModelView.namespaceOf(followUp);
				put(data, OUTCOMES, IndexedOutcomes.encode(followUp.getOutcomes(), namespace, true));
				put(data, COMPARISONS, comparisons(followUp, namespace));
				put(data, POINT, referenceText(followUp, Literals.FOLLOW_UP__POINT, namespace));
				put(data, OWNER, referenceText(followUp, Literals.FOLLOW_UP__OWNER, namespace));
				int year = FollowUpOrder.year(followUp);
				put(data, YEAR, year == 0 ? null : Integer.toString(year));
				put(data, MONTH, IndexedFollowUps.ownMonth(followUp));
				INode node = NodeModelUtils.getNode(followUp);
				put(data, LINE, node == null ? null : Integer.toString(node.getStartLine()));
			});
		}
		if (object instanceof Plan plan && !plan.getNotApplicable().isEmpty()) {
			return accept(plan, acceptor, data -> put(data, NOT_APPLICABLE, plan.getNotApplicable().stream()
					.map(area -> referenceText(area, Literals.AREA_NOT_APPLICABLE__AREA, ModelView.namespaceOf(plan)))
					.filter(text -> text != null && !text.isEmpty()).collect(Collectors.joining(","))));
		}
		return super.createEObjectDescriptions(object, acceptor);
	}

	/** Exports a named element with the user data that {@code fill} puts in; its contents are visited too. */
	private boolean accept(EObject object, IAcceptor<IEObjectDescription> acceptor,
			java.util.function.Consumer<Map<String, String>> fill) {
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
		if (name != null) {
			Map<String, String> data = new HashMap<>();
			fill.accept(data);
			acceptor.accept(EObjectDescription.create(name, object, data));
		}
		return true;
	}

	private static void put(Map<String, String> data, String key, String value) {
		if (value != null && !value.isEmpty()) {
			data.put(key, value);
		}
	}

	/** The written reference(s) of a feature, comma-separated, each qualified with the namespace if written plain. */
	private static String comparisons(FollowUp followUp, String namespace) {
		List<String> lines = new java.util.ArrayList<>();
		for (governance.dsl.styrmodell.ComparisonValue value : followUp.getComparisons()) {
			INode node = NodeModelUtils.getNode(value);
			String line = governance.dsl.model.Comparisons.Indexed.encode(
					referenceText(value, Literals.COMPARISON_VALUE__MEASURE, namespace), value,
					node == null ? 0 : node.getStartLine());
			if (line != null) {
				lines.add(line);
			}
		}
		return String.join("\n", lines);
	}

	public static String referenceText(EObject object, EStructuralFeature feature, String namespace) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		return nodes.stream().map(node -> NodeModelUtils.getTokenText(node).trim()).filter(text -> !text.isEmpty())
				.map(text -> qualify(text, namespace)).collect(Collectors.joining(","));
	}

	public static String qualify(String text, String namespace) {
		return text.contains(".") || namespace == null ? text : namespace + "." + text;
	}
}
