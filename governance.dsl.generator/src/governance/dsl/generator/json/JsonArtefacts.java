package governance.dsl.generator.json;

import java.io.IOException;

import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Output;
import governance.dsl.model.GovernanceView;

/** {@code json/<municipality>.json}. */
public class JsonArtefacts implements ArtefactGenerator {

	private final JsonGenerator generator = new JsonGenerator();

	@Override
	public String folder() {
		return "json";
	}

	@Override
	public boolean namesFilesByMunicipality() {
		return true;
	}

	@Override
	public void generate(GovernanceView view, Output output) throws IOException {
		output.write(view.id() + ".json", generator.generate(view));
	}
}
