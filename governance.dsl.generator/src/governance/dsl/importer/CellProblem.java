package governance.dsl.importer;

/** A cell the import cannot read, reported as {@code Indikatorer!J7: reason}. */
public record CellProblem(String sheet, String cell, String reason) {

	public String format() {
		return sheet + "!" + cell + ": " + reason;
	}
}
