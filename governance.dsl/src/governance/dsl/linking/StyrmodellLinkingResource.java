package governance.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * A resource whose resolved references do not compose error messages. Xtext, on every reference
 * it resolves in a file that has any error or warning, builds the message the reference would
 * have had if it were broken, only to find and remove that diagnostic: ours proposes the nearest
 * names ("Menade du …?") from every candidate in scope, so one broken reference in a 20,000-line
 * plan made each of its thousands of good references compute a spelling suggestion. A linking
 * diagnostic belongs to one reference node: the one at the node just resolved (its offset and
 * length) is removed, whatever its text.
 */
public class StyrmodellLinkingResource extends LazyLinkingResource {

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (getErrors().isEmpty() && getWarnings().isEmpty()) {
			return;
		}
		INode node = triple.getThird();
		remove(getErrors(), node);
		remove(getWarnings(), node);
	}

	private static void remove(java.util.List<Resource.Diagnostic> diagnostics, INode node) {
		for (int i = 0; i < diagnostics.size(); i++) {
			if (diagnostics.get(i) instanceof XtextLinkingDiagnostic linking && linking.getOffset() == node.getOffset()
					&& linking.getLength() == node.getLength()) {
				diagnostics.remove(i);
				return;
			}
		}
	}
}
