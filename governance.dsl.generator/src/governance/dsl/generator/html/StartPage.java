package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.ModelDefinition;

/**
 * index.html (StartPage.jte): the vision, the model in brief, the målområden with their goal counts,
 * and the latest fulfilment.
 */
final class StartPage {

	record Model(String heading, String municipality, String description, String decision, List<Vision> visions,
			Summary summary, List<String> levelTerms, List<AreaRow> areas, List<Page.Section> contents) {
	}

	record Vision(String id, String title, String period, String description) {
	}

	/** One follow-up's assessments counted per label of the scale (Summary.jte; the follow-up page shows it too). */
	record Summary(int total, Handbook.Link followUp, List<Count> counts, String sentence) {
	}

	record Count(Handbook.Assessment assessment, int count) {
	}

	record AreaRow(Handbook.Link area, String focus, List<Long> perLevel, int total) {
	}

	private StartPage() {
	}

	static Page render(Handbook handbook) {
		ModelDefinition definition = handbook.view.definition();
		String heading = definition != null ? Handbook.title(definition) : Html.msg("start.title");
		List<Vision> visions = handbook.view.visions().stream()
				.map(v -> new Vision(handbook.site.id(v), Handbook.title(v),
						v.getPeriod() == null ? null : Handbook.period(v.getPeriod()), v.getDescription()))
				.toList();
		List<Level> levels = handbook.view.levels().stream().filter(l -> !handbook.view.goalsOn(l).isEmpty()).toList();
		List<AreaRow> areas = new ArrayList<>();
		for (GoalArea area : handbook.view.areas()) {
			List<Long> perLevel = levels.stream()
					.map(level -> handbook.view.goalsIn(area).stream().filter(g -> ModelView.levelOf(g) == level).count())
					.toList();
			areas.add(new AreaRow(handbook.ref(area), Html.msg("focus." + area.getFocus().getName()), perLevel,
					handbook.view.goalsIn(area).size()));
		}
		Model model = new Model(heading, handbook.view.title(), definition == null ? null : definition.getDescription(),
				definition == null || definition.getDecision() == null ? null : governance.dsl.model.Values.prose(definition.getDecision()),
				visions, handbook.view.latestFollowUp().map(f -> summary(handbook, f)).orElse(null),
				levels.stream().map(Handbook::goalTerm).toList(), areas,
				Page.Section.MENU.stream().filter(s -> s != Page.Section.START).toList());
		return new Page(Site.START, heading, Page.Section.START).content(Templates.content("StartPage.jte", model));
	}

	/** "Uppfyllt: 5 mål" for each label of the scale, with a sentence that says it all in one line. */
	static Summary summary(Handbook handbook, FollowUp followUp) {
		Map<AssessmentLabel, Integer> counts = handbook.view.summary(followUp);
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		List<Count> rows = new ArrayList<>();
		List<String> parts = new ArrayList<>();
		for (Map.Entry<AssessmentLabel, Integer> entry : counts.entrySet()) {
			rows.add(new Count(handbook.assessmentOf(entry.getKey(), false), entry.getValue()));
			parts.add(Html.msg("summary.part", entry.getValue(), Handbook.title(entry.getKey()).toLowerCase(Locale.ROOT)));
		}
		return new Summary(total, handbook.ref(followUp), rows, Html.msg("summary.sentence", String.join(", ", parts)));
	}
}
