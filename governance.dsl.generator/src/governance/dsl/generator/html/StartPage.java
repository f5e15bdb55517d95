package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.LinkedHashMap;
import java.util.Objects;

import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.Fulfilment;
import governance.dsl.model.ModelView;
import governance.dsl.model.Responsibility;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.ModelDefinition;

/**
 * index.html (StartPage.jte): first "how are we doing" (every goal's latest assessment by målområde and
 * committee, the indicators' computed status, where each committee's figures come from), then the
 * vision, the model in brief and the målområden with their goal counts.
 */
final class StartPage {

	record Model(String heading, String municipality, String description, String decision, List<Vision> visions,
			Overview overview, List<String> levelTerms, List<AreaRow> areas, List<Page.Section> contents) {
	}

	/**
	 * "How are we doing": every goal's latest assessment as målområde × committee, the totals, the
	 * indicators' computed status per committee, and the follow-ups each committee's assessments come from.
	 * {@code headline} null when the scale has no assessed label; {@code assessed} how many goals have any assessment.
	 */
	record Overview(boolean noFollowUp, int goals, int assessed, String headline, List<Count> totals, int unassessed,
			List<Handbook.Link> sharedSources, List<Column> columns,
			List<MatrixRow> rows, MatrixRow total, List<String> statuses, List<IndicatorRow> indicators, IndicatorRow indicatorTotal,
			int indicatorCount) {
	}

	/** A committee's column: its name (short where the model gives an abbreviation) and the follow-ups its assessments come from. */
	record Column(Handbook.Link committee, String shortName, List<Handbook.Link> sources) {
	}

	/** A målområde's row (or the row of goals without one, {@code area} then plain text), a cell per column, and its total. */
	record MatrixRow(Handbook.Link area, List<Cell> cells, Cell total) {
	}

	/** The goals of one målområde and committee: how many got each label (those with 0 left out), and how many none. */
	record Cell(int goals, List<Count> counts, int unassessed) {
	}

