package governance.dsl.generator;

import java.util.List;

import governance.dsl.generator.html.HandbookArtefacts;
import governance.dsl.generator.json.JsonArtefacts;
import governance.dsl.generator.xlsx.WorkbookArtefacts;

/** Every artefact {@code govc build} and the Maven plugin make. */
public final class Generators {

	private Generators() {
	}

	public static List<ArtefactGenerator> all() {
		return List.of(new HandbookArtefacts(), new WorkbookArtefacts(), new JsonArtefacts());
	}
}
