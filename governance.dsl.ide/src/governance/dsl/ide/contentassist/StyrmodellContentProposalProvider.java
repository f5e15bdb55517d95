package governance.dsl.ide.contentassist;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

import governance.dsl.index.WorkspaceIndex;
import governance.dsl.index.WorkspaceIndex.IndexedGoal;
import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * What completion proposes besides references' titles (see {@link TitledCrossrefProposalProvider}):
 * keywords that are words, and after "leder till" only the goals of the level above, the only
 * ones the model allows a goal to lead to.
 */
public class StyrmodellContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private WorkspaceIndex index;
	@Inject
	private IQualifiedNameProvider names;

	/**
	 * Punctuation ("{", ",", ":") is typed, not chosen: listing it after every id only pushes the
	 * ids down the list.
	 */
	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return Character.isLetter(keyword.getValue().charAt(0)) && super.filterKeyword(keyword, context);
	}

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		Predicate<IEObjectDescription> filter = super.getCrossrefFilter(reference, context);
		EObject model = context.getCurrentModel();
		if (!(model instanceof Goal goal) || GrammarUtil.containingAssignment(reference) == null
				|| !"parents".equals(GrammarUtil.containingAssignment(reference).getFeature())) {
			return filter;
		}
		Level level = ModelView.levelOf(goal);
		QualifiedName parentLevel = level == null || level.getParent() == null ? null
				: names.getFullyQualifiedName(level.getParent());
		if (parentLevel == null) {
			return filter; // a model without levels: every goal may be meant
		}
		Map<String, String> levels = new HashMap<>();
		for (IndexedGoal indexed : index.goals(goal)) {
			if (indexed.level() != null) {
				levels.put(indexed.name(), indexed.level());
			}
		}
		String wanted = parentLevel.toString();
		// Goals whose level the index cannot tell stay in the list: better one too many than the one meant missing.
		return candidate -> filter.apply(candidate) && (candidate.getEClass() != Literals.GOAL
				|| !levels.containsKey(candidate.getQualifiedName().toString())
				|| wanted.equals(levels.get(candidate.getQualifiedName().toString())));
	}
}
