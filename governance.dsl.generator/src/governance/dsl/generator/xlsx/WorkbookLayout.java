package governance.dsl.generator.xlsx;

import java.util.List;

import governance.dsl.Messages;

/**
 * The one description of a follow-up workbook's format: its sheets, where the headers and rows
 * start, and every column with its role. The writer lays the sheets out from it and
 * {@code govc import} reads them back through it, so the two cannot drift apart.
 *
 * <p>Every data sheet has a title block (rows 1-3), a header row (row 5) and one row per element
 * from row 6 on. Column A holds the element's qualified id ({@code linkoping.bun_m1}) and is
 * hidden; the indicator sheet has a second hidden column with the split group's id (empty on the
 * row for the total). A very hidden sheet, {@value #META_SHEET}, holds which municipality, model,
 * committee, follow-up point and year the workbook is for, its fingerprint, and the lists the
 * dropdowns offer.
 */
public final class WorkbookLayout {

	private WorkbookLayout() {
	}

	/** Raised when a workbook of an older layout can no longer be read (2: the status column, the period). */
	public static final int FORMAT_VERSION = 2;
	public static final String FORMAT = "styrmodell-uppföljning";

	public static final int TITLE_ROW = 0;
	public static final int SUBTITLE_ROW = 1;
	public static final int INSTRUCTIONS_ROW = 2;
	public static final int HEADER_ROW = 4;
	public static final int FIRST_ROW = 5;

	/** What a column holds, and so whether it is locked, hidden or an input. */
	public enum Role {
		/** A stable id, hidden. */
		ID,
		/** Text or numbers from the model, locked. */
		SHOWN,
		/** Where the planner writes, unlocked. */
		INPUT,
		/** Computed, locked. */
		FORMULA
	}

	/** A column of a data sheet; its header comes from {@code workbook.column.<key>}. */
	public record Column(int index, String key, Role role, int width) {

		public String header(Object... arguments) {
			return Messages.get("workbook.column." + key, arguments);
		}

		/** The column's letter, as formulas and cell references write it: "A", "J". */
		public String letter() {
			return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
		}
	}

	/** The four data sheets, in the workbook's order. */
	public enum Sheet {
		INDICATORS("indicators", Indicators.COLUMNS, "indicatorSheet"), GOALS("goals", Goals.COLUMNS, "goals"),
		ASSIGNMENTS("assignments", Assignments.COLUMNS, "assignments"),
		ACTIVITIES("activities", Activities.COLUMNS, "activities");

		private final String key;
		private final List<Column> columns;
		private final String instructionsKey;

		Sheet(String key, List<Column> columns, String instructionsKey) {
			this.key = key;
			this.columns = columns;
			this.instructionsKey = instructionsKey;
		}

		/** The sheet's name as planners see it: "Indikatorer". */
		public String title() {
			return Messages.get("workbook.sheet." + key);
		}

		public String key() {
			return key;
		}

		public List<Column> columns() {
			return columns;
		}

		public String instructions() {
			return Messages.get("workbook.instructions." + instructionsKey);
		}
	}

	/**
	 * Målvärden and utfall: one row for the total and one per split group of the measure's uppdelning.
	 * The deviation (positive = better) and the status against the målvärde are formulas, so that
	 * they follow what the planner types.
	 */
	public static final class Indicators {
		public static final Column ID = new Column(0, "id", Role.ID, 12);
		public static final Column GROUP_ID = new Column(1, "groupId", Role.ID, 12);
		public static final Column GOAL = new Column(2, "goal", Role.SHOWN, 30);
		public static final Column MEASURE = new Column(3, "indicator", Role.SHOWN, 40);
		public static final Column GROUP = new Column(4, "split", Role.SHOWN, 14);
		public static final Column UNIT = new Column(5, "unit", Role.SHOWN, 9);
		public static final Column TARGET = new Column(6, "target", Role.SHOWN, 18);
		public static final Column TARGET_YEAR = new Column(7, "targetYear", Role.SHOWN, 10);
		public static final Column TARGET_NUMBER = new Column(8, "targetNumber", Role.SHOWN, 11);
		public static final Column OUTCOME = new Column(9, "outcome", Role.INPUT, 14);
		public static final Column FORECAST = new Column(10, "forecast", Role.INPUT, 11);
		public static final Column DEVIATION = new Column(11, "deviationSigned", Role.FORMULA, 12);
		public static final Column STATUS = new Column(12, "fulfilment", Role.FORMULA, 16);
		public static final Column COMMENT = new Column(13, "comment", Role.INPUT, 40);
		static final List<Column> COLUMNS = List.of(ID, GROUP_ID, GOAL, MEASURE, GROUP, UNIT, TARGET, TARGET_YEAR,
				TARGET_NUMBER, OUTCOME, FORECAST, DEVIATION, STATUS, COMMENT);

