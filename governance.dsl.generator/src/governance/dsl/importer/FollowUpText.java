package governance.dsl.importer;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.conversion.IValueConverterService;

import governance.dsl.Messages;
import governance.dsl.importer.FilledWorkbook.AssessmentEntry;
import governance.dsl.importer.FilledWorkbook.OutcomeEntry;
import governance.dsl.importer.FilledWorkbook.StatusEntry;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.Period;
import governance.dsl.model.Texts;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.SplitGroup;

/**
 * The follow-up file an import writes, in the language: one statement per line, so that every
 * imported value is one reviewable line in a diff. The canonical formatter has the last word on
 * layout.
 */
final class FollowUpText {

	private final IValueConverterService converter;

	FollowUpText(IValueConverterService converter) {
		this.converter = converter;
	}

	String file(GovernanceView view, boolean withTitle, String id, String title, String point, Integer year,
			Month month, String owner, List<String> sources, List<String> statements) {
		return file(view, withTitle, id, title, point, year, month, owner,
				Messages.get("import.fileComment", String.join(", ", sources)), statements);
	}

	/** A follow-up with the comment on its first line; point, year, month and owner may be left out (null). */
	String file(GovernanceView view, boolean withTitle, String id, String title, String point, Integer year,
			Month month, String owner, String comment, List<String> statements) {
		StringBuilder text = new StringBuilder();
		// The comment names files from outside: a line break in a name would end the comment.
		text.append("// ").append(Texts.oneLine(comment)).append('\n');
		text.append("kommun ").append(name(view.id()));
		if (withTitle) {
			text.append(' ').append(string(view.title()));
		}
		text.append("\n\nuppföljning ").append(name(id)).append(' ').append(string(title)).append(" {\n");
		if (point != null) {
			text.append("  tillfälle ").append(name(point)).append('\n');
		}
		if (year != null) {
			text.append("  år ").append(year).append('\n');
		}
		if (month != null) {
			text.append("  månad ").append(month.getLiteral()).append('\n');
		}
		if (owner != null) {
			text.append("  ägare ").append(name(owner)).append('\n');
		}
		for (String statement : statements) {
			text.append("  ").append(statement).append('\n');
		}
		text.append("}\n");
		return text.toString();
	}

	String assessment(AssessmentEntry entry) {
		StringBuilder line = new StringBuilder("mål ").append(name(entry.goal().getName())).append(" bedöms ")
				.append(name(entry.label().getName()));
		if (entry.forecast()) {
			line.append(" prognos");
		}
		if (entry.analysis() != null) {
			line.append(" analys ").append(string(entry.analysis()));
		}
		if (entry.measures() != null) {
			line.append(" åtgärder ").append(string(entry.measures()));
		}
		return line.toString();
	}

	String outcome(OutcomeEntry entry, Period period) {
		StringBuilder line = new StringBuilder("utfall ").append(name(entry.measure().getName())).append(' ')
				.append(period).append(": ").append(value(entry.total()));
		for (Map.Entry<SplitGroup, ImportedValue> split : entry.splits().entrySet()) {
			line.append(' ').append(name(split.getKey().getName())).append(": ").append(value(split.getValue()));
		}
		if (entry.footnote() != null) {
			// The comment explains the marked values when the row marks any ("24*" with "fotnot * "…"").
			String marker = markerOf(entry);
			line.append(" fotnot ").append(marker == null ? "" : marker + " ").append(string(entry.footnote()));
		}
		return line.toString();
	}

	/** "jämförelsevärde bun_m2_i1 2021: 80,1 grupp "G33908" fotnot "Kolada N15419"". */
	String comparison(ComparisonEntry entry, Period period) {
		StringBuilder line = new StringBuilder("jämförelsevärde ").append(name(entry.measure().getName())).append(' ')
				.append(period).append(": ")
				.append(entry.value() == null ? "I.U." : converter.toString(entry.value(), "Number"))
				.append(" grupp ").append(string(entry.group()));
		if (entry.footnote() != null) {
			line.append(" fotnot ").append(string(entry.footnote()));
		}
		return line.toString();
	}

	/** The footnote marker the row's values carry, or null; WorkbookReader allows one per row. */
	static String markerOf(OutcomeEntry entry) {
		if (entry.total() != null && entry.total().marker() != null) {
			return entry.total().marker();
		}
		return entry.splits().values().stream().map(ImportedValue::marker).filter(java.util.Objects::nonNull).findFirst()
				.orElse(null);
	}

	String status(String keyword, StatusEntry entry) {
		String element = org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(entry.element());
		StringBuilder line = new StringBuilder(keyword).append(' ').append(name(element)).append(" status ")
				.append(name(entry.status().getName()));
		if (entry.comment() != null) {
			line.append(" kommentar ").append(string(entry.comment()));
		}
		return line.toString();
	}

	/** "74", "mindre än 70 %", "2 450 tkr prognos", "I.U.", "–", "se \"…\"", each with its marker: "24*". */
	String value(ImportedValue value) {
		StringBuilder text = new StringBuilder();
		if (value instanceof ImportedValue.Measured measured) {
			if (measured.bound() != null && measured.bound() != Bound.EXACTLY) {
				text.append(BOUNDS.get(measured.bound())).append(' ');
			}
			text.append(converter.toString(measured.number(), "Number"));
			if (measured.unit() != null) {
				text.append(' ').append(converter.toString(measured.unit(), "Unit"));
			}
			if (measured.forecast()) {
				text.append(" prognos");
			}
		} else if (value instanceof ImportedValue.Reference reference) {
			text.append("se ").append(string(reference.text()));
		} else if (value instanceof ImportedValue.None) {
			text.append('–');
		} else {
			text.append("I.U.");
		}
		return value.marker() == null ? text.toString() : text + value.marker();
	}

	/** The bounds as the language writes them. */
	private static final Map<Bound, String> BOUNDS = Map.of(Bound.LESS_THAN, "mindre än", Bound.GREATER_THAN, "större än",
			Bound.AT_MOST, "max", Bound.AT_LEAST, "minst");

	private String string(String text) {
		return converter.toString(text, "STRING");
	}

	/** An id, escaped with ^ where it is a keyword. */
	private String name(String id) {
		StringBuilder text = new StringBuilder();
		for (String segment : id.split("\\.")) {
			text.append(text.isEmpty() ? "" : ".").append(converter.toString(segment, "ID"));
		}
		return text.toString();
	}
}
