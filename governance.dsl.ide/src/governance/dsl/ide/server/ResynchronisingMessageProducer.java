package governance.dsl.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import governance.dsl.Messages;

/**
 * Reads LSP frames as LSP4J's producer does, but survives malformed traffic instead of stopping
 * for good: a header is found anywhere in a line (after a body that was too short), a body that
 * does not parse is searched for the next header (after a Content-Length that was too long), a
 * length beyond {@link #MAX_CONTENT_LENGTH} or not a number is skipped, JSON nested deeper than
 * {@link #MAX_DEPTH} is refused before Gson recurses into it, and nothing a message causes stops
 * the reading thread. Each problem is told once on standard error, in Swedish; the end of the
 * input ends the server.
 */
public class ResynchronisingMessageProducer extends StreamMessageProducer {

	/** Far more than any document an editor sends; a larger length is a framing error, not an allocation. */
	static final int MAX_CONTENT_LENGTH = 256 * 1024 * 1024;
	/** A header line longer than this is garbage: its bytes are dropped. */
	private static final int MAX_HEADER_LINE = 16 * 1024;
	/** LSP messages are a few levels deep; Gson would recurse once per level. */
	static final int MAX_DEPTH = 500;
	private static final byte[] HEADER = "content-length:".getBytes(StandardCharsets.US_ASCII);

	private final MessageJsonHandler jsonHandler;
	private final MessageIssueHandler issueHandler;
	private final PrintStream log;
	private volatile boolean keepRunning;
	/** Bytes read ahead while searching a broken body for the next header; read before the stream. */
	private byte[] pending = new byte[0];
	private int pendingAt;
	/** Whether the last problem has been told already: a run of garbage is told once. */
	private boolean toldProblem;

	public ResynchronisingMessageProducer(InputStream input, MessageJsonHandler jsonHandler, MessageIssueHandler issueHandler,
			PrintStream log) {
		super(input, jsonHandler, issueHandler);
		this.jsonHandler = jsonHandler;
		this.issueHandler = issueHandler;
		this.log = log;
	}

	@Override
	public void listen(MessageConsumer callback) {
		keepRunning = true;
		try {
			int contentLength = -1;
			boolean sawHeader = false;
			while (keepRunning) {
				byte[] line = readLine();
				if (line == null) {
					return;
				}
				if (line.length == 0 || isBlank(line)) {
					if (contentLength >= 0) {
						byte[] body = readBody(contentLength);
						if (body == null) {
							tell("lsp.wire.truncated", contentLength);
							return;
						}
						handle(body, callback);
					} else if (sawHeader) {
						tell("lsp.wire.noLength");
					}
					contentLength = -1;
					sawHeader = false;
					continue;
				}
				sawHeader = true;
				int at = indexOfIgnoreCase(line, HEADER, 0);
				if (at >= 0) {
					contentLength = parseLength(new String(line, at + HEADER.length, line.length - at - HEADER.length,
							StandardCharsets.ISO_8859_1).trim());
				}
			}
		} catch (IOException e) {
			// The client closed the connection: the server ends, as on 'exit'.
		} finally {
			keepRunning = false;
		}
	}

	private int parseLength(String value) {
		try {
			long length = Long.parseLong(value);
			if (length >= 0 && length <= MAX_CONTENT_LENGTH) {
				return (int) length;
			}
		} catch (NumberFormatException e) {
			// told below
		}
		tell("lsp.wire.badLength", value.length() > 40 ? value.substring(0, 40) + "…" : value);
		return -1;
	}

	private void handle(byte[] body, MessageConsumer callback) {
		String content = new String(body, StandardCharsets.UTF_8);
		int next = indexOfIgnoreCase(body, HEADER, 0);
		if (next >= 0 && !parses(content)) {
			// The declared length swallowed the start of the next message: read on from its header,
			// and take what stands before it as the message it was meant to be.
			pushBack(body, next);
			content = new String(body, 0, next, StandardCharsets.UTF_8);
			tell("lsp.wire.resynchronised");
		}
		if (depth(content) > MAX_DEPTH) {
			tell("lsp.wire.tooDeep", MAX_DEPTH);
			answerTooDeep(content);
			return;
		}
		Message message;
		try {
			message = jsonHandler.parseMessage(content);
		} catch (MessageIssueException e) {
			issueHandler.handle(e.getRpcMessage(), swedish(e.getIssues()));
			return;
		} catch (RuntimeException | StackOverflowError e) {
			tell("lsp.wire.notJson");
			return;
		}
		if (message == null) {
			tell("lsp.wire.notJson");
			return;
		}
		toldProblem = false;
		try {
			callback.consume(message);
		} catch (MessageIssueException e) {
			issueHandler.handle(e.getRpcMessage(), swedish(e.getIssues()));
		} catch (RuntimeException | StackOverflowError e) {
			// One message that fails must not stop the reading of the next.
			log.println(Messages.get("lsp.wire.failed", e.getClass().getSimpleName()));
		}
	}

	/**
	 * A request too deep to parse still gets its answer, an error, so that the client does not wait
	 * for it for ever: its id and method are read from the top level of the text alone. A
	 * notification (no id) gets none, as JSON-RPC says.
	 */
	private void answerTooDeep(String content) {
		Either<String, Number> id = topLevelId(content);
		if (id == null) {
			return;
		}
		RequestMessage request = new RequestMessage();
		request.setRawId(id);
		request.setMethod(topLevelString(content, "method"));
		issueHandler.handle(request, List.of(new MessageIssue(Messages.get("lsp.wire.tooDeepAnswer", MAX_DEPTH),
				ResponseErrorCode.InvalidRequest.getValue())));
	}

