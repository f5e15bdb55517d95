package governance.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code govc lsp} as an editor starts it, in its own process, fed raw bytes: malformed traffic
 * must be answered or survived, never answered with a Java stack trace and never end in silence.
 * The timeouts are generous: they only fail when the server hangs.
 */
class WireTest {

	private static final long TIMEOUT_SECONDS = 60;

	@TempDir
	Path workspace;

	private Process server;
	private OutputStream toServer;
	private final BlockingQueue<String> fromServer = new LinkedBlockingQueue<>();
	private final Map<Integer, JsonObject> earlier = new HashMap<>();
	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	@AfterEach
	void stop() throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroyForcibly().waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
	}

	@Test
	void unknownMethodIsMethodNotFound() throws Exception {
		start();
		send(request(2, "styrmodell/finnsInte", "{}"));
		JsonObject response = response(2);
		assertEquals(-32601, response.getAsJsonObject("error").get("code").getAsInt(), response.toString());
	}

	@Test
	void neverOpenedFileGivesNoStackTrace() throws Exception {
		start();
		String uri = workspace.resolve("aldrig-öppnad.styr").toUri().toString();
		String position = "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":0,\"character\":0}}";
		send(request(2, "textDocument/hover", position));
		send(request(3, "textDocument/formatting",
				"{\"textDocument\":{\"uri\":\"" + uri + "\"},\"options\":{\"tabSize\":2,\"insertSpaces\":true}}"));
		send(request(4, "textDocument/definition", position));
		response(2);
		response(3);
		response(4);
	}

	@Test
	void contentLengthTooShortResynchronises() throws Exception {
		start();
		byte[] body = body(2, "styrmodell/finnsInte", "{}");
		send(frame("Content-Length: 10\r\n\r\n", body));
		send(request(3, "styrmodell/finnsInte", "{}"));
		assertEquals(-32601, response(3).getAsJsonObject("error").get("code").getAsInt());
	}

	@Test
	void contentLengthTooLongResynchronises() throws Exception {
		start();
		byte[] body = body(2, "styrmodell/finnsInte", "{}");
		send(frame("Content-Length: " + (body.length + 40) + "\r\n\r\n", body));
		send(request(3, "styrmodell/finnsInte", "{}"));
		assertEquals(-32601, response(3).getAsJsonObject("error").get("code").getAsInt());
	}

	@Test
	void hugeContentLengthResynchronises() throws Exception {
		start();
		send(frame("Content-Length: 2000000000\r\n\r\n", body(2, "styrmodell/finnsInte", "{}")));
		send(request(3, "styrmodell/finnsInte", "{}"));
		assertEquals(-32601, response(3).getAsJsonObject("error").get("code").getAsInt());
		send(frame("Content-Length: tolv\r\n\r\n", body(4, "styrmodell/finnsInte", "{}")));
		send(request(5, "styrmodell/finnsInte", "{}"));
		response(5);
	}

	@Test
	void binaryBytesResynchronise() throws Exception {
		start();
		byte[] garbage = new byte[4096];
		new Random(16).nextBytes(garbage);
		send(garbage);
		send("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		send(request(3, "styrmodell/finnsInte", "{}"));
		response(3);
		send(frame("Content-Length: 8\r\n\r\n", new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, '{', '[', '"' }));
		send(request(4, "styrmodell/finnsInte", "{}"));
		response(4);
	}

	@Test
	void deepNestingIsSurvived() throws Exception {
		start();
		String nested = "[".repeat(100_000) + "]".repeat(100_000);
		send(request(2, "textDocument/hover", nested));
		send(request(3, "styrmodell/finnsInte", "{\"a\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_001)));
		send(request(4, "styrmodell/finnsInte", "{}"));
		// Before: the two deep requests were dropped, and a client waited for their answers for ever.
		for (int id : new int[] { 2, 3 }) {
			JsonObject error = response(id).getAsJsonObject("error");
			assertEquals(-32600, error.get("code").getAsInt(), error.toString());
			assertEquals("Begäran är nästlad djupare än 500 nivåer och kan inte läsas.", error.get("message").getAsString());
		}
		response(4);
		String errors = stderr();
		assertTrue(errors.contains("nästlat"), errors);
	}

	@Test
	void aDeepRequestWithAStringIdIsAnsweredAndADeepNotificationIsNot() throws Exception {
		start();
		String nested = "[".repeat(20_000) + "]".repeat(20_000);
		send(frame("", ("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/hover\",\"params\":" + nested + "}")
				.getBytes(StandardCharsets.UTF_8)));
		send(frame("", ("{\"params\":" + nested + ",\"jsonrpc\":\"2.0\",\"id\":\"djup\",\"method\":\"x\"}")
				.getBytes(StandardCharsets.UTF_8)));
		JsonObject answer = null;
		while (answer == null) {
			String message = fromServer.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			assertNotNull(message, "no answer to the deep request with the id \"djup\"");
			JsonObject object = JsonParser.parseString(message).getAsJsonObject();
			if (object.has("id") && object.get("id").isJsonPrimitive() && "djup".equals(object.get("id").getAsString())) {
				answer = object;
			}
		}
		assertEquals(-32600, answer.getAsJsonObject("error").get("code").getAsInt());
	}

	@Test
	void endOfInputClosesCleanly() throws Exception {
		start();
		send("Content-Length: 500\r\n\r\n{\"jsonrpc\":".getBytes(StandardCharsets.US_ASCII));
		toServer.close();
		assertTrue(server.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the server must end when its input ends");
		String errors = stderr();
		assertFalse(errors.contains("\tat "), errors);
	}

	// ---

	private void start() throws Exception {
		Files.writeString(workspace.resolve("modell.styr"), "kommun k \"K\"\n");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xss4m", "-cp", System.getProperty("java.class.path"), "governance.dsl.cli.Govc", "lsp"));
		server = new ProcessBuilder(command).directory(workspace.toFile()).start();
		toServer = server.getOutputStream();
		Thread reader = new Thread(() -> readFrames(server.getInputStream()), "wire-test-reader");
		reader.setDaemon(true);
		reader.start();
		Thread errors = new Thread(() -> {
			try {
				server.getErrorStream().transferTo(stderrSink());
			} catch (IOException e) {
				// the process ended
			}
		}, "wire-test-stderr");
		errors.setDaemon(true);
		errors.start();
		send(request(1, "initialize", "{\"processId\":null,\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}"));
		response(1);
		send(frame("", body(0, "initialized", "{}")));
	}

	private OutputStream stderrSink() {
		return new OutputStream() {
			@Override
			public void write(int b) {
				synchronized (stderr) {
					stderr.write(b);
				}
			}

			@Override
			public void write(byte[] b, int off, int len) {
				synchronized (stderr) {
					stderr.write(b, off, len);
				}
			}
		};
	}

	private String stderr() {
		synchronized (stderr) {
			return stderr.toString(StandardCharsets.UTF_8);
		}
	}

	private void readFrames(InputStream in) {
		try {
			while (true) {
				int length = -1;
				StringBuilder line = new StringBuilder();
				while (true) {
					int c = in.read();
					if (c < 0) {
						return;
					}
					if (c == '\n') {
						String header = line.toString().trim();
						if (header.isEmpty()) {
							break;
						}
						if (header.startsWith("Content-Length:")) {
							length = Integer.parseInt(header.substring("Content-Length:".length()).trim());
						}
						line.setLength(0);
					} else {
						line.append((char) c);
					}
				}
				byte[] content = in.readNBytes(length);
				fromServer.add(new String(content, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			// the process ended
		}
	}

	/** The response to request {@code id}; fails when none comes in time, or when any message carries a stack trace. */
	private JsonObject response(int id) throws InterruptedException {
		JsonObject early = earlier.remove(id);
		if (early != null) {
			return early;
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (true) {
			String message = fromServer.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			assertNotNull(message, "no answer to request " + id + " in " + TIMEOUT_SECONDS + " s; stderr: " + stderr());
			assertFalse(message.contains("\tat ") || message.contains("Exception") || message.contains("java."),
					"a Java stack trace reached the client: " + message);
			JsonElement parsed = JsonParser.parseString(message);
			JsonObject object = parsed.getAsJsonObject();
			if (object.has("id") && !object.get("id").isJsonNull() && object.get("id").getAsInt() == id && !object.has("method")) {
				return object;
			}
			if (object.has("id") && !object.get("id").isJsonNull() && !object.has("method")) {
				// Reads run in parallel: a later request may be answered first.
				earlier.put(object.get("id").getAsInt(), object);
			}
		}
	}

	private void send(byte[] bytes) throws IOException {
		toServer.write(bytes);
		toServer.flush();
	}

	private static byte[] request(int id, String method, String params) {
		return frame("", body(id, method, params));
	}

	private static byte[] body(int id, String method, String params) {
		String idPart = method.equals("initialized") ? "" : "\"id\":" + id + ",";
		return ("{\"jsonrpc\":\"2.0\"," + idPart + "\"method\":\"" + method + "\",\"params\":" + params + "}")
				.getBytes(StandardCharsets.UTF_8);
	}

	/** A frame with the given header, or the right Content-Length when it is empty. */
	private static byte[] frame(String header, byte[] body) {
		String head = header.isEmpty() ? "Content-Length: " + body.length + "\r\n\r\n" : header;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(body);
		return out.toByteArray();
	}
}
