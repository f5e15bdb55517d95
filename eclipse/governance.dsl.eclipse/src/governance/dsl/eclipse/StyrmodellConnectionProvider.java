package governance.dsl.eclipse;

import java.io.InputStream;
import java.io.OutputStream;

import org.eclipse.lsp4e.server.StreamConnectionProvider;

/**
 * LSP4E's connection to the Styrmodell language server (plugin.xml, extension
 * {@code org.eclipse.lsp4e.languageServer}): the server runs inside Eclipse ({@link InProcessServer}).
 * LSP4E creates one for the server definition, which is a singleton: every provider of this class
 * stands for the same server, hence the equality by class that LSP4E asks for.
 */
public final class StyrmodellConnectionProvider implements StreamConnectionProvider {

	private final InProcessServer server = new InProcessServer();

	@Override
	public void start() {
		server.start();
	}

	@Override
	public InputStream getInputStream() {
		return server.getInputStream();
	}

	@Override
	public OutputStream getOutputStream() {
		return server.getOutputStream();
	}

	/** None: what the server logs goes to Eclipse's error log. */
	@Override
	public InputStream getErrorStream() {
		return null;
	}

	@Override
	public void stop() {
		server.stop();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StyrmodellConnectionProvider;
	}

	@Override
	public int hashCode() {
		return StyrmodellConnectionProvider.class.hashCode();
	}
}
