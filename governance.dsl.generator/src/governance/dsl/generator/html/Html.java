package governance.dsl.generator.html;

import java.util.regex.Pattern;

import governance.dsl.Messages;

/** The handbook's texts (from messages.properties) and its number typography; templates escape everything they print. */
final class Html {

	private Html() {
	}

	/** Thousands written with a space between digit groups: "12 000", "2 450 tkr". */
	private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");
	/** A minus sign before a number, at the start or after a space or parenthesis. */
	private static final Pattern MINUS = Pattern.compile("(?<=^|[\\s(])-(?=\\d)");

	/**
	 * A value text (målvärde, utfall, axis label) as the handbook prints numbers: a narrow no-break
	 * space between thousands, so that "12 000" never breaks over two lines, and a real minus sign.
	 * Not escaped. The one place of this typography; JSON and workbooks keep the plain text.
	 */
	static String number(String valueText) {
		if (valueText == null || valueText.isEmpty()) {
			return valueText == null ? "" : valueText;
		}
		String grouped = THOUSANDS.matcher(valueText).replaceAll("\u202F");
		return MINUS.matcher(grouped).replaceAll("\u2212");
	}

	/** A handbook text as plain text, for templates: they escape it for where it lands. */
	static String msg(String key, Object... arguments) {
		return Messages.get("handbook." + key, arguments);
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
