package governance.dsl.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

import governance.dsl.Messages;
import governance.dsl.parser.antlr.StyrmodellParser;

/**
 * A syntax error stays inside the statement or block it is in. ANTLR recovers from a stray token
 * by leaving the block it is in: one garbage line inside a goal used to end the goal there, close
 * the plan with the goal's brace and leave the plan's own brace "too many", and every later goal
 * lost its plan. When a parse has such follow-on errors, the text is parsed again with a repair
 * at the first error: a string closed at the end of its line, a '{' added after an element's
 * title when the lines under it are indented as its block, or the broken line (with the block it
 * opens) read as if it were a comment. Each repair carries the message of the error it explains;
 * the repair that leaves the fewest other errors is kept, and none if none helps. The node
 * model's text stays the document's: only tokens are hidden or added with no width.
 */
public class RecoveringStyrmodellParser extends StyrmodellParser {

	/** Kinds of syntax error (the first item of the message's issue data). */
	static final String SKIPPED = "skipped";
	static final String STRAY = "stray";
	static final String MISSING = "missing";
	static final String COMMA = "comma";
	static final String HEADER = "header";

	/** Each try is a full parse: a file broken in many places gets its first places repaired. */
	private static final int MAX_PARSES = 10;
	/** A plan this long (some 10,000 lines) is parsed again only a few times: an edit must answer at once. */
	private static final int LONG_TEXT = 400_000;
	private static final int MAX_PARSES_OF_LONG_TEXT = 3;

	private final ThreadLocal<Replay> replay = new ThreadLocal<>();

	enum Kind {
		HIDE, INSERT_BRACE, CLOSE_STRING
	}

	/**
	 * A repair: tokens from start to end hidden (the message on those from {@code at}), a '{' added
	 * at start, or a string that starts at start closed at end.
	 */
	record Fix(Kind kind, int start, int end, int at, String message) {
		Fix(Kind kind, int start, int end, String message) {
			this(kind, start, end, start, message);
		}

		int errorOffset() {
			return kind == Kind.HIDE ? at : start;
		}

		int length() {
			return kind == Kind.HIDE ? end - at + 1 : 0;
		}
	}

