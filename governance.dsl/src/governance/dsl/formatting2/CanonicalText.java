package governance.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
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

	/** Formats a resource that parsed without syntax errors. */
	public String of(XtextResource resource) {
		ITextRegionAccess regionAccess = regionAccessBuilder.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(regionAccess);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatter.get().format(request);
		return regionAccess.getRewriter().renderToString(replacements);
	}
}