	/** One committee's indicators by computed status, in the order of {@code Fulfilment.Status} (a column of the table). */
	record IndicatorRow(Handbook.Link committee, String shortName, List<Integer> counts, int total) {
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
				visions, overview(handbook),
				levels.stream().map(Handbook::goalTerm).toList(), areas,
				Page.Section.MENU.stream().filter(s -> s != Page.Section.START).toList());
		return new Page(Site.START, heading, Page.Section.START).content(Templates.content("StartPage.jte", model));
	}

	/** The overview above the fold; null when the model has no goals. */
	static Overview overview(Handbook handbook) {
		List<Goal> goals = handbook.view.goals();
		if (goals.isEmpty()) {
			return null;
		}
		// The committees that report goals, in the order of the organisation list; goals without owner last.
		List<Organisation> committees = new ArrayList<>();
		for (Organisation organisation : handbook.view.organisations()) {
			if (goals.stream().anyMatch(g -> Responsibility.committeeFor(g) == organisation)) {
				committees.add(organisation);
			}
		}
		boolean ownerless = goals.stream().anyMatch(g -> Responsibility.committeeFor(g) == null
				|| !committees.contains(Responsibility.committeeFor(g)));
		List<Organisation> columnKeys = new ArrayList<>(committees);
		if (ownerless) {
			columnKeys.add(null);
		}
		Map<Goal, GoalAssessment> latest = new LinkedHashMap<>();
		goals.forEach(g -> handbook.view.latestAssessment(g).filter(a -> a.getLabel() != null && !a.getLabel().eIsProxy())
				.ifPresent(a -> latest.put(g, a)));
		// The scale's labels, then any label of another scale an assessment uses, so that every assessment counts.
		List<AssessmentLabel> labels = new ArrayList<>(handbook.view.scale());
		latest.values().stream().map(GoalAssessment::getLabel).filter(l -> !labels.contains(l)).distinct().forEach(labels::add);

		List<Column> columns = new ArrayList<>();
		for (Organisation committee : columnKeys) {
			List<FollowUp> sources = goals.stream().filter(g -> column(g, committees) == committee).map(latest::get)
					.filter(Objects::nonNull).map(a -> (FollowUp) a.eContainer()).distinct().sorted(FollowUpOrder.ORDER).toList();
			Handbook.Link link = committee == null ? new Handbook.Link(Html.msg("overview.noOwner"), null) : handbook.ref(committee);
			columns.add(new Column(link, shortName(committee, link), sources.stream().map(handbook::ref).toList()));
		}

		List<MatrixRow> rows = new ArrayList<>();
		List<GoalArea> areas = new ArrayList<>(handbook.view.areas());
		for (GoalArea area : areas) {
			List<Goal> inArea = goals.stream().filter(g -> g.getArea() == area).toList();
			rows.add(row(handbook, handbook.ref(area), inArea, columnKeys, committees, latest, labels));
		}
		List<Goal> noArea = goals.stream().filter(g -> g.getArea() == null || g.getArea().eIsProxy() || !areas.contains(g.getArea()))
				.toList();
		if (!noArea.isEmpty()) {
			rows.add(row(handbook, new Handbook.Link(Html.msg("overview.noArea"), null), noArea, columnKeys, committees, latest, labels));
		}
		MatrixRow total = row(handbook, new Handbook.Link(Html.msg("overview.total"), null), goals, columnKeys, committees, latest,
				labels);

		AssessmentLabel best = handbook.view.scale().stream().filter(l -> !l.isNotAssessed()).findFirst().orElse(null);
		String headline = null;
		if (best != null) {
			long reached = latest.values().stream().filter(a -> a.getLabel() == best).count();
			// The label's meaning beside it when it is a short phrase ("Grön" means "Uppfylls helt"), not a definition.
			String meaning = best.getMeaning() == null ? "" : Values.prose(best.getMeaning()).strip().replaceAll("\\.$", "");
			meaning = meaning.isEmpty() || meaning.length() > 40 ? ""
					: " " + Html.msg("overview.meaning", meaning.toLowerCase(Locale.ROOT));
			headline = Html.msg("overview.headline", reached, goals.size(), Handbook.title(best), meaning);
		}

		List<Fulfilment.Status> statuses = List.of(Fulfilment.Status.values());
		List<Measure> indicators = handbook.view.measures().stream().filter(m -> m.getKind() == MeasureKind.INDICATOR).toList();
		List<Organisation> indicatorCommittees = new ArrayList<>();
		for (Organisation organisation : handbook.view.organisations()) {
			if (indicators.stream().anyMatch(m -> Responsibility.committeeFor(m) == organisation)) {
				indicatorCommittees.add(organisation);
			}
		}
		if (indicators.stream().anyMatch(m -> !indicatorCommittees.contains(Responsibility.committeeFor(m)))) {
			indicatorCommittees.add(null);
		}
		Map<Measure, Fulfilment.Status> status = new LinkedHashMap<>();
		indicators.forEach(m -> status.put(m, handbook.standing(m).result().status()));
		List<IndicatorRow> indicatorRows = new ArrayList<>();
		for (Organisation committee : indicatorCommittees) {
			List<Measure> own = indicators.stream().filter(m -> committee == null
					? !indicatorCommittees.contains(Responsibility.committeeFor(m)) || Responsibility.committeeFor(m) == null
					: Responsibility.committeeFor(m) == committee).toList();
			Handbook.Link link = committee == null ? new Handbook.Link(Html.msg("overview.noOwner"), null) : handbook.ref(committee);
			indicatorRows.add(new IndicatorRow(link, shortName(committee, link),
					statuses.stream().map(s -> (int) own.stream().filter(m -> status.get(m) == s).count()).toList(), own.size()));
		}
		IndicatorRow indicatorTotal = new IndicatorRow(new Handbook.Link(Html.msg("overview.total"), null), Html.msg("overview.total"),
				statuses.stream().map(s -> (int) status.values().stream().filter(v -> v == s).count()).toList(), indicators.size());

		// One line when every committee's assessments come from the same follow-ups (a municipality-wide report).
		List<Handbook.Link> shared = columns.size() > 1 && !columns.get(0).sources().isEmpty()
				&& columns.stream().allMatch(c -> c.sources().equals(columns.get(0).sources())) ? columns.get(0).sources() : null;
		return new Overview(handbook.view.followUps().isEmpty(), goals.size(), latest.size(), headline, total.total().counts(),
				goals.size() - latest.size(), shared, columns,
				rows, total, statuses.stream().map(s -> Html.msg("fulfilment.symbol." + s.name()) + " " + Fulfilment.text(s)).toList(),
				indicatorRows, indicatorTotal, indicators.size());
	}

	/** A committee's name in a column head: its abbreviation where the model gives one. */
	private static String shortName(Organisation committee, Handbook.Link link) {
		return committee != null && committee.getAbbreviation() != null && !committee.getAbbreviation().isBlank()
				? Values.prose(committee.getAbbreviation()) : link.text();
	}

	/** The committee column a goal counts in: its committee, or the column of goals without one (null). */
	private static Organisation column(Goal goal, List<Organisation> committees) {
		Organisation committee = Responsibility.committeeFor(goal);
		return committees.contains(committee) ? committee : null;
	}

	private static MatrixRow row(Handbook handbook, Handbook.Link label, List<Goal> goals, List<Organisation> columnKeys,
			List<Organisation> committees, Map<Goal, GoalAssessment> latest, List<AssessmentLabel> scale) {
		List<Cell> cells = new ArrayList<>();
		for (Organisation committee : columnKeys) {
			cells.add(cell(handbook, goals.stream().filter(g -> column(g, committees) == committee).toList(), latest, scale));
		}
		return new MatrixRow(label, cells, cell(handbook, goals, latest, scale));
	}

	private static Cell cell(Handbook handbook, List<Goal> goals, Map<Goal, GoalAssessment> latest, List<AssessmentLabel> scale) {
		List<Count> counts = new ArrayList<>();
		for (AssessmentLabel label : scale) {
			int count = (int) goals.stream().filter(g -> latest.containsKey(g) && latest.get(g).getLabel() == label).count();
			if (count > 0) {
				counts.add(new Count(handbook.assessmentOf(label, false), count));
			}
		}
		int unassessed = (int) goals.stream().filter(g -> !latest.containsKey(g)).count();
		return new Cell(goals.size(), counts, unassessed);
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
