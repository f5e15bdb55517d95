package governance.dsl.generator.html;

import governance.dsl.Messages;
import governance.dsl.model.Values;

/** Escaping and the handbook's texts: every model string goes through {@link #text}, every label through {@link #t}. */
final class Html {

	private Html() {
	}

	/** Text for an element's content or an attribute value: nothing the browser could read as markup. */
	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Model text, written over one or several lines, as one escaped paragraph. */
	static String text(String modelText) {
		return esc(Values.prose(modelText));
	}

	/** A handbook text from messages.properties ("handbook." + key), escaped. */
	static String t(String key, Object... arguments) {
		return esc(Messages.get("handbook." + key, arguments));
	}

	/** A handbook text, not escaped: for building larger texts that are escaped once. */
	static String raw(String key, Object... arguments) {
		return Messages.get("handbook." + key, arguments);
	}

	/** A string as a JSON (and JavaScript) string literal, safe inside any file the browser reads. */
	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		String value = text == null ? "" : text;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
