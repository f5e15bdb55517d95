package governance.dsl.eclipse.tests;

import java.nio.file.Path;

/** What the plug-in declares, and where the tests find the repository's files. */
final class Ids {

	static final String PLUG_IN = "governance.dsl.eclipse";
	static final String CONTENT_TYPE = "governance.dsl.eclipse.styr";
	static final String SERVER = "governance.dsl.eclipse.server";

	private Ids() {
	}

	/** The VS Code extension's folder (system property set by the build). */
	static Path vscode() {
		return Path.of(System.getProperty("styrmodell.vscode"));
	}

	/** The examples folder (system property set by the build). */
	static Path examples() {
		return Path.of(System.getProperty("styrmodell.examples"));
	}
}
