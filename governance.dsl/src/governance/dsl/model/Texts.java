package governance.dsl.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A written text (a description, an analysis, åtgärder, a follow-up's sammanfattning) as blocks:
 * paragraphs separated by a blank line, and bullet lists of lines that start with "- ", "– " or
 * "• ". Within a block, lines written over several lines of the file read as one line (the file's
 * layout is not the text's); a line that follows a list item without a blank line continues that
 * item, since planners wrap long items. Pure: the handbook renders the blocks, the JSON writes
 * {@link #normalized} so that both read the text alike.
 */
public final class Texts {

	private Texts() {
	}

	/** A paragraph (one item) or a bullet list (one item per bullet). Items are single lines. */
	public record Block(boolean list, List<String> items) {

		public static Block paragraph(String text) {
			return new Block(false, List.of(text));
		}

		/** The paragraph's text; for a list its items joined by line breaks. */
		public String text() {
			return String.join("\n", items);
		}
	}

	private static final String[] BULLETS = { "- ", "– ", "• " };

	/** The text's blocks in order; none for {@code null} or blank text. */
	public static List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null) {
			return blocks;
		}
		StringBuilder paragraph = new StringBuilder();
		List<String> items = new ArrayList<>();
		StringBuilder item = null;
		for (String rawLine : text.split("\r\n|\r|\n", -1)) {
			String line = rawLine.strip();
			if (line.isEmpty()) {
				item = closeItem(item, items);
				closeParagraph(paragraph, blocks);
				closeList(items, blocks);
				continue;
			}
			String bulleted = withoutBullet(line);
			if (bulleted != null) {
				closeParagraph(paragraph, blocks);
				item = closeItem(item, items);
				item = new StringBuilder(bulleted);
			} else if (item != null) {
				append(item, line);
			} else {
				append(paragraph, line);
			}
		}
		closeItem(item, items);
		closeParagraph(paragraph, blocks);
		closeList(items, blocks);
		return blocks;
	}

	/**
	 * The text with its structure and without the file's layout: paragraphs separated by a blank
	 * line, list items each on a line of its own as "- item". A text without blank lines or
	 * bullets reads as one line, as {@link Values#prose} gives it.
	 */
	public static String normalized(String text) {
		if (text == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (Block block : blocks(text)) {
			parts.add(block.list() ? String.join("\n", block.items().stream().map(i -> "- " + i).toList())
					: block.text());
		}
		return String.join("\n\n", parts);
	}

	/**
	 * A name from outside (a workbook's file name, a municipality's name from Kolada) made safe to
	 * put on one line of generated text, such as a comment: line breaks, other control characters
	 * and invisible format characters (bidi overrides) become one space each, runs of spaces one.
	 */
	public static String oneLine(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder line = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			int type = Character.getType(c);
			boolean unsafe = type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
			line.appendCodePoint(unsafe ? ' ' : c);
		});
		return line.toString().replaceAll(" {2,}", " ").strip();
	}

	/** Whether the text has more than one paragraph or any list. */
	public static boolean isStructured(String text) {
		List<Block> blocks = blocks(text);
		return blocks.size() > 1 || blocks.stream().anyMatch(Block::list);
	}

	private static String withoutBullet(String line) {
		for (String bullet : BULLETS) {
			if (line.startsWith(bullet)) {
				String rest = line.substring(bullet.length()).strip();
				return rest.isEmpty() ? null : rest;
			}
		}
		return null;
	}

	private static void append(StringBuilder text, String line) {
		if (text.length() > 0) {
			text.append(' ');
		}
		text.append(Values.prose(line));
	}

	private static StringBuilder closeItem(StringBuilder item, List<String> items) {
		if (item != null) {
			items.add(Values.prose(item.toString()));
		}
		return null;
	}

	private static void closeParagraph(StringBuilder paragraph, List<Block> blocks) {
		if (paragraph.length() > 0) {
			blocks.add(Block.paragraph(paragraph.toString()));
			paragraph.setLength(0);
		}
	}

	private static void closeList(List<String> items, List<Block> blocks) {
		if (!items.isEmpty()) {
			blocks.add(new Block(true, List.copyOf(items)));
			items.clear();
		}
	}
}
