package governance.dsl.kolada;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import governance.dsl.Messages;
import governance.dsl.kolada.KoladaSource.Kpi;

/**
 * The metadata of the workspace's KPIs, kept beside the model in {@value #FILE_NAME} so that the
 * checker knows Kolada's KPIs without the network: written by {@code govc kolada --metadata}, read
 * (and cached while the file is unchanged) by the checker. Keys in a fixed order, KPIs by id: the
 * same answers give the same bytes.
 */
public final class KpiMetadata {

	public static final String FILE_NAME = "kolada-kpi.json";

	/** Kolada's KPI ids: N (municipal) or U (organisational) and five digits. */
	private static final java.util.regex.Pattern KPI_ID = java.util.regex.Pattern.compile("[NU]\\d{5}");

	/** Whether a written source reference has the form of a Kolada KPI id ("N15428"). */
	public static boolean isKpiId(String reference) {
		return reference != null && KPI_ID.matcher(reference.strip()).matches();
	}

	/** Kolada's ids of municipality groups (/municipality_groups): G and digits, "G33908". */
	private static final java.util.regex.Pattern GROUP_ID = java.util.regex.Pattern.compile("G\\d+");

	/** Whether a jämförelsegrupp's id has the form of a Kolada municipality group id ("G33908"). */
	public static boolean isGroupId(String id) {
		return id != null && GROUP_ID.matcher(id.strip()).matches();
	}

	private static final int FORMAT = 1;

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/**
	 * A read file: its bytes and its KPIs by id, parsed again only when the bytes differ (a time stamp
	 * can miss a rewrite of the same size within its resolution; the file is small).
	 */
	private record Read(byte[] bytes, Map<String, Kpi> kpis) {
	}

	private static final Map<Path, Read> CACHE = new ConcurrentHashMap<>();

	/** The file's text for the workspace's KPIs, or null with the problems. */
	public String fetch(Path workspace, KoladaSource source, List<String> problems) throws IOException {
		List<String> ids = KoladaFetch.kpis(workspace, problems);
		if (!problems.isEmpty()) {
			return null;
		}
		List<Kpi> kpis = new ArrayList<>();
		for (String id : ids) {
			try {
				Kpi kpi = source.kpi(id);
				if (kpi == null) {
					problems.add(Messages.get("kolada.metadata.missing", id, id, SavedResponses.kpiFile(id)));
				} else {
					kpis.add(kpi);
				}
			} catch (KoladaException e) {
				problems.add(e.getMessage());
				if (e.fatal()) {
					break;
				}
			}
		}
		return problems.isEmpty() ? text(kpis) : null;
	}

	static String text(List<Kpi> kpis) throws IOException {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("format", FORMAT);
		root.put("source", KoladaApi.DEFAULT_BASE);
		ArrayNode list = root.putArray("kpis");
		kpis.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(kpi -> {
			ObjectNode node = list.addObject();
			node.put("id", kpi.id());
			node.put("title", kpi.title());
			if (kpi.unit() != null) {
				node.put("unit", kpi.unit());
			}
			if (kpi.dividedByGender() != null) {
				node.put("isDividedByGender", kpi.dividedByGender());
			}
		});
		return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
	}

	/**
	 * The KPIs of the metadata file in the folder, by id, or null when there is none (or it cannot be
	 * read: the checker then knows nothing, as without the file).
	 */
	public static Map<String, Kpi> read(Path folder) {
		Path file = folder.resolve(FILE_NAME);
		try {
			if (!Files.isRegularFile(file)) {
				CACHE.remove(file);
				return null;
			}
			byte[] bytes = Files.readAllBytes(file);
			Read cached = CACHE.get(file);
			if (cached != null && Arrays.equals(cached.bytes(), bytes)) {
				return cached.kpis();
			}
			JsonNode root = MAPPER.readTree(bytes);
			Map<String, Kpi> kpis = new TreeMap<>();
			for (JsonNode node : root.path("kpis")) {
				String id = node.path("id").asText(null);
				if (id != null) {
					JsonNode divided = node.get("isDividedByGender");
					kpis.put(id, new Kpi(id, node.path("title").asText(null), node.path("unit").asText(null),
							divided == null || divided.isNull() ? null : divided.asBoolean(), null));
				}
			}
			Map<String, Kpi> result = Collections.unmodifiableMap(kpis);
			CACHE.put(file, new Read(bytes, result));
			return result;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The metadata that applies to a file of the workspace: the file in its folder or the nearest
	 * folder above it; null where the workspace has none (or the model is not read from files).
	 */
	public static Map<String, Kpi> forFile(org.eclipse.emf.common.util.URI uri) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		for (Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent(); folder != null; folder = folder
				.getParent()) {
			Map<String, Kpi> kpis = read(folder);
			if (kpis != null) {
				return kpis;
			}
		}
		return null;
	}

	/** What Kolada says of a measure's KPI (title, unit), or null when its source is no known Kolada KPI. */
	public static Kpi of(governance.dsl.styrmodell.Measure measure) {
		governance.dsl.styrmodell.Source source = measure.getSource();
		if (source == null || source.getKind() != governance.dsl.styrmodell.SourceKind.KOLADA
				|| source.getReference() == null || measure.eResource() == null) {
			return null;
		}
		Map<String, Kpi> kpis = forFile(measure.eResource().getURI());
		return kpis == null ? null : kpis.get(source.getReference().strip());
	}
}
