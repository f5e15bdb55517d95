package governance.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import governance.dsl.Messages;

/** Syntax errors in Swedish, naming the token that is wrong and what was expected instead. */
public class StyrmodellSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return lexerMessage(context);
		}
		String found = describe(exception.token);
		String[] tokenNames = context.getTokenNames();
		String message;
		if (context.getCurrentContext() == null) {
			message = Messages.get("syntax.header");
		} else if (isStrayCharacter(exception.token, tokenNames)) {
			message = Messages.get("syntax.badCharacter", found);
		} else if (exception instanceof MissingTokenException missing && missing.expecting != Token.EOF) {
			message = Messages.get("syntax.missing", expected(tokenNames, missing.expecting), found);
		} else if (exception instanceof UnwantedTokenException || exception instanceof MissingTokenException) {
			message = Messages.get("syntax.extraneous", found);
		} else if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting >= 0) {
			message = Messages.get("syntax.expected", expected(tokenNames, mismatched.expecting), found);
		} else if (exception instanceof NoViableAltException || exception.token != null) {
			message = Messages.get("syntax.unexpected", found);
		} else {
			return super.getSyntaxErrorMessage(context);
		}
		return new SyntaxErrorMessage(capitalised(message), org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);
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
		} else if (badCharacter.find()) {
			message = Messages.get("syntax.badCharacter", badCharacter.group(1));
		} else {
			return super.getSyntaxErrorMessage(context);
		}
		return new SyntaxErrorMessage(message, org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	private static final Pattern BAD_CHARACTER = Pattern.compile("character '(.+)'");

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
