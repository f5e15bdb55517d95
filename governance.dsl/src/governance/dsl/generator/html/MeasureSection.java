package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.SplitGroup;

/** A measure in full (MeasureSection.jte): what it is, where it comes from, its values by period and the chart. */
final class MeasureSection {

	/** {@code table} null when the measure has no values; {@code chart} null when there is no number to draw. */
	record Model(String id, String title, List<Facts.Fact> facts, String description, IndicatorTable.Model table,
			OutcomeChart.Chart chart) {
	}

	private MeasureSection() {
	}

	static Model model(Handbook handbook, Measure measure) {
		Facts facts = new Facts().text("measure.kind", Html.msg("measureKind." + measure.getKind().getName())
				+ (measure.isKsIndicator() ? ", " + Html.msg("measure.ksIndicator") : ""));
		if (ModelView.goalOf(measure) != null && !handbook.site.has(ModelView.goalOf(measure))) {
			facts.link("measure.goal", handbook.ref(ModelView.goalOf(measure)));
		}
		facts.text("measure.unit", measure.getUnit());
		if (measure.getDirection() != null && measure.getDirection() != Direction.NOT_STATED) {
			facts.text("measure.direction", Html.msg("direction." + measure.getDirection().getName()));
		}
		if (measure.getSource() != null) {
			facts.text("measure.source", Html.msg("source." + measure.getSource().getKind().getName()) + ": "
					+ Values.prose(measure.getSource().getReference()));
		}
		List<SplitGroup> splits = measure.getSplits().stream().filter(g -> !g.eIsProxy()).toList();
		if (!splits.isEmpty()) {
			facts.text("measure.splits", String.join(", ", splits.stream().map(Handbook::title).toList()));
		}
		if (measure.isMeasuresPeople()) {
			facts.text("measure.people", Html.msg("measure.peopleYes"));
		}
		facts.code("measure.id", measure.getName());
		IndicatorTable table = new IndicatorTable(handbook, measure);
		return new Model(handbook.site.id(measure), Handbook.title(measure), facts.list(), measure.getDescription(),
				table.isEmpty() ? null : table.model(handbook), table.isEmpty() ? null : OutcomeChart.chart(handbook, measure, table));
	}
}
