package governance.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * An element whose own text failed to parse is half read: a rule or a reference checked on it
 * would report what its syntax error already explains ("has no parent goal" for a goal whose
 * "leder till" line was lost, "Målet 'indikator' finns inte" after a trailing comma). Its syntax
 * error is its one message; the elements inside it and around it are checked as usual.
 */
public class StyrmodellResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		Set<URI> broken = brokenElements(resource);
		if (broken.isEmpty()) {
			return issues;
		}
		List<Issue> kept = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			if (issue.isSyntaxError() || issue.getUriToProblem() == null || !broken.contains(issue.getUriToProblem())) {
				kept.add(issue);
			}
		}
		return kept;
	}

	/** The last visible leaf before the node, or the node itself at the start of the file. */
	private static INode previousLeaf(INode node) {
		int offset = node.getOffset();
		INode previous = node;
		for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getTotalEndOffset() > offset) {
				break;
			}
			if (!leaf.isHidden()) {
				previous = leaf;
			}
		}
		return previous;
	}

	private static Set<URI> brokenElements(Resource resource) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null
				|| !xtext.getParseResult().hasSyntaxErrors()) {
			return Set.of();
		}
		Set<URI> broken = new HashSet<>();
		for (INode error : xtext.getParseResult().getSyntaxErrors()) {
			// The element the error stands in, and the one the word before it belongs to: "90 procent }"
			// reads "procent" as a group of a split, which the error explains.
			for (EObject element : new EObject[] { NodeModelUtils.findActualSemanticObjectFor(error),
					NodeModelUtils.findActualSemanticObjectFor(previousLeaf(error)) }) {
				if (element != null && element.eResource() == resource) {
					broken.add(resource.getURI().appendFragment(resource.getURIFragment(element)));
				}
			}
		}
		return broken;
	}
}
