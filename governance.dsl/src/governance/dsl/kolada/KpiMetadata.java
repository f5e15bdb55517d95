package governance.dsl.kolada;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import governance.dsl.kolada.KoladaSource.Kpi;

/**
 * The metadata of the workspace's KPIs, kept beside the model in {@value #FILE_NAME} so that the
 * checker knows Kolada's KPIs without the network: written by {@code govc kolada --metadata}
 * (KpiMetadataFile, in the generator module), read (and cached while the file is unchanged) by the
 * checker. Read with Gson, which the editors carry anyway (LSP4J), so that the language runtime
 * needs no JSON library of its own.
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

	/** The version of the file's layout, written as {@code "format"}. */
	public static final int FORMAT = 1;

	/**
	 * A read file: its bytes and its KPIs by id, parsed again only when the bytes differ (a time stamp
	 * can miss a rewrite of the same size within its resolution; the file is small).
	 */
	private record Read(byte[] bytes, Map<String, Kpi> kpis) {
	}

	private static final Map<Path, Read> CACHE = new ConcurrentHashMap<>();

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
			JsonElement root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
			Map<String, Kpi> kpis = new TreeMap<>();
			JsonElement list = root.isJsonObject() ? root.getAsJsonObject().get("kpis") : null;
			if (list != null && list.isJsonArray()) {
				for (JsonElement element : list.getAsJsonArray()) {
					if (!element.isJsonObject()) {
						continue;
					}
					JsonObject node = element.getAsJsonObject();
					String id = text(node, "id");
					if (id != null) {
						JsonElement divided = node.get("isDividedByGender");
						kpis.put(id, new Kpi(id, text(node, "title"), text(node, "unit"),
								divided == null || divided.isJsonNull() ? null : divided.getAsBoolean(), null));
					}
				}
			}
			Map<String, Kpi> result = Collections.unmodifiableMap(kpis);
			CACHE.put(file, new Read(bytes, result));
			return result;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static String text(JsonObject node, String key) {
		JsonElement value = node.get(key);
		return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
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
