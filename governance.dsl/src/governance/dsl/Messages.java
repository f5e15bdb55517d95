package governance.dsl;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the language shows a planner (diagnostics, names of concepts) comes from one
 * bundle, {@code messages.properties} beside this class, so wording is reviewed in one place.
 * Placeholders are {@link String#format} ones: %s, %d.
 */
public final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("governance.dsl.messages", Locale.ROOT);

	private Messages() {
	}

	public static String get(String key, Object... arguments) {
		String pattern;
		try {
			pattern = BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("Saknad text i messages.properties: " + key, e);
		}
		return arguments.length == 0 ? pattern : String.format(Locale.ROOT, pattern, arguments);
	}

	public static boolean has(String key) {
		return BUNDLE.containsKey(key);
	}
}
