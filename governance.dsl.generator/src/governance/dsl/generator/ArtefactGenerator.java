package governance.dsl.generator;

import java.io.IOException;

import governance.dsl.model.GovernanceView;

/** One kind of artefact made from a municipality's model: the handbook, the workbooks, the JSON. */
public interface ArtefactGenerator {

	/** The folder under the build's output that this generator writes into: "handbook", "json" ... */
	String folder();

	/**
	 * Whether the file names already say which municipality they are for (json/linkoping.json), so
	 * that several municipalities can share the folder; otherwise each gets a subfolder.
	 */
	default boolean namesFilesByMunicipality() {
		return false;
	}

	/** Writes the artefacts of one municipality into the output. */
	void generate(GovernanceView view, Output output) throws IOException;
}
