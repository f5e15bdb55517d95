package governance.dsl.generator;

import java.util.List;

import governance.dsl.generator.html.HandbookArtefacts;
import governance.dsl.generator.json.JsonArtefacts;
import governance.dsl.generator.xlsx.WorkbookArtefacts;
import governance.dsl.generator.xlsx.WorkbookKey;

/** Every artefact {@code govc build} and the Maven plugin make. */
public final class Generators {

	private Generators() {
	}

	/** @param key the workspace's key for the workbooks' fingerprints (see {@link WorkbookKey}) */
	public static List<ArtefactGenerator> all(WorkbookKey key) {
		return all(key, Edition.DEFAULT);
	}

	/** @param edition the handbook's edition: public (for the website) or the planners' */
	public static List<ArtefactGenerator> all(WorkbookKey key, Edition edition) {
		return List.of(new HandbookArtefacts(edition), new WorkbookArtefacts(key), new JsonArtefacts());
	}
}
