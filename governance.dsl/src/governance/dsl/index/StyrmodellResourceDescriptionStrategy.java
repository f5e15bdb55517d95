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

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Goal;
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
		return super.createEObjectDescriptions(object, acceptor);
	}

	private static void put(Map<String, String> data, String key, String value) {
		if (value != null && !value.isEmpty()) {
			data.put(key, value);
		}
	}

	/** The written reference(s) of a feature, comma-separated, each qualified with the namespace if written plain. */
	static String referenceText(EObject object, EStructuralFeature feature, String namespace) {
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
