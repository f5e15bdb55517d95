package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.Values;
import governance.dsl.styrmodell.ModelDefinition;

/**
 * begrepp.html (GlossaryPage.jte): the model's own terms and definitions, and the words it defines
 * for levels, areas, assessments and statuses.
 */
final class GlossaryPage {

	/** {@code model} null when no styrmodell is described; the lists are empty where the model defines nothing. */
	record Model(String model, List<Term> terms, List<Level> levels, List<Area> areas, List<Label> scale,
			List<Word> statuses, List<Word> groups, List<Word> points) {
	}

	record Term(String id, String title, String definition) {
	}

	/** {@code parent} null for the top level. */
	record Level(String title, String goalTerm, String parent) {
	}

	/** {@code description} null when the area has none (then its focus is shown). */
	record Area(Handbook.Link area, String description, String focus) {
	}

	record Label(Handbook.Assessment assessment, String meaning, boolean notAssessed) {
	}

	/** A word of the model with an optional note after it ("(klar)"), or a month ("november"). */
	record Word(String title, String note, String month) {
	}

	private GlossaryPage() {
	}

	static Page render(Handbook handbook) {
		ModelDefinition definition = handbook.view.definition();
		var view = handbook.view;
		Model model = definition == null ? new Model(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())
				: new Model(Handbook.title(definition),
						view.terms().stream().map(t -> new Term(termId(t), Handbook.title(t),
								t.getDefinition() == null ? "" : Values.prose(t.getDefinition()))).toList(),
						view.levels().stream().map(l -> new Level(Handbook.title(l), Handbook.goalTerm(l),
								l.getParent() != null && !l.getParent().eIsProxy() ? Handbook.title(l.getParent()) : null)).toList(),
						view.areas().stream().map(a -> new Area(handbook.ref(a),
								a.getDescription() == null ? null : Values.prose(a.getDescription()),
								Html.msg("focus." + a.getFocus().getName()))).toList(),
						view.scale().stream().map(l -> new Label(handbook.assessmentOf(l, false),
								l.getMeaning() == null ? null : Values.prose(l.getMeaning()), l.isNotAssessed())).toList(),
						view.statusWords().stream().map(w -> new Word(Handbook.title(w), w.isDone() ? Html.msg("glossary.done") : null, null)).toList(),
						view.groups().stream().map(g -> new Word(Handbook.title(g), g.isSex() ? Html.msg("glossary.sex") : null, null)).toList(),
						view.followUpPoints().stream().map(p -> {
							String month = Handbook.month(p.getMonth());
							return new Word(Handbook.title(p), null, month.isEmpty() ? null : month);
						}).toList());
		return new Page(Site.GLOSSARY, Html.msg("glossary.title"), Page.Section.GLOSSARY)
				.content(Templates.content("GlossaryPage.jte", model));
	}

	/** A begrepp's anchor on begrepp.html (the search links to it). */
	static String termId(governance.dsl.styrmodell.Term term) {
		return "begrepp-" + Site.slug(term.getName());
	}
}
