package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import governance.dsl.generator.json.JsonGenerator;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.File;
import governance.dsl.tests.TestWorkspace;

/** The JSON document: valid against the schema in the repository, complete, qualified, deterministic. */
class JsonTest {

	static final Path SCHEMA = Path.of("governance.dsl.generator/schema/styrmodell.schema.json");
	private static final ObjectMapper MAPPER = new ObjectMapper();

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	static GovernanceView view(String example) {
		TestWorkspace workspace = TestWorkspace.example(example);
		List<File> files = workspace.names().stream().map(workspace::root).toList();
		workspace.validateAll(); // resolves every reference
		return GovernanceView.of(files).values().iterator().next();
	}

	static JsonSchema schema() throws IOException {
		return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(SCHEMA));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleValidatesAgainstTheSchema(String example) throws IOException {
		JsonNode document = MAPPER.readTree(new JsonGenerator().generate(view(example)));
		Set<ValidationMessage> errors = schema().validate(document);
		assertEquals("", errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));
	}

	@Test
	void theSchemaRejectsADocumentThatIsNotOurs() throws IOException {
		ObjectNode document = (ObjectNode) MAPPER.readTree(new JsonGenerator().generate(view("linkoping")));
		document.remove("goals");
		((ObjectNode) document.get("measures").get(0)).put("kind", "gissning");
		Set<ValidationMessage> errors = schema().validate(document);
		assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("goals")), errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().contains("measures[0].kind")),
				errors.toString());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyElementIsThereWithItsQualifiedId(String example) throws IOException {
		GovernanceView view = view(example);
		JsonNode document = MAPPER.readTree(new JsonGenerator().generate(view));
		assertEquals(ids(view.goals()), ids(document.get("goals")));
		assertEquals(ids(view.measures()), ids(document.get("measures")));
		assertEquals(ids(view.assignments()), ids(document.get("assignments")));
		assertEquals(ids(view.activities()), ids(document.get("activities")));
		assertEquals(ids(view.followUps()), ids(document.get("followUps")));
		for (JsonNode goal : document.get("goals")) {
			assertTrue(goal.get("id").asText().startsWith(example + "."), goal.get("id").asText());
		}
	}

	@Test
	void valuesCarryTheirQualifiers() throws IOException {
		JsonNode document = MAPPER.readTree(new JsonGenerator().generate(view("linkoping")));
		List<JsonNode> targets = new ArrayList<>();
		List<JsonNode> outcomes = new ArrayList<>();
		for (JsonNode measure : document.get("measures")) {
			measure.get("targets").forEach(targets::add);
			measure.get("outcomes").forEach(outcomes::add);
			measure.get("baselines").forEach(outcomes::add);
		}
		assertTrue(targets.stream().anyMatch(t -> "greater_than".equals(t.at("/value/bound").asText())
				&& t.at("/value/text").asText().startsWith("större än ")), "a bound");
		assertTrue(targets.stream().anyMatch(t -> t.get("splits").size() > 0), "a split target");
		assertTrue(outcomes.stream().anyMatch(o -> "missing".equals(o.at("/value/kind").asText())
				&& "I.U.".equals(o.at("/value/text").asText())), "a missing outcome");
		assertTrue(outcomes.stream().anyMatch(o -> o.at("/value/forecast").asBoolean()
				&& o.at("/value/text").asText().endsWith("(prognos)")), "a forecast");
		assertTrue(outcomes.stream().anyMatch(o -> "reference".equals(o.at("/value/kind").asText())), "a reference");
		assertTrue(outcomes.stream().anyMatch(o -> !o.get("footnote").isNull()), "a footnote");
		assertTrue(outcomes.stream().anyMatch(o -> o.get("splits").size() == 2
				&& o.at("/splits/0/group").asText().startsWith("linkoping.")), "an outcome split by sex");
		assertTrue(outcomes.stream().anyMatch(o -> o.get("followUp").asText().startsWith("linkoping.")),
				"outcomes from the follow-up file");
		assertTrue(outcomes.stream().anyMatch(o -> "%".equals(o.at("/value/unit").asText())), "a unit");
	}

	@Test
	void theDocumentIsTheSameEveryTime() {
		byte[] first = new JsonGenerator().generate(view("vanersborg"));
		byte[] second = new JsonGenerator().generate(view("vanersborg"));
		assertArrayEquals(first, second);
		assertFalse(new String(first, java.nio.charset.StandardCharsets.UTF_8).contains("\r"));
	}

	private static List<String> ids(List<? extends org.eclipse.emf.ecore.EObject> elements) {
		return elements.stream().map(ModelView::qualifiedId).toList();
	}

	private static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach(node -> ids.add(node.get("id").asText()));
		assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
		return ids;
	}
}
