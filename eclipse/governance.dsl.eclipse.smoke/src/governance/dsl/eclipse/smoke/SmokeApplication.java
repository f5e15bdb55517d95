package governance.dsl.eclipse.smoke;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * What an installation of the update site must do, checked headless in a bare Equinox: every
 * bundle resolves, and the plug-in's in-process server answers {@code initialize}. Prints one line
 * per fact for the installation test to read, and exits 0 only if all hold. The plug-in is reached
 * by name (no LSP4E here, so not through its connection provider).
 */
public class SmokeApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		BundleContext bundles = FrameworkUtil.getBundle(SmokeApplication.class).getBundleContext();
		List<String> unresolved = Arrays.stream(bundles.getBundles()).filter(b -> b.getState() == Bundle.INSTALLED)
				.map(b -> b.getSymbolicName() + "_" + b.getVersion()).sorted().toList();
		System.out.println("bundles: " + bundles.getBundles().length);
		System.out.println("unresolved: " + (unresolved.isEmpty() ? "none" : String.join(" ", unresolved)));
		for (Bundle bundle : bundles.getBundles()) {
			if (bundle.getSymbolicName().startsWith("governance.dsl")) {
				System.out.println("bundle: " + bundle.getSymbolicName() + "_" + bundle.getVersion());
			}
		}
		Bundle plugIn = Arrays.stream(bundles.getBundles()).filter(b -> "governance.dsl.eclipse".equals(b.getSymbolicName()))
				.findFirst().orElse(null);
		if (plugIn == null) {
			System.out.println("server: the plug-in is not installed");
			return 1;
		}
		Class<?> type = plugIn.loadClass("governance.dsl.eclipse.InProcessServer");
		Object server = type.getConstructor().newInstance();
		long started = System.nanoTime();
		type.getMethod("start").invoke(server);
		OutputStream toServer = (OutputStream) type.getMethod("getOutputStream").invoke(server);
		InputStream fromServer = (InputStream) type.getMethod("getInputStream").invoke(server);
		send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
				+ "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
		String answer = receive(fromServer);
		long millis = (System.nanoTime() - started) / 1_000_000;
		boolean answered = answer.contains("\"id\":1") && answer.contains("\"capabilities\"") && !answer.contains("\"error\"");
		System.out.println(String.format(Locale.ROOT, "initialize: %s in %d ms", answered ? "answered" : "failed " + answer, millis));
		send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
		receive(fromServer);
		send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
		type.getMethod("stop").invoke(server);
		return answered && unresolved.isEmpty() ? IApplication.EXIT_OK : Integer.valueOf(1);
	}

	private static void send(OutputStream out, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	/** The next message with an id (a response), skipping notifications. */
	private static String receive(InputStream in) throws IOException {
		while (true) {
			int length = -1;
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			while (true) {
				int b = in.read();
				if (b < 0) {
					throw new IOException("the server closed the connection");
				}
				if (b == '\n') {
					String header = line.toString(StandardCharsets.US_ASCII).trim();
					line.reset();
					if (header.isEmpty()) {
						break;
					}
					if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
						length = Integer.parseInt(header.substring("content-length:".length()).trim());
					}
				} else {
					line.write(b);
				}
			}
			String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
			if (body.contains("\"id\"")) {
				return body;
			}
		}
	}

	@Override
	public void stop() {
	}
}