	private record Attempt(IParseResult result, List<Fix> fixes, int unexplained) {
	}

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		IParseResult first = super.doParse(ruleName, in, builder, initialLookAhead);
		if (!first.hasSyntaxErrors()) {
			return first;
		}
		List<INode> errors = unexplained(first, List.of());
		if (errors.size() < 2 || HEADER.equals(kind(errors.get(0)))) {
			// One error and nothing after it: ANTLR's own recovery was good. A file without its
			// header: the header is what to write first.
			return first;
		}
		String text = in.substring(0, in.size() - 1);
		Attempt best = new Attempt(first, List.of(), errors.size());
		Attempt current = best;
		int parses = 1;
		int budget = text.length() > LONG_TEXT ? MAX_PARSES_OF_LONG_TEXT : MAX_PARSES;
		while (parses < budget) {
			INode anchor = unexplained(current.result(), current.fixes()).stream()
					.filter(node -> kind(node) != null && !HEADER.equals(kind(node))).findFirst().orElse(null);
			if (anchor == null) {
				break;
			}
			Attempt next = null;
			for (Fix fix : candidates(text, current, anchor)) {
				if (parses >= budget) {
					break;
				}
				List<Fix> fixes = new ArrayList<>(current.fixes());
				fixes.add(fix);
				IParseResult result = parse(ruleName, text, fixes, builder, initialLookAhead);
				parses++;
				if (result == null) {
					continue;
				}
				Attempt attempt = new Attempt(result, fixes, unexplained(result, fixes).size());
				if (next == null || attempt.unexplained() < next.unexplained()) {
					next = attempt;
				}
				if (attempt.unexplained() == 0) {
					break;
				}
			}
			if (next == null || next.unexplained() > current.unexplained()) {
				break;
			}
			if (next.unexplained() < best.unexplained()) {
				best = next;
			}
			current = next;
		}
		return best.result();
	}

	private IParseResult parse(String ruleName, String text, List<Fix> fixes, NodeModelBuilder builder,
			int initialLookAhead) {
		try {
			Replay repaired = new Replay(Lexed.of(this, text, fixes), fixes);
			if (!repaired.coversExactly(text)) {
				return null; // the node model's text must be the document's, or nothing else is right
			}
			replay.set(repaired);
			return super.doParse(ruleName, new ANTLRStringStream(text), builder, initialLookAhead);
		} catch (RuntimeException e) {
			return null; // a repair is a courtesy: the first parse stands
		} finally {
			replay.remove();
		}
	}

	/** The repairs worth a try at the error, most specific first. */
	private List<Fix> candidates(String text, Attempt current, INode anchor) {
		Lexed lexed = Lexed.of(this, text, current.fixes());
		List<INode> errors = unexplained(current.result(), current.fixes());
		List<Fix> fixes = new ArrayList<>();
		Fix closeString = lexed.closeStringBefore(anchor.getOffset());
		if (closeString != null) {
			fixes.add(closeString);
		}
		Fix brace = lexed.braceFor(anchor.getOffset());
		if (brace != null) {
			fixes.add(brace);
		}
		Fix hide = lexed.regionAt(anchor, errors);
		if (hide != null) {
			fixes.add(hide);
		}
		// A repair never overlaps an earlier one: their tokens would be dropped twice or kept twice.
		fixes.removeIf(fix -> current.fixes().stream()
				.anyMatch(done -> fix.start() <= Math.max(done.end(), done.start()) && done.start() <= Math.max(fix.end(), fix.start())));
		return fixes;
	}

	/** Syntax errors other than the messages of this parser's repairs, in the order of the text. */
	static List<INode> unexplained(IParseResult result, List<Fix> fixes) {
		List<INode> nodes = new ArrayList<>();
		for (INode node : result.getSyntaxErrors()) {
			if (fixes.stream().noneMatch(fix -> fix.errorOffset() == node.getOffset() && node.getLength() == fix.length())) {
				nodes.add(node);
			}
		}
		nodes.sort(Comparator.comparingInt(INode::getOffset));
		return nodes;
	}

	static String kind(INode node) {
		SyntaxErrorMessage message = node.getSyntaxErrorMessage();
		String[] data = message == null ? null : message.getIssueData();
		return data == null || data.length == 0 ? null : data[0];
	}

	/** Where the error's own repair anchors, when it is not the error's node (a trailing comma). */
	static int anchorOffset(INode node) {
		SyntaxErrorMessage message = node.getSyntaxErrorMessage();
		String[] data = message == null ? null : message.getIssueData();
		if (data != null && data.length > 1) {
			try {
				return Integer.parseInt(data[1]);
			} catch (NumberFormatException e) {
				// the node's own offset
			}
		}
		return node.getOffset();
	}

	@Override
	protected TokenSource createLexer(CharStream stream) {
		Replay current = replay.get();
		return current == null ? super.createLexer(stream) : current.source();
	}

	TokenSource lexer(String text) {
		return super.createLexer(new ANTLRStringStream(text));
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		Replay current = replay.get();
		if (current == null) {
			return super.createTokenStream(tokenSource);
		}
		return new XtextTokenStream(tokenSource, getTokenDefProvider()) {
			@Override
			public String getLexerErrorMessage(Token invalidToken) {
				return current.message(invalidToken);
			}
		};
	}

	/** The tokens of the text with the strings of earlier repairs closed, and where lexing failed. */
	record Lexed(String text, List<CommonToken> tokens, Map<Integer, String> lexerErrors, Map<String, Integer> types) {

		static Lexed of(RecoveringStyrmodellParser parser, String text, List<Fix> fixes) {
			char[] variant = text.toCharArray();
			for (Fix fix : fixes) {
				if (fix.kind() == Kind.CLOSE_STRING) {
					variant[fix.end()] = '"'; // the line break ends the string: same length, same offsets
				}
			}
			TokenSource lexer = parser.lexer(new String(variant));
			List<CommonToken> tokens = new ArrayList<>();
			Map<Integer, String> lexerErrors = new HashMap<>();
			for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
				CommonToken common = (CommonToken) token;
				if (token.getType() == Token.INVALID_TOKEN_TYPE && lexer instanceof org.eclipse.xtext.parser.antlr.Lexer xtext) {
					lexerErrors.put(common.getStartIndex(), xtext.getErrorMessage(token));
				}
				common.setText(text.substring(common.getStartIndex(), common.getStopIndex() + 1));
				tokens.add(common);
			}
			Map<String, Integer> types = new HashMap<>();
			parser.getTokenDefProvider().getTokenDefMap().forEach((type, name) -> types.put(name, type));
			return new Lexed(text, tokens, lexerErrors, types);
		}

		boolean significant(CommonToken token) {
			return !(is(token, "RULE_WS") || is(token, "RULE_SL_COMMENT") || is(token, "RULE_ML_COMMENT"));
		}

		boolean is(CommonToken token, String name) {
			Integer type = types.get(name.startsWith("RULE_") ? name : "'" + name + "'");
			return type != null && token.getType() == type;
		}

		int indexAt(int offset) {
			for (int i = 0; i < tokens.size(); i++) {
				CommonToken token = tokens.get(i);
				if (token.getStopIndex() >= offset && significant(token)) {
					return i;
				}
			}
			return -1;
		}

		/**
		 * The line with the error, and the rest of a block that line opens, but never a brace that
		 * closes an outer block; a stray character or a trailing comma alone.
		 */
		Fix regionAt(INode anchor, List<INode> errors) {
			String kind = kind(anchor);
			int index = indexAt(anchorOffset(anchor));
			if (index < 0) {
				return null;
			}
			CommonToken error = tokens.get(index);
			if (STRAY.equals(kind) || COMMA.equals(kind)) {
				return new Fix(Kind.HIDE, error.getStartIndex(), error.getStopIndex(), anchor.getSyntaxErrorMessage().getMessage());
			}
			int line = error.getLine();
			int first = index;
			for (int i = index - 1; i >= 0 && tokens.get(i).getLine() == line; i--) {
				if (significant(tokens.get(i))) {
					first = i;
				}
			}
			int depth = 0;
			int last = -1;
			for (int i = first; i < tokens.size(); i++) {
				CommonToken token = tokens.get(i);
				if (!significant(token)) {
					continue;
				}
				if (depth == 0 && token.getLine() != line) {
					break;
				}
				if (is(token, "{")) {
					depth++;
				} else if (is(token, "}")) {
					if (depth == 0) {
						break; // it closes the block the line stands in
					}
					depth--;
				}
				last = i;
			}
			if (last < first) {
				return null;
			}
			int start = tokens.get(first).getStartIndex();
			int end = tokens.get(last).getStopIndex();
			// The first error within the region: the one the planner meets first, shown where it is.
			INode shown = errors.stream().filter(e -> e.getOffset() >= start && e.getOffset() <= end)
					.filter(e -> kind(e) != null).findFirst().orElse(anchor);
			int at = Math.max(start, Math.min(end, shown.getOffset()));
			int atToken = indexAt(at);
			at = atToken < 0 ? start : Math.min(end, tokens.get(atToken).getStartIndex());
			return new Fix(Kind.HIDE, start, end, at, shown.getSyntaxErrorMessage().getMessage());
		}

		/** A string that runs over a line end before the error: it is closed at the end of its first line. */
		Fix closeStringBefore(int offset) {
			for (int i = tokens.size() - 1; i >= 0; i--) {
				CommonToken token = tokens.get(i);
				if (token.getStartIndex() >= offset || !is(token, "RULE_STRING")) {
					continue;
				}
				int lineEnd = text.indexOf('\n', token.getStartIndex());
				if (lineEnd < 0 || lineEnd >= token.getStopIndex()) {
					return null; // the nearest string before the error is closed on its line
				}
				// "mål m "Titel {": the block's brace stays a brace, the space before it ends the string.
				String rest = text.substring(token.getStartIndex(), lineEnd).stripTrailing();
				int close = lineEnd;
				if (rest.endsWith(" {")) {
					close = token.getStartIndex() + rest.length() - 2;
				}
				return new Fix(Kind.CLOSE_STRING, token.getStartIndex(), close, Messages.get("syntax.unclosedString"));
			}
			return null;
		}

		/**
		 * "mål x "Titel"" followed by lines indented under it and a '}' at its own indentation: the
		 * '{' after the title is missing.
		 */
		Fix braceFor(int offset) {
			int index = indexAt(offset);
			if (index < 0) {
				return null;
			}
			int errorLineStart = lineStart(tokens.get(index).getStartIndex());
			int indent = indentAt(errorLineStart);
			// The nearest line above that is indented less: the element the error's line belongs to.
			int header = errorLineStart;
			do {
				if (header == 0) {
					return null;
				}
				header = lineStart(header - 1);
			} while (blank(header) || indentAt(header) >= indent);
			int headerIndent = indentAt(header);
			int headerEnd = lineEnd(header);
			CommonToken last = null;
			int depth = 0;
			for (CommonToken token : tokens) {
				if (token.getStartIndex() >= header && token.getStopIndex() < headerEnd && significant(token)) {
					last = token;
					depth += is(token, "{") ? 1 : is(token, "}") ? -1 : 0;
				}
			}
			if (last == null || depth != 0 || !is(last, "RULE_STRING")) {
				return null;
			}
			// The block's end: the next line indented no deeper than the header must be its '}'.
			for (int line = lineEnd(header) + 1; line < text.length(); line = lineEnd(line) + 1) {
				if (blank(line)) {
					continue;
				}
				if (indentAt(line) > headerIndent) {
					continue;
				}
				int first = line + indentAt(line);
				if (indentAt(line) == headerIndent && text.charAt(first) == '}') {
					int closing = lineNumber(line);
					return new Fix(Kind.INSERT_BRACE, last.getStopIndex() + 1, last.getStopIndex(),
							Messages.get("syntax.missingOpenBrace", closing));
				}
				return null;
			}
			return null;
		}

		private int lineStart(int offset) {
			return offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
		}

		private int lineEnd(int lineStart) {
			int end = text.indexOf('\n', lineStart);
			return end < 0 ? text.length() : end;
		}

		private int indentAt(int lineStart) {
			int i = lineStart;
			while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
				i++;
			}
			return i - lineStart;
		}

		private boolean blank(int lineStart) {
			String line = text.substring(lineStart, lineEnd(lineStart)).strip();
			return line.isEmpty() || line.startsWith("//");
		}

		private int lineNumber(int offset) {
			int line = 1;
			for (int i = 0; i < offset; i++) {
				if (text.charAt(i) == '\n') {
					line++;
				}
			}
			return line;
		}
	}

	/** The tokens of one try, with the repairs made. */
	private record Replay(Lexed lexed, List<Fix> fixes) {

		boolean coversExactly(String text) {
			StringBuilder joined = new StringBuilder(text.length());
			int next = 0;
			for (Token token : tokens()) {
				CommonToken common = (CommonToken) token;
				if (common.getStartIndex() != next) {
					return false;
				}
				joined.append(common.getText());
				next = common.getStopIndex() + 1;
			}
			return next == text.length() && joined.toString().equals(text);
		}

		TokenSource source() {
			List<Token> replayed = tokens();
			return new TokenSource() {
				private int next;

				@Override
				public Token nextToken() {
					if (next < replayed.size()) {
						return replayed.get(next++);
					}
					return new CommonToken(Token.EOF);
				}

				@Override
				public String getSourceName() {
					return "styrmodell";
				}
			};
		}

		private List<Token> tokens() {
			List<Token> replayed = new ArrayList<>();
			for (CommonToken token : lexed.tokens()) {
				for (Fix fix : fixes) {
					if (fix.kind() == Kind.CLOSE_STRING && fix.start() == token.getStartIndex()) {
						replayed.add(marker(token, fix.start()));
					}
				}
				Fix hide = fixes.stream().filter(fix -> fix.kind() == Kind.HIDE && token.getStartIndex() >= fix.start()
						&& token.getStopIndex() <= fix.end()).findFirst().orElse(null);
				if (hide == null) {
					replayed.add(new CommonToken(token));
				} else if (token.getStartIndex() == hide.start()) {
					if (hide.at() > hide.start()) {
						// What precedes the error on its line is read as space: the message starts at the error.
						CommonToken space = new CommonToken(token);
						space.setType(lexed.types().get("RULE_WS"));
						space.setChannel(Token.HIDDEN_CHANNEL);
						space.setStopIndex(hide.at() - 1);
						space.setText(lexed.text().substring(hide.start(), hide.at()));
						replayed.add(space);
					}
					CommonToken hidden = new CommonToken(token);
					hidden.setType(Token.INVALID_TOKEN_TYPE);
					hidden.setChannel(Token.HIDDEN_CHANNEL);
					hidden.setStartIndex(hide.at());
					hidden.setStopIndex(hide.end());
					hidden.setText(lexed.text().substring(hide.at(), hide.end() + 1));
					replayed.add(hidden);
				}
				for (Fix fix : fixes) {
					if (fix.kind() == Kind.INSERT_BRACE && fix.start() == token.getStopIndex() + 1) {
						replayed.add(marker(token, fix.start()));
						CommonToken brace = new CommonToken(token);
						brace.setType(lexed.types().get("'{'"));
						brace.setChannel(Token.DEFAULT_CHANNEL);
						brace.setStartIndex(fix.start());
						brace.setStopIndex(fix.start() - 1);
						brace.setText("");
						replayed.add(brace);
					}
				}
			}
			return replayed;
		}

		/** A hidden invalid token of no width: where a repair's message is shown. */
		private static CommonToken marker(CommonToken near, int offset) {
			CommonToken marker = new CommonToken(near);
			marker.setType(Token.INVALID_TOKEN_TYPE);
			marker.setChannel(Token.HIDDEN_CHANNEL);
			marker.setStartIndex(offset);
			marker.setStopIndex(offset - 1);
			marker.setText("");
			return marker;
		}

		String message(Token token) {
			CommonToken common = (CommonToken) token;
			for (Fix fix : fixes) {
				if (fix.errorOffset() == common.getStartIndex()
						&& common.getStopIndex() - common.getStartIndex() + 1 == fix.length()) {
					return fix.message();
				}
			}
			String lexerError = lexed.lexerErrors().get(common.getStartIndex());
			return lexerError != null ? lexerError : "";
		}
	}
}
