package governance.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Singleton;

import governance.dsl.Messages;

/**
 * Xtext's language server, also for an editor that opens a single .styr file without a folder
 * (double-clicking a plan): Xtext fails to start without a root, but serves loose files in a
 * workspace of no folders. References to other files then show as missing, which is true.
 */
@Singleton
public class LooseFilesLanguageServer extends LanguageServerImpl {

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		@SuppressWarnings("deprecation")
		boolean noRoot = params.getRootUri() == null && params.getRootPath() == null;
		if (noRoot && params.getWorkspaceFolders() == null) {
			params.setWorkspaceFolders(List.of());
			if (params.getCapabilities() == null) {
				params.setCapabilities(new ClientCapabilities());
			}
			if (params.getCapabilities().getWorkspace() == null) {
				params.getCapabilities().setWorkspace(new WorkspaceClientCapabilities());
			}
			params.getCapabilities().getWorkspace().setWorkspaceFolders(true);
		}
		return super.initialize(params);
	}

	/**
	 * A method no service offers is MethodNotFound (-32601), as JSON-RPC says; Xtext throws an
	 * UnsupportedOperationException there, which would reach the client as an internal error.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException e) {
			return CompletableFuture.failedFuture(new ResponseErrorException(
					new ResponseError(ResponseErrorCode.MethodNotFound, Messages.get("lsp.unknownMethod", method), null)));
		}
	}

	/** An unknown notification is ignored, as LSP asks ("$/…" ones may be dropped). */
	@Override
	public void notify(String method, Object parameter) {
		try {
			super.notify(method, parameter);
		} catch (UnsupportedOperationException e) {
			// nothing to answer
		}
	}

	/** The code a syntax error carries to the editor (Problems view, quick fixes), in place of Xtext's class name. */
	public static final String SYNTAX = "styrmodell.syntax";
	/** The code of a name that is not found. */
	public static final String REFERENCE = "styrmodell.reference";

	/**
	 * Diagnostics carry the language's own codes: a planner's Problems view shows
	 * "styrmodell.reference", never Xtext's internal class names.
	 */
	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource("styrmodell");
		String code = issue.getCode();
		if (org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC.equals(code) || issue.isSyntaxError()) {
			diagnostic.setCode(SYNTAX);
		} else if (org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			diagnostic.setCode(REFERENCE);
		} else if (code != null && !code.startsWith("styrmodell.")) {
			diagnostic.setCode("styrmodell.other");
		}
		return diagnostic;
	}
}
