package governance.dsl.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Keywords are proposed when they are words ("målområde", "leder"): punctuation ("{", ",", ":")
 * is typed, not chosen, and listing it after every id only pushes the ids down the list.
 */
public class WordKeywordsProposalProvider extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return Character.isLetter(keyword.getValue().charAt(0)) && super.filterKeyword(keyword, context);
	}
}
