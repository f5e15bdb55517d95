package governance.dsl.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which handbook a build makes. The public edition is what a municipality puts on its website: no
 * technical ids, no tool texts, no lists of the plan's own gaps. The planners' edition keeps them
 * and says on every page that it is not for publishing. Public is the default: a handbook that is
 * published by mistake then shows nothing internal.
 */
public enum Edition {
	PUBLIC("publik"), PLANNING("planering");

	public static final Edition DEFAULT = PUBLIC;

	/** The word {@code govc build --utgåva} and the Maven plugin's {@code utgava} take. */
	public final String word;

	Edition(String word) {
		this.word = word;
	}

	/** The edition a word names ("publik", "planering", any case), or empty. */
	public static Optional<Edition> of(String word) {
		if (word == null) {
			return Optional.empty();
		}
		String plain = word.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(e -> e.word.equals(plain)).findFirst();
	}

	/** Technical ids, tool texts and the traceability page's gap lists. */
	public boolean showsInternals() {
		return this == PLANNING;
	}
}
