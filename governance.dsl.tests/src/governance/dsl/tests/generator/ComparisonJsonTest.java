package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;

import governance.dsl.generator.json.JsonGenerator;
import governance.dsl.model.GovernanceView;
import governance.dsl.tests.TestWorkspace;

/** The JSON document carries the municipality's Kolada id, its jämförelsegrupper, each KPI id and the groups' averages. */
class ComparisonJsonTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static JsonNode document(TestWorkspace workspace) throws IOException {
		EcoreUtil.resolveAll(workspace.resourceSet());
		GovernanceView view = GovernanceView.of(workspace.names().stream().map(workspace::root).toList()).values()
				.iterator().next();
		return MAPPER.readTree(new JsonGenerator().generate(view));
	}

	@Test
	void theGroupsAndTheirAveragesAreInTheDocumentAndValidate() throws IOException {
		JsonNode document = document(ComparisonHandbookTest.workspace());
		Set<ValidationMessage> errors = JsonTest.schema().validate(document);
		assertEquals("", errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")));

		assertEquals("0580", document.at("/model/koladaId").asText());
		assertEquals(MAPPER.readTree("""
				[{"koladaId": "G33908", "title": "Liknande kommuner <grundskola>"}, {"koladaId": "G12", "title": "Storstäder"}]
				"""), document.at("/model/comparisonGroups"));
		JsonNode measure = document.at("/measures/0");
		assertEquals(MAPPER.readTree("""
				{"kind": "kolada", "reference": "N15419", "koladaKpi": "N15419"}
				"""), measure.get("source"));
		assertEquals(MAPPER.readTree("""
				[{"group": "G33908", "year": 2020, "followUp": "k.kolada_2021", "value": 79.5, "text": "79,5", "footnote": null},
				 {"group": "G33908", "year": 2021, "followUp": "k.kolada_2021", "value": 80.1, "text": "80,1", "footnote": "Kolada N15419"},
				 {"group": "G33908", "year": 2022, "followUp": "k.kolada_2021", "value": null, "text": "I.U.", "footnote": null},
				 {"group": "G12", "year": 2022, "followUp": "k.kolada_2021", "value": 76, "text": "76", "footnote": null}]
				"""), measure.get("comparisons"));
		// The outcomes are the municipality's own, each with its fulfilment; no group value among them.
		assertEquals(List.of("70", "71"), measure.get("outcomes").findValues("number").stream().map(JsonNode::asText).toList());
	}

	@Test
	void aSourceThatIsNoKoladaKpiHasNoKpiIdAndTheSchemaStillHolds() throws IOException {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", """
				kommun k "Kommunen"

				styrmodell m "Modell" {
				}

				plan p "Plan" {
				  period 2020
				  indikator i1 "Nöjdhet" {
				    källa enkät "Medborgarundersökningen"
				  }
				}
				""");
		JsonNode document = document(workspace);
		assertEquals("", JsonTest.schema().validate(document).stream().map(ValidationMessage::toString).sorted()
				.collect(Collectors.joining("\n")));
		assertEquals(true, document.at("/model/koladaId").isNull());
		assertEquals(0, document.at("/model/comparisonGroups").size());
		assertEquals(true, document.at("/measures/0/source/koladaKpi").isNull());
		assertEquals(0, document.at("/measures/0/comparisons").size());
	}
}