	/** The id of a message from its top level, without parsing what is nested: a number or a string, else null. */
	static Either<String, Number> topLevelId(String json) {
		String value = topLevelValue(json, "id");
		if (value == null) {
			return null;
		}
		if (value.startsWith("\"")) {
			String text = unquote(value);
			return text == null ? null : Either.forLeft(text);
		}
		try {
			return Either.forRight(new java.math.BigDecimal(value).longValueExact());
		} catch (ArithmeticException | NumberFormatException e) {
			return null;
		}
	}

	private static String topLevelString(String json, String key) {
		String value = topLevelValue(json, key);
		return value != null && value.startsWith("\"") ? unquote(value) : null;
	}

	private static String unquote(String quoted) {
		try {
			return com.google.gson.JsonParser.parseString(quoted).getAsString();
		} catch (RuntimeException e) {
			return null;
		}
	}

	/**
	 * The text of a scalar value (a number, or a string with its quotes) under a key of the
	 * outermost object, found by one pass that counts brackets; null when absent or not a scalar.
	 */
	static String topLevelValue(String json, String key) {
		int depth = 0;
		String lastString = null;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '"') {
				int end = i + 1;
				while (end < json.length() && json.charAt(end) != '"') {
					end += json.charAt(end) == '\\' ? 2 : 1;
				}
				if (end >= json.length()) {
					return null;
				}
				lastString = depth == 1 ? json.substring(i, end + 1) : null;
				i = end;
			} else if (c == '{' || c == '[') {
				depth++;
				lastString = null;
			} else if (c == '}' || c == ']') {
				depth--;
				lastString = null;
			} else if (c == ':' && depth == 1 && ("\"" + key + "\"").equals(lastString)) {
				int start = i + 1;
				while (start < json.length() && Character.isWhitespace(json.charAt(start))) {
					start++;
				}
				if (start >= json.length()) {
					return null;
				}
				if (json.charAt(start) == '"') {
					int end = start + 1;
					while (end < json.length() && json.charAt(end) != '"') {
						end += json.charAt(end) == '\\' ? 2 : 1;
					}
					return end < json.length() ? json.substring(start, end + 1) : null;
				}
				int end = start;
				while (end < json.length() && "-+.eE0123456789".indexOf(json.charAt(end)) >= 0) {
					end++;
				}
				return end > start ? json.substring(start, end) : null;
			} else if (!Character.isWhitespace(c)) {
				if (c != ':') {
					lastString = null;
				}
			}
		}
		return null;
	}

	/** Issues are answered to the client: their texts are Gson's and Java's, with class names. */
	private static List<MessageIssue> swedish(List<MessageIssue> issues) {
		return issues.stream().map(issue -> new MessageIssue(Messages.get("lsp.wire.invalidMessage"),
				issue.getIssueCode() == 0 ? ResponseErrorCode.InvalidParams.getValue() : issue.getIssueCode())).toList();
	}

	private boolean parses(String content) {
		if (depth(content) > MAX_DEPTH) {
			return false;
		}
		try {
			com.google.gson.JsonParser.parseString(content);
			return true;
		} catch (RuntimeException e) {
			return false;
		}
	}

	/** The deepest nesting of brackets outside strings, counted without recursion. */
	static int depth(String json) {
		int depth = 0;
		int deepest = 0;
		boolean inString = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
			} else if (c == '"') {
				inString = true;
			} else if (c == '[' || c == '{') {
				deepest = Math.max(deepest, ++depth);
			} else if (c == ']' || c == '}') {
				depth--;
			}
		}
		return deepest;
	}

	private void tell(String key, Object... arguments) {
		if (!toldProblem) {
			log.println(Messages.get(key, arguments));
			toldProblem = true;
		}
	}

	private void pushBack(byte[] body, int from) {
		byte[] rest = new byte[body.length - from + (pending.length - pendingAt)];
		System.arraycopy(body, from, rest, 0, body.length - from);
		System.arraycopy(pending, pendingAt, rest, body.length - from, pending.length - pendingAt);
		pending = rest;
		pendingAt = 0;
	}

	private int read() throws IOException {
		if (pendingAt < pending.length) {
			return pending[pendingAt++] & 0xff;
		}
		return getInput().read();
	}

	/** A line without its line break; null at the end of the input. Overlong lines are cut. */
	private byte[] readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int c = read();
			if (c < 0) {
				return null;
			}
			if (c == '\n') {
				return line.toByteArray();
			}
			if (c != '\r') {
				if (line.size() >= MAX_HEADER_LINE) {
					// Keep the tail: a header may follow the garbage on the same line.
					byte[] tail = line.toByteArray();
					line.reset();
					line.write(tail, tail.length - HEADER.length - 32, HEADER.length + 32);
					tell("lsp.wire.garbage");
				}
				line.write(c);
			}
		}
	}

	private byte[] readBody(int length) throws IOException {
		byte[] body = new byte[length];
		int read = 0;
		while (read < length && pendingAt < pending.length) {
			body[read++] = pending[pendingAt++];
		}
		while (read < length) {
			int n = getInput().read(body, read, length - read);
			if (n < 0) {
				return null;
			}
			read += n;
		}
		return body;
	}

	private static boolean isBlank(byte[] line) {
		for (byte b : line) {
			if (b != ' ' && b != '\t') {
				return false;
			}
		}
		return true;
	}

	private static int indexOfIgnoreCase(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = from; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				int c = haystack[i + j];
				if (c >= 'A' && c <= 'Z') {
					c += 'a' - 'A';
				}
				if (c != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	@Override
	public void close() {
		keepRunning = false;
		super.close();
	}
}
