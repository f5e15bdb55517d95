package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasureKind;
import governance.dsl.styrmodell.ReferenceValue;

/**
 * matt.html (MeasuresPage.jte): every indicator, basmått and omvärldsmått at a glance with its latest
 * outcome, the target that applies to that outcome's period and whether it is met, each linked to its
 * own page (IndicatorPage).
 */
final class MeasuresPage {

	record Model(List<Row> rows) {
	}

	/** One measure's overview row; {@code result} null for an omvärldsmått, which is not judged. */
	record Row(Handbook.Link measure, String kind, Handbook.Link goal, String outcome, String target, Handbook.Result result) {
	}

	private MeasuresPage() {
	}

	static Page render(Handbook handbook) {
		List<Row> rows = handbook.view.measures().stream().map(measure -> {
			Standing standing = standingOf(handbook, measure);
			return new Row(handbook.ref(measure), IndicatorPage.kind(measure), handbook.ref(ModelView.goalOf(measure)), standing.outcome(),
					standing.target(), standing.result());
		}).toList();
		return new Page(Site.MEASURES, Html.msg("measures.title"), Page.Section.MEASURES)
				.content(Templates.content("MeasuresPage.jte", new Model(rows)));
	}

	/** Where a measure stands, as three cells; {@code result} null for an omvärldsmått, which is not judged. */
	record Standing(String outcome, String target, Handbook.Result result) {
	}

	/**
	 * The latest utfall, the målvärde that applies to its period (not the plan's last one: a 2026
	 * target says nothing about a 2024 outcome) and the computed result.
	 */
	static Standing standingOf(Handbook handbook, Measure measure) {
		governance.dsl.model.MeasureFulfilment.Standing standing = handbook.standing(measure);
		String unit = measure.getUnit();
		String outcome = standing.outcome() == null ? Html.msg("measures.noOutcome")
				: valueWithPeriod(standing.period(), Values.outcome(standing.outcome().getValue(), unit),
						!(standing.outcome().getValue() instanceof ReferenceValue));
		String target = standing.target() == null ? "" : valueWithPeriod(Period.parse(standing.target().getPeriod()),
				Values.target(standing.target().getValue(), unit), true);
		return new Standing(outcome, target, measure.getKind() != MeasureKind.CONTEXT ? Handbook.result(standing.result()) : null);
	}

	/** "2019: 74 %", "januari 2019: 12 000 kr", numbers in the handbook's typography. */
	private static String valueWithPeriod(Period period, String value, boolean typography) {
		return Handbook.period(period) + ": " + (typography ? Html.number(value) : value);
	}
}
