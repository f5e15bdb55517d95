package governance.dsl.generator.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import governance.dsl.model.Comparisons;
import governance.dsl.model.Fulfilment;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.Outcomes;
import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Baseline;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.ComparisonValue;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.MarkedFootnote;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.OutcomeValue;
import governance.dsl.styrmodell.ReferenceValue;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.SplitTarget;
import governance.dsl.styrmodell.Target;
import governance.dsl.styrmodell.TargetValue;

/**
 * A measure's values by period as one table: utgångsvärden, målvärden and utfall (from the plan and
 * every follow-up, months, quarters and tertials on rows of their own), each with its qualifiers as
 * the planners write them (I.U., –, prognos, bounds, se …, footnote markers), a column per group
 * the values are split by, the footnotes, and for each utfall whether it meets the målvärde that
 * applies to its period (computed by {@link MeasureFulfilment}), and a column per jämförelsegrupp with
 * its average for the year ({@link Comparisons}: beside the utfall, never judged). The chart draws the
 * yearly rows.
 * Rendered by IndicatorTable.jte.
 */
final class IndicatorTable {

	/** COMPARISON: a year a jämförelsegrupp has a value for and the measure has no yearly utfall. */
	enum Kind {
		BASELINE, TARGET, OUTCOME, COMPARISON
	}

	/**
	 * One written value of the measure. Texts are plain (not escaped), values already in the
	 * handbook's number typography. {@code number} is null where there is no point to draw (no
	 * number, or an utfall printed as a bound); {@code result} is set for utfall only.
	 */
	record Row(Kind kind, Period period, String periodText, String label, FollowUp followUp, String total,
			Map<SplitGroup, String> splits, String footnote, List<MarkedFootnote> notes, BigDecimal number,
			BigDecimal upper, boolean forecast, Fulfilment.Result result, Period targetPeriod, int order) {

		boolean hasFootnotes() {
			return footnote != null && !footnote.isBlank() || !notes.isEmpty();
		}
	}

	private final Measure measure;
	private final List<Row> rows = new ArrayList<>();
	private final List<SplitGroup> groups = new ArrayList<>();
	/** The jämförelsegrupper's averages, each a column of its own beside the municipality's values. */
	private final List<Comparisons.Series> comparisons;

	IndicatorTable(Handbook handbook, Measure measure) {
		this.measure = measure;
		measure.getSplits().stream().filter(g -> !g.eIsProxy()).forEach(groups::add);
		String unit = measure.getUnit();
		for (Baseline baseline : measure.getBaselines()) {
			Map<SplitGroup, String> splits = new LinkedHashMap<>();
			for (SplitOutcome split : baseline.getSplits()) {
				group(split.getGroup(), splits, outcomeText(split.getValue(), unit));
			}
			rows.add(new Row(Kind.BASELINE, Period.parse(baseline.getPeriod()), baseline.getPeriod(),
					Html.raw("table.baseline"), null, outcomeText(baseline.getValue(), unit), splits,
					baseline.getFootnote(), baseline.getNotes(), drawable(baseline.getValue()), null,
					isForecast(baseline.getValue()), null, null, rows.size()));
		}
		for (Target target : measure.getTargets()) {
			Map<SplitGroup, String> splits = new LinkedHashMap<>();
			for (SplitTarget split : target.getSplits()) {
				group(split.getGroup(), splits, Html.number(Values.target(split.getValue(), unit)));
			}
			TargetValue value = target.getValue();
			boolean drawable = value != null && !value.isNotSet();
			rows.add(new Row(Kind.TARGET, Period.parse(target.getPeriod()), target.getPeriod(), Html.raw("table.target"),
					null, Html.number(Values.target(value, unit)), splits, target.getFootnote(), target.getNotes(),
					drawable ? value.getNumber() : null, drawable ? value.getUpper() : null, false, null, null,
					rows.size()));
		}
		for (Outcome outcome : handbook.view.outcomes(measure)) {
			Map<SplitGroup, String> splits = new LinkedHashMap<>();
			for (SplitOutcome split : outcome.getSplits()) {
				group(split.getGroup(), splits, outcomeText(split.getValue(), unit));
			}
			Period period = Outcomes.periodOf(outcome);
			Fulfilment.Result result = MeasureFulfilment.evaluate(measure, period, null, outcome.getValue());
			Period targetPeriod = period == null ? null
					: MeasureFulfilment.targetFor(measure, period).map(t -> Period.parse(t.getPeriod())).orElse(null);
			rows.add(new Row(Kind.OUTCOME, period, outcome.getPeriod(), Html.raw("table.outcome"), Outcomes.followUpOf(outcome),
					outcomeText(outcome.getValue(), unit), splits, outcome.getFootnote(), outcome.getNotes(),
					drawable(outcome.getValue()), null, isForecast(outcome.getValue()), result, targetPeriod, rows.size()));
		}
		// A group's average stands on the row of the year's utfall; a year without one gets a row of its own.
		comparisons = Comparisons.of(handbook.view, measure);
		Set<Integer> withOutcome = new HashSet<>();
		rows.stream().filter(IndicatorTable::isYearlyOutcome).forEach(r -> withOutcome.add(r.period().first()));
		Set<Integer> comparedYears = new TreeSet<>();
		comparisons.forEach(s -> comparedYears.addAll(s.byYear().keySet()));
		for (int year : comparedYears) {
			if (!withOutcome.contains(year)) {
				rows.add(new Row(Kind.COMPARISON, Period.year(year), Integer.toString(year), Html.raw("table.comparisonRow"),
						null, "", Map.of(), null, List.of(), null, null, false, null, null, rows.size()));
			}
		}
		// By the period's end, the shorter period first (January, August, then the year); a span of
		// years stands where it ends. Malformed periods last; the validator reports them.
		rows.sort(Comparator.comparing(Row::period, Comparator.nullsLast(Period.ORDER)).thenComparing(Row::kind)
				.thenComparingInt(Row::order));
	}

