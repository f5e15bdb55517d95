package governance.dsl.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import governance.dsl.Messages;
import governance.dsl.styrmodell.ComparisonGroup;
import governance.dsl.styrmodell.ComparisonValue;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;

/**
 * The averages of the municipality's jämförelsegrupper (Kolada's municipality groups, such as
 * "liknande kommuner") beside its own values. A follow-up states them as {@code jämförelsevärde},
 * apart from its utfall, and they stay apart: no fulfilment, latest outcome, assessment suggestion
 * or one-truth check reads them (those read {@code Outcome}s only). The handbook and the JSON show
 * them beside the municipality's series, never instead of the comparison with the målvärde.
 */
public final class Comparisons {

	/** One group's values for a measure: its Kolada id, its name in the model, and its value by year. */
	public record Series(String groupId, String title, SortedMap<Integer, ComparisonValue> byYear) {
	}

	private Comparisons() {
	}

	/** The model's jämförelsegrupper in the order written, each id once (a second one is an error). */
	public static List<ComparisonGroup> groups(ModelDefinition definition) {
		if (definition == null) {
			return List.of();
		}
		Map<String, ComparisonGroup> groups = new LinkedHashMap<>();
		for (ComparisonGroup group : definition.getComparisonGroups()) {
			if (group.getKoladaId() != null) {
				groups.putIfAbsent(group.getKoladaId().strip(), group);
			}
		}
		return new ArrayList<>(groups.values());
	}

	/** The group the model declares with this id, or null. */
	public static ComparisonGroup group(ModelDefinition definition, String id) {
		if (id == null) {
			return null;
		}
		return groups(definition).stream().filter(g -> g.getKoladaId().strip().equals(id.strip())).findFirst()
				.orElse(null);
	}

	/**
	 * Whether two jämförelsevärden for one measure, year and group say different things: numbers that
	 * differ (80,1 and 80,10 are one value), or a number and I.U.
	 */
	public static boolean conflicts(BigDecimal one, BigDecimal other) {
		return one == null ? other != null : other == null || one.compareTo(other) != 0;
	}

	/** One value as the index keeps it: measure (as written, qualified), year, group, number (or I.U.), line. */
	public record Indexed(String measure, int year, String group, BigDecimal number, int line) {

		/** One line of the index's text; null for a value with no key (no year, no group id, no measure). */
		public static String encode(String measure, ComparisonValue value, int line) {
			Integer year = Comparisons.year(value);
			String group = Comparisons.groupId(value);
			if (measure == null || measure.isEmpty() || year == null || !governance.dsl.kolada.KpiMetadata.isGroupId(group)) {
				return null;
			}
			BigDecimal number = Comparisons.number(value);
			return measure + "\t" + year + "\t" + group + "\t" + (number == null ? "I.U." : number.toPlainString()) + "\t"
					+ line;
		}

		public static List<Indexed> decode(String text) {
			List<Indexed> values = new ArrayList<>();
			for (String row : text.split("\n")) {
				String[] parts = row.split("\t");
				if (parts.length == 5) {
					try {
						values.add(new Indexed(parts[0], Integer.parseInt(parts[1]), parts[2],
								"I.U.".equals(parts[3]) ? null : new BigDecimal(parts[3]), Integer.parseInt(parts[4])));
					} catch (NumberFormatException e) {
						// An index written by another version: the row is skipped, the next build rewrites it.
					}
				}
			}
			return values;
		}
	}

	/** The group id a value names, as written without surrounding spaces, or null. */
	public static String groupId(ComparisonValue value) {
		return value.getGroup() == null ? null : value.getGroup().strip();
	}

	/** The year a value is for, or null when its period is no single year (an error of its own). */
	public static Integer year(ComparisonValue value) {
		Period period = Period.parse(value.getPeriod());
		return period != null && period.kind() == Period.Kind.YEAR && period.isPlausible() ? period.first() : null;
	}

	/** The group's average, or null where Kolada has none (I.U.). */
	public static BigDecimal number(ComparisonValue value) {
		return value.isMissing() ? null : value.getNumber();
	}

	/** "80,1", "I.U.": the value as the plans write numbers. */
	public static String text(ComparisonValue value) {
		BigDecimal number = number(value);
		return number == null ? Messages.get("value.missing") : Values.number(number);
	}

	/**
	 * The series of each of the model's groups that has a value for the measure, in the model's
	 * order; a year stated twice (in two follow-ups) counts once, from the first follow-up in order.
	 */
	public static List<Series> of(GovernanceView view, Measure measure) {
		List<Series> series = new ArrayList<>();
		for (ComparisonGroup group : groups(view.definition())) {
			String id = group.getKoladaId().strip();
			SortedMap<Integer, ComparisonValue> byYear = new TreeMap<>();
			for (FollowUp followUp : view.followUps()) {
				for (ComparisonValue value : followUp.getComparisons()) {
					Integer year = year(value);
					if (value.getMeasure() == measure && id.equals(groupId(value)) && year != null) {
						byYear.putIfAbsent(year, value);
					}
				}
			}
			if (!byYear.isEmpty()) {
				series.add(new Series(id, group.getTitle(), Collections.unmodifiableSortedMap(byYear)));
			}
		}
		return series;
	}
}
