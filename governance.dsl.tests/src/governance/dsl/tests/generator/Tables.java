package governance.dsl.tests.generator;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The value table of a measure on its handbook page as a reader sees it: one list of cell texts per
 * row, read from the DOM, so that tests assert on what is shown, not on markup.
 */
final class Tables {

	private Tables() {
	}

	/** The rows of the value table on the measure's page ({@code id} "matt-…", the page "matt-….html"). */
	static List<List<String>> rows(Map<String, String> handbook, String measureId) {
		String page = handbook.get(measureId + ".html");
		if (page == null) {
			throw new AssertionError("no page for the measure " + measureId);
		}
		return rows(Jsoup.parse(page));
	}

	static List<List<String>> rows(Document page) {
		return page.select("table.varden tbody > tr").stream().map(tr -> tr.select("> th, > td").stream().map(cell -> cell.text()).toList()).toList();
	}

	/** Markup as the text a reader sees. */
	static String text(String html) {
		return Jsoup.parse(html).text();
	}
}
