package governance.dsl.ide.server;

import governance.dsl.build.LanguageFiles;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;

import governance.dsl.ide.indexing.LanguageFilesScanner;
import governance.dsl.ide.indexing.LanguageFilesWorkspaceManager;

/**
 * The workspace-wide bindings of the language server, mixed into Xtext's {@code ServerModule}
 * (the language's own services are bound in {@code StyrmodellIdeModule}).
 */
public class StyrmodellServerModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(IFileSystemScanner.class).to(LanguageFilesScanner.class);
		bind(WorkspaceManager.class).to(LanguageFilesWorkspaceManager.class);
		bind(LanguageServerImpl.class).to(LooseFilesLanguageServer.class);
	}
}
