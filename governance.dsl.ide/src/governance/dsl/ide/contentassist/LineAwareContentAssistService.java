package governance.dsl.ide.contentassist;

import java.util.ArrayList;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;

/**
 * Xtext's completion items, with the start of the replaced text taken from the caret's line
 * instead of counted from the top of the text for every proposal. At the end of a 20,000-line
 * plan, with a thousand plan elements to propose after "bidrar till", that counting was nearly
 * all of the 200 ms a completion took. What an item contains is Xtext's.
 */
public class LineAwareContentAssistService extends ContentAssistService {

	@Override
	protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition,
			Document document) {
		CompletionItem item = new CompletionItem();
		item.setLabel(entry.getLabel() != null ? entry.getLabel() : entry.getProposal());
		item.setDetail(entry.getDescription());
		item.setDocumentation(entry.getDocumentation());
		String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
		// The prefix is what was typed of an id or keyword, on the caret's line.
		Position start = prefix.indexOf('\n') < 0 && prefix.length() <= caretPosition.getCharacter()
				? new Position(caretPosition.getLine(), caretPosition.getCharacter() - prefix.length())
				: document.getPosition(caretOffset - prefix.length());
		item.setTextEdit(Either.forLeft(new TextEdit(new Range(start, caretPosition), entry.getProposal())));
		item.setKind(translateKind(entry));
		if (!entry.getTextReplacements().isEmpty()) {
			item.setAdditionalTextEdits(new ArrayList<>(entry.getTextReplacements().size()));
			entry.getTextReplacements().forEach(replacement -> item.getAdditionalTextEdits()
					.add(toTextEdit(replacement, document)));
		}
		if (ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind())) {
			item.setInsertTextFormat(InsertTextFormat.Snippet);
		}
		return item;
	}
}
