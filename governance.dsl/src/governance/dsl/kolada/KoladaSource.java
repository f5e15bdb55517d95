package governance.dsl.kolada;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Where Kolada's answers come from: its API over HTTP ({@link KoladaClient}), or saved responses ({@link SavedResponses}). */
public interface KoladaSource {

	/** A KPI's metadata; {@code dividedByGender}, {@code unit} and {@code publicationDate} are null when not given. */
	record Kpi(String id, String title, String unit, Boolean dividedByGender, String publicationDate) {
	}

	/**
	 * A KPI's values for one municipality and year, by gender ({@link KoladaApi#TOTAL}, {@link KoladaApi#WOMEN},
	 * {@link KoladaApi#MEN}); a gender present with a null value is a value Kolada does not have.
	 */
	record YearValues(int year, Map<String, BigDecimal> byGender) {
	}

	/** A municipality group of Kolada's: its id and title. */
	record Group(String id, String title) {
	}

	/** The group's metadata, or null when this source has none (a folder without it); unknown to Kolada: an exception. */
	Group group(String id) throws KoladaException;

	/** The KPI's metadata, or null when this source has none (a folder without it). */
	Kpi kpi(String id) throws KoladaException;

	/**
	 * The KPI's values for the municipality (or a municipality group's average, by its id) in those
	 * years, by year; a year Kolada has nothing for is absent.
	 */
	List<YearValues> values(String kpi, String municipality, List<Integer> years) throws KoladaException;
}
