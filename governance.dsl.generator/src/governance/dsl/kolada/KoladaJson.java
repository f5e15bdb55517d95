package governance.dsl.kolada;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import governance.dsl.Messages;
import governance.dsl.kolada.KoladaSource.Kpi;
import governance.dsl.kolada.KoladaSource.YearValues;

/** Reads Kolada's responses: the same for the API and for saved responses. */
final class KoladaJson {

	/** Numbers as written (84.2, not the nearest double), so that the follow-up says what Kolada said. */
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

	/** One page of /data: its entries for the KPI and municipality, and the address of the next page or null. */
	record Page(List<YearValues> values, String next) {
	}

	private KoladaJson() {
	}

	static JsonNode parse(String text, String where) throws KoladaException {
		try {
			JsonNode root = MAPPER.readTree(text);
			if (root == null || !root.isObject()) {
				throw new KoladaException(Messages.get("kolada.malformed", where, Messages.get("kolada.malformed.notObject")),
						false);
			}
			return root;
		} catch (JsonProcessingException e) {
			throw new KoladaException(Messages.get("kolada.malformed", where, e.getOriginalMessage()), false);
		}
	}

	static Page page(String text, String where, String kpi, String municipality, List<Integer> years)
			throws KoladaException {
		JsonNode root = parse(text, where);
		JsonNode entries = root.get(KoladaApi.VALUES);
		if (entries == null || !entries.isArray()) {
			throw malformed(where, Messages.get("kolada.malformed.noValues", KoladaApi.VALUES));
		}
		List<YearValues> values = new ArrayList<>();
		for (JsonNode entry : entries) {
			// Kolada answers what was asked; an entry for another KPI, municipality or year is left out.
			if (!kpi.equals(entry.path(KoladaApi.KPI).asText(kpi))
					|| !municipality.equals(entry.path(KoladaApi.MUNICIPALITY).asText(municipality))) {
				continue;
			}
			JsonNode period = entry.get(KoladaApi.PERIOD);
			if (period == null || !period.asText().matches("\\d{4}")) {
				throw malformed(where, Messages.get("kolada.malformed.period", period == null ? "" : period.asText()));
			}
			int year = Integer.parseInt(period.asText());
			if (!years.contains(year)) {
				continue;
			}
			Map<String, BigDecimal> byGender = new LinkedHashMap<>();
			for (JsonNode value : entry.path(KoladaApi.VALUES)) {
				String gender = value.path(KoladaApi.GENDER).asText("");
				JsonNode number = value.get(KoladaApi.VALUE);
				if (number != null && !number.isNull() && !number.isNumber()) {
					throw malformed(where, Messages.get("kolada.malformed.value", number.toString(), kpi, year));
				}
				byGender.put(gender, number == null || number.isNull() ? null : number.decimalValue());
			}
			values.add(new YearValues(year, byGender));
		}
		JsonNode next = root.get(KoladaApi.NEXT_PAGE);
		return new Page(values, next == null || next.isNull() || next.asText().isBlank() ? null : next.asText());
	}

	/** The KPI's metadata, or null when the response has no entry for it. */
	static Kpi kpi(String text, String where, String id) throws KoladaException {
		JsonNode root = parse(text, where);
		JsonNode entries = root.get(KoladaApi.VALUES);
		if (entries == null || !entries.isArray()) {
			throw malformed(where, Messages.get("kolada.malformed.noValues", KoladaApi.VALUES));
		}
		for (JsonNode entry : entries) {
			if (id.equals(entry.path(KoladaApi.ID).asText())) {
				JsonNode divided = entry.get(KoladaApi.DIVIDED_BY_GENDER);
				return new Kpi(id, text(entry, KoladaApi.TITLE), text(entry, KoladaApi.UNIT),
						divided == null || divided.isNull() ? null : divided.asBoolean() || divided.asInt() == 1,
						text(entry, KoladaApi.PUBLICATION_DATE));
			}
		}
		return null;
	}

	/** The group's id and title, or null when the response has no entry for it. */
	static KoladaSource.Group group(String text, String where, String id) throws KoladaException {
		JsonNode root = parse(text, where);
		JsonNode entries = root.get(KoladaApi.VALUES);
		if (entries == null || !entries.isArray()) {
			throw malformed(where, Messages.get("kolada.malformed.noValues", KoladaApi.VALUES));
		}
		for (JsonNode entry : entries) {
			if (id.equals(entry.path(KoladaApi.ID).asText())) {
				String title = text(entry, KoladaApi.TITLE);
				return new KoladaSource.Group(id, title == null ? id : title);
			}
		}
		return null;
	}

	/** The values of one year merged from several pages: the later page wins only where the earlier had nothing. */
	static List<YearValues> merged(List<YearValues> values) {
		Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
		for (YearValues value : values) {
			Map<String, BigDecimal> merged = byYear.computeIfAbsent(value.year(), y -> new LinkedHashMap<>());
			value.byGender().forEach((gender, number) -> {
				if (merged.get(gender) == null) {
					merged.put(gender, number);
				}
			});
		}
		List<YearValues> result = new ArrayList<>();
		byYear.forEach((year, byGender) -> result.add(new YearValues(year, byGender)));
		return result;
	}

	private static String text(JsonNode entry, String field) {
		JsonNode node = entry.get(field);
		return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
	}

	private static KoladaException malformed(String where, String detail) {
		return new KoladaException(Messages.get("kolada.malformed", where, detail), false);
	}
}
