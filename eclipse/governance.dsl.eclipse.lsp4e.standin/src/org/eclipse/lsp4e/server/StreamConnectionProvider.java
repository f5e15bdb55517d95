package org.eclipse.lsp4e.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A stand-in for the interface of the same name in LSP4E (package version 0.1.0), which is not on
 * Maven Central: its abstract methods only, so that governance.dsl.eclipse compiles and its tests
 * run. In Eclipse the plug-in's optional import of this package is wired to the real LSP4E, whose
 * interface adds default methods (initialization options, trace, message hooks) that the plug-in
 * does not override. This bundle is never part of the update site.
 */
public interface StreamConnectionProvider {

	void start() throws IOException;

	InputStream getInputStream();

	OutputStream getOutputStream();

	/** The server's error output, or null when there is none apart from standard output. */
	InputStream getErrorStream();

	void stop();
}
