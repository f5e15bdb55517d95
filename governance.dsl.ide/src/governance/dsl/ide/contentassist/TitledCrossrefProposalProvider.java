package governance.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import governance.dsl.ide.Labels;
import governance.dsl.ide.indexing.TitledResourceDescriptionStrategy;

/**
 * References are proposed by the id a planner writes, with the human title beside it
 * ("kf_m1 — Linköping är en attraktiv …"): ids are short, titles are what planners recognise.
 */
public class TitledCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	/**
	 * Each element once, by its shortest name: within a municipality that is the plain id, and
	 * the qualified name ("linkoping.kf_m1") only once the planner types a dot.
	 */
	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		boolean qualifiedPrefix = context.getPrefix().contains(".");
		Set<URI> seen = new HashSet<>();
		List<IEObjectDescription> candidates = new ArrayList<>();
		for (IEObjectDescription candidate : super.queryScope(scope, crossReference, context)) {
			if (!qualifiedPrefix && candidate.getName().getSegmentCount() > 1) {
				continue;
			}
			if (seen.add(candidate.getEObjectURI())) {
				candidates.add(candidate);
			}
		}
		return candidates;
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			String title = TitledResourceDescriptionStrategy.titleOf(candidate);
			if (title == null && !candidate.getEObjectOrProxy().eIsProxy()) {
				// Elements of the file being edited come from the file itself, not from the index.
				title = Labels.titleOf(candidate.getEObjectOrProxy());
			}
			entry.setDescription(title);
			entry.setDocumentation(Labels.kindOf(candidate.getEClass()));
		}
		return entry;
	}
}
