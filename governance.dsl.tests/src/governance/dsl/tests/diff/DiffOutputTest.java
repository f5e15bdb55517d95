package governance.dsl.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import governance.dsl.diff.DiffFailure;
import governance.dsl.diff.DiffResult;
import governance.dsl.diff.JsonReport;
import governance.dsl.diff.MarkdownReport;

/** The Markdown for a merge request and the JSON for tools, exactly, and the JSON against its schema. */
public class DiffOutputTest {

	static final Path SCHEMA = Path.of("governance.dsl.generator/schema/styrmodell-diff.schema.json");
	private static final ObjectMapper MAPPER = new ObjectMapper();

	static DiffResult small() throws DiffFailure {
		Map<String, String> after = DiffTest.edited("bun.styr", "målvärde 2025: 90", "målvärde 2025: 85");
		after.put("bun.styr", after.get("bun.styr").replace("leder till kf_m1", "leder till kf_m2"));
		return DiffTest.diff(DiffTest.base(), after);
	}

	static JsonSchema schema() throws IOException {
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(SCHEMA));
	}

	@Test
	void markdownForAMergeRequest() throws DiffFailure {
		assertEquals("""
				### Skillnader i styrmodellen

				`före` → `efter`

				Ändrade: 2.

				#### Att granska först

				**Sänkta målvärden (lägre ambition)**

				- Målvärde 2025 för Andel behöriga (bun\\_i1): 90 % → 85 %

				#### Barn\\- och ungdomsnämnden (bun\\_)
				""".replace("Barn\\- och ungdomsnämnden (bun\\_)", "Barn- och ungdomsnämnden (bun)") + """

				- **Ändrat:** Mål `bun_m1` Fler elever är behöriga
				  - leder till: kf\\_m1 → kf\\_m2
				- **Ändrat:** Indikator `bun_i1` Andel behöriga
				  - Målvärde 2025: 90 % → 85 % (sänkt ambition)
				""", MarkdownReport.render(small()));
	}

	@Test
	void jsonForTools() throws DiffFailure, IOException {
		JsonNode document = MAPPER.readTree(JsonReport.render(small()));
		assertEquals("""
				{"status":"changed","id":"test.bun_i1","name":"bun_i1","kind":"measure","kindLabel":"Indikator",\
				"title":"Andel behöriga","group":{"id":"bun","title":"Barn- och ungdomsnämnden"},"level":null,\
				"file":"bun.styr","previousId":null,"previousFile":null,"reordered":false,"properties":[{"key":"target:2025",\
				"label":"Målvärde 2025","old":"90 %","new":"85 %","ambition":"lowered","words":null}]}""",
				document.get("changes").get(1).toString());
		assertEquals("""
				{"added":0,"removed":0,"changed":2,"moved":0,"renamed":0}""", document.get("counts").toString());
		assertEquals("Målvärde 2025 för Andel behöriga (bun_i1): 90 % → 85 %",
				document.at("/summary/targetsLowered/0/text").asText());
		assertEquals("Nämndmål", document.at("/changes/0/level").asText());
		assertTrue(JsonReport.render(small()).startsWith("{\n  \"format\": \"styrmodell-diff\",\n"));
	}

	@Test
	void theJsonValidatesAgainstItsSchema() throws DiffFailure, IOException {
		for (DiffResult result : new DiffResult[] { small(), DiffTest.diff(DiffTest.base(), DiffTest.base()),
				DiffTest.diff(DiffTest.base(), DiffTest.edited("bun.styr", "för att nå", "för att klara")) }) {
			Set<ValidationMessage> errors = schema().validate(MAPPER.readTree(JsonReport.render(result)));
			assertEquals("", errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));
		}
	}

	@Test
	void theSchemaRejectsAnotherStatus() throws DiffFailure, IOException {
		ObjectNode document = (ObjectNode) MAPPER.readTree(JsonReport.render(small()));
		((ObjectNode) document.get("changes").get(0)).put("status", "kanske");
		assertTrue(schema().validate(document).stream()
				.anyMatch(e -> e.getInstanceLocation().toString().contains("changes[0].status")));
	}
}
