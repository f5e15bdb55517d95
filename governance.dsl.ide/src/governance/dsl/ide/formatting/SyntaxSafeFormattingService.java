package governance.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import governance.dsl.formatting2.CanonicalText;

/**
 * "Format document" lays the file out as {@code govc format} does (the same formatter), and
 * like {@code govc format} it leaves a file with syntax errors alone: a half-parsed file would
 * be laid out wrongly and the planner's text mangled. Nor a file with a property written twice
 * where the model holds one ("källa" twice): its diagnostic says what to fix first.
 */
public class SyntaxSafeFormattingService extends FormattingService {

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
			CancelIndicator cancelIndicator) {
		return hasSyntaxErrors(resource) ? List.of() : super.format(document, resource, params, cancelIndicator);
	}

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource,
			DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
		return hasSyntaxErrors(resource) ? List.of() : super.format(document, resource, params, cancelIndicator);
	}

	private static boolean hasSyntaxErrors(XtextResource resource) {
		return !CanonicalText.isFormattable(resource);
	}
}
