package governance.dsl.kolada;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything govc knows about the shape of Kolada's API (v3), in one place: the paths it asks for
 * and the names of the JSON fields it reads. Should Kolada rename a field, this is the class to change.
 */
public final class KoladaApi {

	/** Kolada's own address; {@code --api} replaces it (a proxy, or a test's server). */
	public static final String DEFAULT_BASE = "https://api.kolada.se/v3";

	// --- Fields of a response -------------------------------------------------------------------------
	public static final String VALUES = "values";
	public static final String COUNT = "count";
	public static final String NEXT_PAGE = "next_page";

	// An entry of /data: one KPI, municipality and period, with values per gender.
	public static final String KPI = "kpi";
	public static final String MUNICIPALITY = "municipality";
	public static final String PERIOD = "period";
	public static final String GENDER = "gender";
	public static final String VALUE = "value";

	/** The genders of a value: total, women (kvinnor), men (män). */
	public static final String TOTAL = "T";
	public static final String WOMEN = "K";
	public static final String MEN = "M";

	// An entry of /kpi: the KPI's metadata.
	public static final String ID = "id";
	public static final String TITLE = "title";
	public static final String DIVIDED_BY_GENDER = "is_divided_by_gender";
	public static final String PUBLICATION_DATE = "publication_date";
	/** Not documented by Kolada for every KPI: read when present. */
	public static final String UNIT = "unit";

	private KoladaApi() {
	}

	/** The values of one KPI for one municipality and the years. */
	public static String dataPath(String kpi, String municipality, List<Integer> years) {
		return "/data/kpi/" + segment(kpi) + "/municipality/" + segment(municipality) + "/year/"
				+ years.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/**
	 * The metadata of one municipality group ("G33908": its title and members). Kolada keeps the
	 * values of a group (the unweighted average of its members) under /data like a municipality's,
	 * with the group's id in place of the municipality's: {@link #dataPath} serves both.
	 */
	public static String groupPath(String group) {
		return "/municipality_groups/" + segment(group);
	}

	/** The metadata of one KPI. */
	public static String kpiPath(String kpi) {
		return "/kpi/" + segment(kpi);
	}

	private static String segment(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
