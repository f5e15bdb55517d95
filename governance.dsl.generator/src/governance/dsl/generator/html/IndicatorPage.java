package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.model.ModelView;
import governance.dsl.model.Values;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Source;
import governance.dsl.styrmodell.SourceKind;
import governance.dsl.styrmodell.SplitGroup;

/**
 * A page per indicator, basmått and omvärldsmått (IndicatorPage.jte): where it stands now (the latest
 * utfall, the målvärde for its period, the computed result), what it is and where it comes from (a
 * Kolada KPI linked to its page on kolada.se), every value by period with its status, split by group
 * and with its footnotes, and the yearly chart against the målvärden.
 */
final class IndicatorPage {

	/** {@code table} null when the measure has no values; {@code chart} null when there is no number to draw. */
	record Model(String id, String title, String kind, List<Facts.Fact> standing, List<Facts.Fact> facts, String description,
			IndicatorTable.Model table, OutcomeChart.Chart chart) {
	}

	/** A source as the plan names it; {@code href} its public page, or null when it has none we know. */
	record SourceLink(String kind, String reference, String href) {
	}

	/** A Kolada KPI id: N (municipality) or U (organisational unit) and five digits. */

	private IndicatorPage() {
	}

	static Page render(Handbook handbook, Measure measure) {
		Page page = new Page(handbook.site.file(measure), Handbook.title(measure), Page.Section.MEASURES);
		page.crumb(Html.msg("nav.start"), Site.START);
		page.crumb(Html.msg("nav.measures"), Site.MEASURES);
		Goal goal = ModelView.goalOf(measure);
		if (goal != null && handbook.site.has(goal)) {
			page.crumb(Handbook.title(goal), handbook.site.file(goal));
		}
		return page.content(Templates.content("IndicatorPage.jte", model(handbook, measure)));
	}

	static Model model(Handbook handbook, Measure measure) {
		MeasuresPage.Standing standing = MeasuresPage.standingOf(handbook, measure);
		Facts now = new Facts().text("indicator.latestOutcome", standing.outcome());
		if (!standing.target().isEmpty()) {
			now.text("indicator.applyingTarget", standing.target());
		}
		if (standing.result() != null) {
			now.content("indicator.result", Templates.content("Fulfilment.jte", standing.result()));
		}
		Facts facts = new Facts().text("measure.kind", kind(measure));
		facts.link("measure.goal", handbook.ref(ModelView.goalOf(measure)));
		facts.text("measure.unit", measure.getUnit());
		if (measure.getDirection() != null && measure.getDirection() != Direction.NOT_STATED) {
			facts.text("measure.direction", Html.msg("direction." + measure.getDirection().getName()));
		}
		if (measure.getSource() != null) {
			facts.content("measure.source", Templates.content("SourceLink.jte", source(measure.getSource())));
		}
		// Kolada's own name and unit for the KPI beside the plan's, where the workspace keeps its metadata.
		governance.dsl.kolada.KoladaSource.Kpi kpi = governance.dsl.kolada.KpiMetadata.of(measure);
		if (kpi != null && kpi.title() != null) {
			facts.text("indicator.koladaTitle",
					kpi.unit() == null ? kpi.title() : Html.msg("indicator.koladaTitleUnit", kpi.title(), kpi.unit()));
		}
		List<SplitGroup> splits = measure.getSplits().stream().filter(g -> !g.eIsProxy()).toList();
		if (!splits.isEmpty()) {
			facts.text("measure.splits", String.join(", ", splits.stream().map(Handbook::title).toList()));
		}
		if (measure.isMeasuresPeople() && handbook.edition.showsInternals()) {
			facts.text("measure.people", Html.msg("measure.peopleYes"));
		}
		facts.id(handbook, "measure.id", measure.getName());
		IndicatorTable table = new IndicatorTable(handbook, measure);
		return new Model(handbook.site.id(measure), Handbook.title(measure), kind(measure), now.list(), facts.list(),
				measure.getDescription(), table.isEmpty() ? null : table.model(handbook),
				table.isEmpty() ? null : OutcomeChart.chart(handbook, measure, table));
	}

	/** "Indikator", "Basmått, KS-indikator". */
	static String kind(Measure measure) {
		return Html.msg("measureKind." + measure.getKind().getName())
				+ (measure.isKsIndicator() ? ", " + Html.msg("measure.ksIndicator") : "");
	}

	/** The source; a Kolada KPI id ("N15419") links to the KPI on kolada.se, where anyone can read its values. */
	static SourceLink source(Source source) {
		String reference = Values.prose(source.getReference());
		String href = source.getKind() == SourceKind.KOLADA && governance.dsl.kolada.KpiMetadata.isKpiId(reference)
				? "https://www.kolada.se/verktyg/fri-sokning/?kpis=" + reference
				: null;
		return new SourceLink(Html.msg("source." + source.getKind().getName()), reference, href);
	}
}
