package governance.dsl.formatting2;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The canonical text of a parsed file: what {@code govc format} writes and the editor's "format document" shows. */
public class CanonicalText {

	@Inject
	private Provider<IFormatter2> formatter;
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilder;

	/**
	 * Whether the formatter can lay the file out: it parsed, and no element was written twice where
	 * the model holds one (the earlier "källa" is dropped from the model but stays in the text, and
	 * Xtext's formatter cannot place it). Such a file keeps its text until the error is fixed.
	 */
	public static boolean isFormattable(XtextResource resource) {
		return resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors()
				&& droppedElement(resource) == null;
	}

	/** The node of an element the model dropped for a later one written in its place, or null. */
	public static INode droppedElement(XtextResource resource) {
		if (resource.getParseResult() == null) {
			return null;
		}
		EObject root = resource.getParseResult().getRootASTElement();
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node instanceof ICompositeNode composite && composite.hasDirectSemanticElement()) {
				EObject element = composite.getSemanticElement();
				if (element != root && element.eContainer() == null) {
					return node;
				}
			}
		}
		return null;
	}

	/** Formats a resource; one that is not {@link #isFormattable formattable} keeps its text. */
	public String of(XtextResource resource) {
		if (!isFormattable(resource)) {
			return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		}
		ITextRegionAccess regionAccess = regionAccessBuilder.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regionAccess);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatter.get().format(request);
		return regionAccess.getRewriter().renderToString(replacements);
	}
}
