package governance.dsl.ide.rename;

import java.io.StringReader;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import governance.dsl.Messages;
import governance.dsl.services.StyrmodellGrammarAccess;

/**
 * Rename only to an id the language reads as one (not "x y", not a keyword such as "mål", not
 * empty) and that is free in the municipality: otherwise the planner's references would be left
 * dangling or the file would stop parsing. The refusal is an LSP error with a Swedish message.
 */
public class ValidatedRenameService extends RenameService2 {

	@Inject
	private IParser parser;
	@Inject
	private StyrmodellGrammarAccess grammar;
	@Inject
	private IQualifiedNameProvider names;
	@Inject
	private ResourceDescriptionsProvider descriptions;

	@Override
	public WorkspaceEdit rename(Options options) {
		String newName = options.getRenameParams().getNewName();
		if (!isId(newName)) {
			throw refusal(Messages.get("rename.notAnId", newName == null ? "" : newName));
		}
		String uri = options.getRenameParams().getTextDocument().getUri();
		String taken = options.getLanguageServerAccess().doRead(uri, context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return null;
			}
			Document document = context.getDocument();
			EObject element = getElementAtOffset(resource, document, options.getRenameParams().getPosition());
			QualifiedName current = element == null ? null : names.getFullyQualifiedName(element);
			if (current == null || current.getSegmentCount() < 2) {
				return null;
			}
			QualifiedName wanted = current.skipLast(1).append(newName);
			IResourceDescriptions index = descriptions.getResourceDescriptions(resource);
			return index.getExportedObjects(org.eclipse.emf.ecore.EcorePackage.Literals.EOBJECT, wanted, false)
					.iterator().hasNext() ? wanted.toString() : null;
		}).join();
		if (taken != null) {
			throw refusal(Messages.get("rename.taken", newName));
		}
		return super.rename(options);
	}

	/**
	 * Whether the text parses as one id of the language, and nothing more. The language's own words
	 * ("mål", "nämnd") parse as ids in most places, but a new name should not be one.
	 */
	private boolean isId(String text) {
		if (text == null || text.isBlank() || !text.strip().equals(text)
				|| GrammarUtil.getAllKeywords(grammar.getGrammar()).contains(text)) {
			return false;
		}
		IParseResult result = parser.parse(grammar.getValidIDRule(), new StringReader(text));
		return !result.hasSyntaxErrors() && result.getRootNode().getText().equals(text);
	}

	private static ResponseErrorException refusal(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}
}
