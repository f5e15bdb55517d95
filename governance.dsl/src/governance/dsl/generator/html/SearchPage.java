package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;

/**
 * sok.html (SearchPage.jte) and its index: goals and indicators searched in the browser, with no server. The index is
 * a script (search-index.js) rather than a JSON file fetched at run time, because a browser does not
 * let a page opened from the file system fetch files.
 */
final class SearchPage {

	static final String SCRIPT = "search.js";
	static final String INDEX = "search-index.js";

	private SearchPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.SEARCH, Html.msg("search.title"), Page.Section.SEARCH);
		page.scripts.add(INDEX);
		page.scripts.add(SCRIPT);
		return page.content(Templates.content("SearchPage.jte", page));
	}

	/** The search index: the texts the script shows, and one entry per goal and measure. */
	static String index(Handbook handbook) {
		StringBuilder out = new StringBuilder("window.STYRMODELL_SOK = {\n");
		out.append("\"texter\": {");
		String[] keys = { "empty", "none", "one", "many", "goal", "measure" };
		for (int i = 0; i < keys.length; i++) {
			out.append(i == 0 ? "" : ", ").append(Html.json(keys[i])).append(": ")
					.append(Html.json(Html.raw("search.result." + keys[i])));
		}
		out.append("},\n\"poster\": [\n");
		List<String> entries = new ArrayList<>();
		for (Goal goal : handbook.view.goals()) {
			Organisation owner = ModelView.ownerOf(goal);
			List<String> details = new ArrayList<>();
			details.add(Handbook.goalTerm(goal));
			if (owner != null && !owner.eIsProxy()) {
				details.add(Handbook.title(owner));
			}
			if (goal.getArea() != null && !goal.getArea().eIsProxy()) {
				details.add(Handbook.title(goal.getArea()));
			}
			entries.add(entry("goal", Handbook.title(goal), handbook.site.href(goal), String.join(", ", details),
					goal.getName() + " " + nullToEmpty(Values.prose(goal.getDesiredState()))));
		}
		for (Measure measure : handbook.view.measures()) {
			Goal goal = ModelView.goalOf(measure);
			String details = Html.raw("measureKind." + measure.getKind().getName())
					+ (goal == null ? "" : ", " + Handbook.title(goal));
			entries.add(entry("measure", Handbook.title(measure), handbook.site.href(measure), details,
					measure.getName() + " " + nullToEmpty(Values.prose(measure.getDescription()))
							+ (measure.getSource() == null ? "" : " " + nullToEmpty(measure.getSource().getReference()))));
		}
		out.append(String.join(",\n", entries));
		out.append("\n]\n};\n");
		return out.toString();
	}

	private static String entry(String kind, String title, String href, String details, String extra) {
		return "{\"typ\": " + Html.json(kind) + ", \"titel\": " + Html.json(title) + ", \"url\": " + Html.json(href)
				+ ", \"detalj\": " + Html.json(details) + ", \"text\": " + Html.json(extra.strip()) + "}";
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
