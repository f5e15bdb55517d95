package governance.dsl.importer;

/** A workbook the import will not read at all: not a follow-up workbook, or one for another model or committee. */
public class ImportRefusal extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportRefusal(String message) {
		super(message);
	}
}
