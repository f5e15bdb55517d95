package governance.dsl.ide.folding;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Blocks fold (Xtext's default), and so do runs of line comments: plans open with a few lines
 * of "// Källa: …" that a planner folds away once read. Xtext folds only block comments.
 */
public class CommentBlockFolding extends DefaultFoldingRangeProvider {

	@Override
	protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
		super.computeCommentFolding(resource, acceptor);
		if (resource.getParseResult() == null) {
			return;
		}
		int start = -1;
		int end = -1;
		int lines = 0;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (isLineComment(leaf)) {
				if (start < 0) {
					start = leaf.getOffset();
					lines = 0;
				}
				end = leaf.getEndOffset();
				lines++;
			} else if (!leaf.isHidden() || leaf.getText().chars().filter(c -> c == '\n').count() > 1
					|| !leaf.getText().isBlank()) {
				// Code, or a blank line, ends a run of comments.
				acceptRun(acceptor, start, end, lines);
				start = -1;
			}
		}
		acceptRun(acceptor, start, end, lines);
	}

	private static void acceptRun(IFoldingRangeAcceptor acceptor, int start, int end, int lines) {
		if (start >= 0 && lines > 1) {
			// The comment's own line break is not part of the range.
			acceptor.accept(start, end - start - 1, FoldingRangeKind.COMMENT);
		}
	}

	private static boolean isLineComment(ILeafNode leaf) {
		return leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
				&& "SL_COMMENT".equals(rule.getName());
	}
}
