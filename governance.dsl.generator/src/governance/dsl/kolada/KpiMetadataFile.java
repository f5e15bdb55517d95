package governance.dsl.kolada;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import governance.dsl.Messages;
import governance.dsl.kolada.KoladaSource.Kpi;

/**
 * Writes the workspace's {@value KpiMetadata#FILE_NAME} ({@code govc kolada --metadata}), which
 * {@link KpiMetadata} reads for the checker. Keys in a fixed order, KPIs by id: the same answers give
 * the same bytes.
 */
public final class KpiMetadataFile {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
		root.put("format", KpiMetadata.FORMAT);
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

}
