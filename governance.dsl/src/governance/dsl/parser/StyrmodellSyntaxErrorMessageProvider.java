package governance.dsl.parser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

import governance.dsl.Messages;
import governance.dsl.services.StyrmodellGrammarAccess;

/**
 * Syntax errors in Swedish and in the planners' words: the word that is wrong, what may stand
 * there instead, the keyword that was probably meant. The message's issue data says what kind of
 * error it is, for {@link RecoveringStyrmodellParser}.
 */
public class StyrmodellSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** A longer list of what may stand somewhere is cut here: the first words show the kind of thing. */
	private static final int MAX_LISTED = 12;

	@Inject
	private StyrmodellGrammarAccess grammarAccess;

	private ExpectedWords expected;

	private ExpectedWords expectedWords() {
		if (expected == null) {
			expected = new ExpectedWords(grammarAccess.getGrammar());
		}
		return expected;
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return lexerMessage(context);
		}
		String found = describe(exception.token);
		String[] tokenNames = context.getTokenNames();
		EObject current = context.getCurrentContext();
		String message;
		String kind = RecoveringStyrmodellParser.SKIPPED;
		String anchor = null;
		Token previous = previousToken(exception, 1);
		Token beforePrevious = previousToken(exception, 2);
		if (current == null) {
			message = Messages.get("syntax.header");
			kind = RecoveringStyrmodellParser.HEADER; // a file without its header is not repaired
		} else if (isStrayCharacter(exception.token, tokenNames)) {
			message = Messages.get("syntax.badCharacter", found);
			kind = RecoveringStyrmodellParser.STRAY;
		} else if (hyphenInId(exception) != null) {
			message = Messages.get("syntax.hyphenInId", hyphenInId(exception));
		} else if (enDashInPeriod(exception) != null) {
			message = Messages.get("syntax.enDashInPeriod", enDashInPeriod(exception));
		} else if (isToken(beforePrevious, ",") && previous != null && beforePrevious.getLine() < previous.getLine()
				&& exception.token != null && exception.token.getType() != Token.EOF) {
			// "leder till kf_m1," with the next statement on the next line: the comma, not that statement, is wrong.
			message = Messages.get("syntax.trailingComma");
			kind = RecoveringStyrmodellParser.COMMA;
			anchor = String.valueOf(((CommonToken) beforePrevious).getStartIndex());
		} else if (exception instanceof MissingTokenException missing && missing.expecting != Token.EOF) {
			message = Messages.get("syntax.missing", expected(tokenNames, missing.expecting), found);
			kind = RecoveringStyrmodellParser.MISSING;
		} else if (isToken(exception.token, "}")
				&& (exception instanceof UnwantedTokenException || exception instanceof MissingTokenException)) {
			message = Messages.get("syntax.extraBrace");
		} else if (exception instanceof UnwantedTokenException && isWord(exception.token) && previous != null
				&& previous.getType() == exception.token.getType()
				&& isWord(previous) && previous.getLine() == exception.token.getLine()
				&& !expectedWords().isKeyword(exception.token.getText())) {
			// "mål bun m1 "Titel"": two words where one id stands.
			message = Messages.get("syntax.spaceInId", previous.getText() + "_" + found);
		} else if (exception instanceof UnwantedTokenException || exception instanceof MissingTokenException) {
			message = Messages.get("syntax.extraneous", found);
		} else if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting >= 0
				&& (exception.token == null || exception.token.getType() == Token.EOF)) {
			message = Messages.get("syntax.missingAtEnd", expected(tokenNames, mismatched.expecting));
		} else if (exception instanceof MismatchedTokenException mismatched && isBlockEnd(tokenNames, mismatched.expecting)
				&& exception.token != null && exception.token.getType() != Token.EOF) {
			message = inBlock(current, found);
		} else if (exception instanceof MismatchedTokenException mismatched && isColon(tokenNames, mismatched.expecting)
				&& previous != null && isWord(previous) && beforePrevious != null
				&& beforePrevious.getText().matches("[0-9]+")) {
			// "målvärde 2022: 90 procent": a word after a number reads as a group ("procent: ...").
			message = Messages.get("syntax.unknownUnit", previous.getText());
		} else if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting >= 0) {
			message = Messages.get("syntax.expected", expected(tokenNames, mismatched.expecting), found)
					+ (isString(tokenNames, mismatched.expecting) && isWord(exception.token)
							? Messages.get("syntax.quoteIt", found) : "");
		} else if (exception.token != null && exception.token.getType() != Token.EOF) {
			message = afterKeyword(previous, found);
		} else if (exception instanceof NoViableAltException || exception.token != null) {
			message = Messages.get("syntax.unexpected", found);
		} else {
			return super.getSyntaxErrorMessage(context);
		}
		String[] data = kind == null ? null : anchor == null ? new String[] { kind } : new String[] { kind, anchor };
		return new SyntaxErrorMessage(capitalised(message), org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC,
				data);
	}

	/** A word where a block's statement or its end was expected: the keyword it resembles, or the block's keywords. */
	private String inBlock(EObject current, String found) {
		List<String> words = expectedWords().inBlockOf(current.eClass());
		if (words.isEmpty()) {
			return Messages.get("syntax.unexpected", found);
		}
		String meant = nearest(found, words);
		if (meant != null) {
			return Messages.get("syntax.didYouMean", found, meant);
		}
		return Messages.get("syntax.notHere", found, listed(words));
	}

	/** After a keyword that takes one of a few words, those words; after ':' in a value, what a value is. */
	private String afterKeyword(Token previous, String found) {
		if (previous != null && "enhet".equals(previous.getText())) {
			return Messages.get("syntax.unknownUnit", found);
		}
		if (previous != null && found.startsWith("\"") && expectedWords().isKeyword(previous.getText())
				&& Character.isLetter(previous.getText().charAt(0))) {
			// "leder till "Linköping är en trygg plats"": a title where the id belongs.
			return Messages.get("syntax.titleForId", found);
		}
		if (previous != null && previous.getText() != null && previous.getText().matches("\\p{L}[\\p{L}0-9_-]*")) {
			List<String> values = expectedWords().valuesAfter(previous.getText());
			if (!values.isEmpty() && !values.contains(found)) {
				return Messages.get("syntax.notAValue", found, previous.getText(), String.join(", ", values));
			}
		}
		if (previous != null && ":".equals(previous.getText())) {
			return Messages.get("syntax.notAValueHere", found);
		}
		return Messages.get("syntax.unexpected", found);
	}


	private static String listed(List<String> words) {
		Set<String> shown = new LinkedHashSet<>(words.subList(0, Math.min(words.size(), MAX_LISTED)));
		return String.join(", ", shown) + (words.size() > MAX_LISTED ? ", …" : ".");
	}

	/** The keyword that differs from the word by case, or by at most one letter in five. */
	static String nearest(String word, List<String> keywords) {
		String lower = word.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String keyword : keywords) {
			String first = keyword.split(" ")[0];
			int distance = governance.dsl.linking.StyrmodellLinkingDiagnosticMessageProvider.distance(lower,
					first.toLowerCase(Locale.ROOT));
			if (distance < bestDistance && distance <= Math.max(1, first.length() / 5)) {
				best = keyword;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** "bun-m1": the id as it could be written, when a hyphen stands inside what was meant as an id. */
	private static String hyphenInId(RecognitionException exception) {
		if (!isToken(exception.token, "-") || !(exception.input instanceof TokenStream tokens)
				|| !(exception.token instanceof CommonToken hyphen)) {
			return null;
		}
		int index = hyphen.getTokenIndex();
		if (index <= 0 || index + 1 >= tokens.size()) {
			return null;
		}
		if (!(tokens.get(index - 1) instanceof CommonToken before) || !(tokens.get(index + 1) instanceof CommonToken after)) {
			return null;
		}
		boolean glued = before.getStopIndex() + 1 == hyphen.getStartIndex()
				&& hyphen.getStopIndex() + 1 == after.getStartIndex();
		boolean wordBefore = before.getText() != null && before.getText().matches("[\\p{L}_][\\p{L}_0-9]*");
		boolean wordAfter = after.getText() != null && after.getText().matches("[\\p{L}_0-9]+");
		return glued && wordBefore && wordAfter ? before.getText() + "_" + after.getText() : null;
	}

	/** The n-th significant token before the one in error. */
	private static Token previousToken(RecognitionException exception, int n) {
		if (!(exception.input instanceof TokenStream tokens) || exception.token == null
				|| exception.token.getTokenIndex() < 0) {
			return null;
		}
		int seen = 0;
		for (int i = Math.min(exception.token.getTokenIndex(), tokens.size()) - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getType() > Token.EOF && token.getChannel() == Token.DEFAULT_CHANNEL && token.getText() != null
					&& !token.getText().isBlank() && !token.getText().startsWith("//")
					&& !token.getText().startsWith("/*") && ++seen == n) {
				return token;
			}
		}
		return null;
	}

	/** "2019–2022" with an en dash where a period stands: the period as it is written. */
	private static String enDashInPeriod(RecognitionException exception) {
		if (!isToken(exception.token, "\u2013") || !(exception.input instanceof TokenStream tokens)
				|| !(exception.token instanceof CommonToken dash)) {
			return null;
		}
		int index = dash.getTokenIndex();
		if (index <= 0 || index + 1 >= tokens.size() || !(tokens.get(index - 1) instanceof CommonToken before)
				|| !(tokens.get(index + 1) instanceof CommonToken after)) {
			return null;
		}
		boolean years = before.getText() != null && before.getText().matches("[0-9]{4}") && after.getText() != null
				&& after.getText().matches("[0-9]{2,4}|[KT][0-9]");
		boolean glued = before.getStopIndex() + 1 == dash.getStartIndex() && dash.getStopIndex() + 1 == after.getStartIndex();
		return years && glued ? before.getText() + "-" + after.getText() : null;
	}

	private static boolean isColon(String[] tokenNames, int type) {
		return tokenNames != null && type >= 0 && type < tokenNames.length && "':'".equals(tokenNames[type]);
	}

	private static boolean isString(String[] tokenNames, int type) {
		return tokenNames != null && type >= 0 && type < tokenNames.length && "RULE_STRING".equals(tokenNames[type]);
	}

	private static boolean isWord(Token token) {
		return token != null && token.getText() != null && token.getText().matches("[\\p{L}0-9_.-]+");
	}

	private static boolean isToken(Token token, String text) {
		return token != null && token.getType() > Token.EOF && text.equals(token.getText());
	}

	private static boolean isBlockEnd(String[] tokenNames, int type) {
		return tokenNames != null && type >= 0 && type < tokenNames.length && "'}'".equals(tokenNames[type]);
	}

	private static boolean isStrayCharacter(Token token, String[] tokenNames) {
		return token != null && tokenNames != null && token.getType() >= 0 && token.getType() < tokenNames.length
				&& "RULE_ANY_OTHER".equals(tokenNames[token.getType()]);
	}

	private static String capitalised(String message) {
		return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}

	/** The lexer's errors arrive as English text only: an unclosed string, a stray character. */
	private SyntaxErrorMessage lexerMessage(IParserErrorContext context) {
		String english = context.getDefaultMessage();
		if (english == null) {
			return super.getSyntaxErrorMessage(context);
		}
		Matcher badCharacter = BAD_CHARACTER.matcher(english);
		String message;
		if (english.contains("expecting '\"'")) {
			message = Messages.get("syntax.unclosedString");
		} else if (english.contains("'<EOF>'") && english.contains("expecting '*'")) {
			// "/*" without "*/": the comment runs to the end of the file.
			message = Messages.get("syntax.unclosedComment");
		} else if (english.contains("'<EOF>'")) {
			message = Messages.get("syntax.unexpectedEnd");
		} else if (english.contains("expecting '\\n'") || english.contains("expecting '\n'")) {
			// A line end of a lone CR inside a line comment: the grammar knows LF and CRLF.
			message = Messages.get("syntax.loneCarriageReturn");
		} else if (badCharacter.find()) {
			message = Messages.get("syntax.badCharacter", badCharacter.group(1));
		} else {
			return super.getSyntaxErrorMessage(context);
		}
		return new SyntaxErrorMessage(message, org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	private static final Pattern BAD_CHARACTER = Pattern.compile("character '(.+?)'");

	private static String describe(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return Messages.get("syntax.endOfFile");
		}
		String text = token.getText();
		if (text == null) {
			return "?";
		}
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	private static String expected(String[] tokenNames, int type) {
		if (type == Token.EOF) {
			return Messages.get("syntax.endOfFile");
		}
		if (tokenNames == null || type < 0 || type >= tokenNames.length) {
			return "?";
		}
		String name = tokenNames[type];
		return switch (name) {
			case "RULE_ID" -> Messages.get("syntax.token.id");
			case "RULE_INT" -> Messages.get("syntax.token.int");
			case "RULE_STRING" -> Messages.get("syntax.token.string");
			default -> name;
		};
	}
}