		private Indicators() {
		}
	}

	/** Måluppfyllelse: an assessment from the model's scale and the analysis behind it. */
	public static final class Goals {
		public static final Column ID = new Column(0, "id", Role.ID, 12);
		public static final Column GOAL = new Column(1, "goal", Role.SHOWN, 45);
		public static final Column AREA = new Column(2, "area", Role.SHOWN, 14);
		public static final Column PARENTS = new Column(3, "parents", Role.SHOWN, 16);
		public static final Column ASSESSMENT = new Column(4, "assessment", Role.INPUT, 18);
		public static final Column FORECAST = new Column(5, "forecast", Role.INPUT, 11);
		public static final Column ANALYSIS = new Column(6, "analysis", Role.INPUT, 70);
		public static final Column MEASURES = new Column(7, "measures", Role.INPUT, 40);
		static final List<Column> COLUMNS = List.of(ID, GOAL, AREA, PARENTS, ASSESSMENT, FORECAST, ANALYSIS, MEASURES);

		private Goals() {
		}
	}

	/** Utvecklingsuppdrag, nämnduppdrag and uppdrag: a status and a comment. */
	public static final class Assignments {
		public static final Column ID = new Column(0, "id", Role.ID, 12);
		public static final Column ASSIGNMENT = new Column(1, "assignment", Role.SHOWN, 45);
		public static final Column KIND = new Column(2, "kind", Role.SHOWN, 18);
		public static final Column ISSUER = new Column(3, "issuer", Role.SHOWN, 18);
		public static final Column REPORT_BY = new Column(4, "reportBy", Role.SHOWN, 14);
		public static final Column STATUS = new Column(5, "status", Role.INPUT, 16);
		public static final Column COMMENT = new Column(6, "comment", Role.INPUT, 70);
		static final List<Column> COLUMNS = List.of(ID, ASSIGNMENT, KIND, ISSUER, REPORT_BY, STATUS, COMMENT);

		private Assignments() {
		}
	}

	/** The administrations' activities: a status and a comment. */
	public static final class Activities {
		public static final Column ID = new Column(0, "id", Role.ID, 12);
		public static final Column ACTIVITY = new Column(1, "activity", Role.SHOWN, 45);
		public static final Column RESPONSIBLE = new Column(2, "responsible", Role.SHOWN, 24);
		public static final Column START = new Column(3, "start", Role.SHOWN, 11);
		public static final Column END = new Column(4, "end", Role.SHOWN, 11);
		public static final Column LINKS = new Column(5, "links", Role.SHOWN, 20);
		public static final Column STATUS = new Column(6, "status", Role.INPUT, 16);
		public static final Column COMMENT = new Column(7, "comment", Role.INPUT, 70);
		static final List<Column> COLUMNS = List.of(ID, ACTIVITY, RESPONSIBLE, START, END, LINKS, STATUS, COMMENT);

		private Activities() {
		}
	}

	// --- The metadata sheet -----------------------------------------------------------------------

	/** The very hidden sheet that says what the workbook is for; keys in column A, values in B. */
	public static final String META_SHEET = "govc";

	/** Keys of the metadata sheet, in its row order. */
	public enum Meta {
		FORMAT("format"), VERSION("version"), MUNICIPALITY("kommun"), MODEL("modell"), COMMITTEE("nämnd"),
		POINT("tillfälle"), YEAR("år"), FINGERPRINT("fingeravtryck"), PERIOD("period");

		private final String key;

		Meta(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

		public int row() {
			return ordinal();
		}
	}

	/** The columns of the metadata sheet that hold the dropdowns' lists, from row 1 down. */
	public static final int LABELS_COLUMN = 3;
	public static final int STATUS_COLUMN = 4;
	/** Defined names for the lists (ASCII: every spreadsheet program accepts them). */
	public static final String LABELS_NAME = "Bedomningar";
	public static final String STATUS_NAME = "Statusord";
}
