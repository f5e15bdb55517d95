package governance.dsl.generator.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.BasicMission;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.GoverningDocument;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.Term;

/**
 * sok.html (SearchPage.jte) and its index: every element with a title (goals, indicators, assignments,
 * activities, plans, styrdokument, grunduppdrag, begrepp, målområden, organisations) searched in the
 * browser, with no server, insensitive to case and diacritics. The index is
 * a script (search-index.js) rather than a JSON file fetched at run time, because a browser does not
 * let a page opened from the file system fetch files.
 */
public final class SearchPage {

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

	/** The kinds of entry, in the order the index lists them; each has its label ("search.result." + kind). */
	static final List<String> KINDS = List.of("goal", "measure", "assignment", "activity", "plan", "document", "mission",
			"term", "area", "organisation");

	/** One element in the index: its kind, title, page, a line of detail, and more words to find it by. */
	record Entry(String kind, String title, String href, String details, String text) {

		/** What the search matches a query against, normalised once here rather than in every browser. */
		String haystack() {
			return normalise(String.join(" ", title, details, text));
		}
	}

	/**
	 * Text as the search compares it: lower case, without diacritics ("Hemtjänst" → "hemtjanst", so
	 * that a query typed without å, ä, ö finds it), one space between words. search.js normalises the
	 * query the same way (NFD, marks removed, lower case).
	 */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	/** Every element with a title, in the order of {@link #KINDS} and each kind in model order. */
	static List<Entry> entries(Handbook handbook) {
		GovernanceView view = handbook.view;
		List<Entry> entries = new ArrayList<>();
		for (Goal goal : view.goals()) {
			Organisation owner = ModelView.ownerOf(goal);
			List<String> details = new ArrayList<>();
			details.add(Handbook.goalTerm(goal));
			if (owner != null && !owner.eIsProxy()) {
				details.add(Handbook.title(owner));
			}
			if (goal.getArea() != null && !goal.getArea().eIsProxy()) {
				details.add(Handbook.title(goal.getArea()));
			}
			entries.add(new Entry("goal", Handbook.title(goal), handbook.site.href(goal), String.join(", ", details),
					words(goal.getName(), goal.getDesiredState())));
		}
		for (Measure measure : view.measures()) {
			Goal goal = ModelView.goalOf(measure);
			entries.add(new Entry("measure", Handbook.title(measure), handbook.site.href(measure),
					IndicatorPage.kind(measure) + (goal == null ? "" : ", " + Handbook.title(goal)),
					words(measure.getName(), measure.getDescription(),
							measure.getSource() == null ? null : measure.getSource().getReference())));
		}
		for (Assignment assignment : view.assignments()) {
			entries.add(new Entry("assignment", Handbook.title(assignment), handbook.site.href(assignment),
					Html.msg("assignmentKind." + assignment.getKind().getName())
							+ (assignment.getIssuer() == null || assignment.getIssuer().eIsProxy() ? ""
									: ", " + Html.msg("search.from", Handbook.title(assignment.getIssuer()))),
					words(assignment.getName(), assignment.getDescription())));
		}
		for (Activity activity : view.activities()) {
			Plan plan = ModelView.planOf(activity);
			entries.add(new Entry("activity", Handbook.title(activity), handbook.site.href(activity),
					plan == null ? "" : Handbook.title(plan),
					words(activity.getName(), activity.getDescription(), activity.getResponsible())));
		}
		for (Plan plan : view.plans()) {
			entries.add(new Entry("plan", Handbook.title(plan), handbook.site.href(plan),
					plan.getOwner() == null || plan.getOwner().eIsProxy() ? "" : Handbook.title(plan.getOwner()),
					words(plan.getName(), plan.getDescription())));
		}
		for (GoverningDocument document : view.documents()) {
			entries.add(new Entry("document", Handbook.title(document), handbook.site.href(document),
					Html.msg("documentKind." + document.getDocumentKind().getName()),
					words(document.getName(), document.getDescription())));
		}
		for (BasicMission mission : view.missions()) {
			entries.add(new Entry("mission", Handbook.title(mission), handbook.site.href(mission),
					mission.getOwner() == null || mission.getOwner().eIsProxy() ? "" : Handbook.title(mission.getOwner()),
					words(mission.getName(), mission.getDescription())));
		}
		if (view.definition() != null) {
			for (Term term : view.terms()) {
				entries.add(new Entry("term", Handbook.title(term), Site.GLOSSARY + "#" + GlossaryPage.termId(term),
						Html.msg("search.result.term"), words(term.getName(), term.getDefinition())));
			}
		}
		for (GoalArea area : view.areas()) {
			entries.add(new Entry("area", Handbook.title(area), handbook.site.href(area),
					Html.msg("focus." + area.getFocus().getName()), words(area.getName(), area.getDescription())));
		}
		for (Organisation organisation : view.organisations()) {
			entries.add(new Entry("organisation", Handbook.title(organisation), handbook.site.href(organisation),
					Html.msg("organisationKind." + organisation.getKind().getName()),
					words(organisation.getName(), organisation.getAbbreviation())));
		}
		return entries;
	}

	/** Texts written over lines, as one line of words; absent ones left out. */
	private static String words(String... texts) {
		List<String> words = new ArrayList<>();
		for (String text : texts) {
			String prose = text == null ? null : Values.prose(text);
			if (prose != null && !prose.isBlank()) {
				words.add(prose.strip());
			}
		}
		return String.join(" ", words);
	}

	/** The search index: the texts the script shows, and one entry per element with a title. */
	static String index(Handbook handbook) {
		StringBuilder out = new StringBuilder("window.STYRMODELL_SOK = {\n");
		out.append("\"texter\": {");
		List<String> keys = new ArrayList<>(List.of("empty", "none", "one", "many"));
		keys.addAll(KINDS);
		for (int i = 0; i < keys.size(); i++) {
			out.append(i == 0 ? "" : ", ").append(Html.json(keys.get(i))).append(": ")
					.append(Html.json(Html.msg("search.result." + keys.get(i))));
		}
		out.append("},\n\"poster\": [\n");
		out.append(String.join(",\n", entries(handbook).stream()
				.map(e -> "{\"typ\": " + Html.json(e.kind()) + ", \"titel\": " + Html.json(e.title()) + ", \"url\": "
						+ Html.json(e.href()) + ", \"detalj\": " + Html.json(e.details()) + ", \"sok\": "
						+ Html.json(e.haystack()) + "}")
				.toList()));
		out.append("\n]\n};\n");
		return out.toString();
	}
}
