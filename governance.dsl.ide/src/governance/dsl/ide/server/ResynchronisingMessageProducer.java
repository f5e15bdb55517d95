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
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
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