	/** An utfall's text in the handbook's typography; a reference ("se …") is the planners' own words. */
	private static String outcomeText(OutcomeValue value, String unit) {
		String text = Values.outcome(value, unit);
		return value instanceof ReferenceValue ? text : Html.number(text);
	}

	/** The number to draw: a plain value, not one printed as a bound ("mindre än 70" is no point). */
	private static BigDecimal drawable(OutcomeValue value) {
		if (value instanceof MeasuredValue measured
				&& (measured.getBound() == null || measured.getBound() == Bound.EXACTLY)) {
			return measured.getNumber();
		}
		return null;
	}

	private static boolean isForecast(OutcomeValue value) {
		return value instanceof MeasuredValue measured && measured.isForecast();
	}

	private void group(SplitGroup group, Map<SplitGroup, String> splits, String text) {
		if (group == null || group.eIsProxy()) {
			return;
		}
		if (!groups.contains(group)) {
			groups.add(group);
		}
		splits.put(group, text);
	}

	private static boolean isYearlyOutcome(Row row) {
		return row.kind() == Kind.OUTCOME && row.period() != null && row.period().kind() == Period.Kind.YEAR;
	}

	/** The group averages on a row: on a year's utfall or comparison row, else none. */
	private List<String> comparisonsOn(Row row) {
		boolean yearly = isYearlyOutcome(row) || row.kind() == Kind.COMPARISON;
		return comparisons.stream().map(series -> {
			ComparisonValue value = yearly ? series.byYear().get(row.period().first()) : null;
			return value == null ? "" : Html.number(Comparisons.text(value));
		}).toList();
	}

	List<Row> rows() {
		return rows;
	}

	List<Comparisons.Series> comparisons() {
		return comparisons;
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	/** Whether utfall are judged against målvärden: there are both (an omvärldsmått has no målvärde). */
	private boolean judged() {
		return measure.getKind() != MeasureKind.CONTEXT && !measure.getTargets().isEmpty()
				&& rows.stream().anyMatch(r -> r.kind() == Kind.OUTCOME);
	}

	/** The table as IndicatorTable.jte renders it, in the shared TableFrame. */
	record Model(String captionId, String caption, List<String> groups, List<String> comparisonGroups, boolean judged,
			boolean footnotes, List<Line> rows) {
	}

	/**
	 * One row as shown: {@code kind} for the CSS class, the source follow-up of an utfall or null, a
	 * value per group ("" where none), the computed result or null, and the period of the målvärde it
	 * was compared with where that is not the row's own (else null).
	 */
	record Line(String kind, String period, String label, Handbook.Link followUp, String total, List<String> splits,
			List<String> comparisons, Handbook.Result result, String againstPeriod, String footnote, List<Note> notes) {
	}

	record Note(String marker, String text) {
	}

	Model model(Handbook handbook) {
		boolean judged = judged();
		List<Line> lines = rows.stream().map(row -> new Line(row.kind().name().toLowerCase(Locale.ROOT),
				Handbook.period(row.periodText()), row.label(), row.followUp() == null ? null : handbook.ref(row.followUp()),
				row.total(), groups.stream().map(g -> row.splits().getOrDefault(g, "")).toList(), comparisonsOn(row),
				judged && row.result() != null ? Handbook.result(row.result()) : null,
				judged && row.result() != null && row.result().isComparable() && row.targetPeriod() != null
						&& !row.targetPeriod().equals(row.period()) ? Handbook.period(row.targetPeriod()) : null,
				row.footnote() == null || row.footnote().isBlank() ? null : Values.prose(row.footnote()),
				row.notes().stream().map(n -> new Note(n.getMarker(), Values.prose(n.getText()))).toList())).toList();
		return new Model(handbook.site.freshId("tabell-" + handbook.site.id(measure)),
				Html.msg("table.captionPeriods", Handbook.title(measure)), groups.stream().map(Handbook::title).toList(),
				comparisons.stream().map(s -> Html.msg("table.comparison", s.title())).toList(), judged,
				rows.stream().anyMatch(Row::hasFootnotes), lines);
	}
}
