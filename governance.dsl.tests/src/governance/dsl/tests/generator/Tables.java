package governance.dsl.tests.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value table of a measure on a handbook page as a reader sees it: one list of cell texts per
 * row, tags removed and entities read, so that tests assert on what is shown, not on markup.
 */
final class Tables {

	private static final Pattern ROW = Pattern.compile("<tr class=\"rad-[a-z]+\">(.*?)</tr>", Pattern.DOTALL);
	private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

	private Tables() {
	}

	/** The rows of the value table in the measure's section ({@code id} "matt-…"). */
	static List<List<String>> rows(String page, String measureId) {
		int start = page.indexOf("<section class=\"matt\" id=\"" + measureId + "\"");
		if (start < 0) {
			throw new AssertionError("no measure section " + measureId);
		}
		String section = page.substring(start, page.indexOf("</section>", start));
		List<List<String>> rows = new ArrayList<>();
		Matcher row = ROW.matcher(section);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				cells.add(text(cell.group(1)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Markup as the text a reader sees: a line break reads as a space. */
	static String text(String html) {
		return html.replace("<br>", " ").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
	}
}
