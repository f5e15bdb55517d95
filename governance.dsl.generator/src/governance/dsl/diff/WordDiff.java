package governance.dsl.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level diff of two texts, for long texts where "old → new" would hide the one word that
 * changed. Words are separated by whitespace; the longest common subsequence of words stays, the
 * rest is removed or added. Runs of one kind are joined into one part.
 */
public final class WordDiff {

	/** Beyond this many words on a side, the texts are shown as replaced whole: the table would be too large. */
	private static final int MAX_WORDS = 3000;

	public enum Op {
		SAME, REMOVED, ADDED
	}

	/** A run of words: kept, removed or added. */
	public record Part(Op op, String text) {
	}

	private WordDiff() {
	}

	public static List<String> words(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
	}

	/** Whether a text is long enough that a reader wants its words compared, not the whole shown twice. */
	public static boolean isLong(String before, String after) {
		return words(before).size() > 8 || words(after).size() > 8;
	}

	public static List<Part> diff(String before, String after) {
		List<String> a = words(before);
		List<String> b = words(after);
		List<Part> parts = new ArrayList<>();
		if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
			add(parts, Op.REMOVED, String.join(" ", a));
			add(parts, Op.ADDED, String.join(" ", b));
			return parts;
		}
		// lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
		int[][] lengths = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				add(parts, Op.SAME, a.get(i++));
				j++;
			} else if (j < b.size() && (i == a.size() || lengths[i][j + 1] >= lengths[i + 1][j])) {
				add(parts, Op.ADDED, b.get(j++));
			} else {
				add(parts, Op.REMOVED, a.get(i++));
			}
		}
		return reorder(parts);
	}

	private static void add(List<Part> parts, Op op, String word) {
		if (word.isEmpty()) {
			return;
		}
		if (!parts.isEmpty() && parts.get(parts.size() - 1).op() == op) {
			Part last = parts.remove(parts.size() - 1);
			parts.add(new Part(op, last.text() + " " + word));
		} else {
			parts.add(new Part(op, word));
		}
	}

	/** Within a run of changes, what was removed reads before what was added: "[-old-] {+new+}". */
	private static List<Part> reorder(List<Part> parts) {
		List<Part> ordered = new ArrayList<>();
		List<Part> removed = new ArrayList<>();
		List<Part> added = new ArrayList<>();
		for (Part part : parts) {
			if (part.op() == Op.SAME) {
				flush(ordered, removed, added);
				ordered.add(part);
			} else {
				(part.op() == Op.REMOVED ? removed : added).add(part);
			}
		}
		flush(ordered, removed, added);
		return ordered;
	}

	private static void flush(List<Part> ordered, List<Part> removed, List<Part> added) {
		if (!removed.isEmpty()) {
			ordered.add(new Part(Op.REMOVED, String.join(" ", removed.stream().map(Part::text).toList())));
		}
		if (!added.isEmpty()) {
			ordered.add(new Part(Op.ADDED, String.join(" ", added.stream().map(Part::text).toList())));
		}
		removed.clear();
		added.clear();
	}
}
