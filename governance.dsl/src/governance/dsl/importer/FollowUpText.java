package governance.dsl.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.conversion.IValueConverterService;

import governance.dsl.Messages;
import governance.dsl.importer.FilledWorkbook.AssessmentEntry;
import governance.dsl.importer.FilledWorkbook.OutcomeEntry;
import governance.dsl.importer.FilledWorkbook.StatusEntry;
import governance.dsl.model.GovernanceView;
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
			String owner, List<String> sources, List<String> statements) {
		StringBuilder text = new StringBuilder();
		text.append("// ").append(Messages.get("import.fileComment", String.join(", ", sources))).append('\n');
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
		text.append("  ägare ").append(name(owner)).append('\n');
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

	String outcome(OutcomeEntry entry, int year) {
		StringBuilder line = new StringBuilder("utfall ").append(name(entry.measure().getName())).append(' ').append(year)
				.append(": ").append(value(entry.total()));
		for (Map.Entry<SplitGroup, ImportedValue> split : entry.splits().entrySet()) {
			line.append(' ').append(name(split.getKey().getName())).append(": ").append(value(split.getValue()));
		}
		if (entry.footnote() != null) {
			line.append(" fotnot ").append(string(entry.footnote()));
		}
		return line.toString();
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

	private String value(ImportedValue value) {
		if (value instanceof ImportedValue.Measured measured) {
			StringBuilder text = new StringBuilder(number(measured.number()));
			if (measured.unit() != null) {
				text.append(' ').append(measured.unit().equals("%") ? "%" : string(measured.unit()));
			}
			if (measured.forecast()) {
				text.append(" prognos");
			}
			return text.toString();
		}
		if (value instanceof ImportedValue.Reference reference) {
			return "se " + string(reference.text());
		}
		return "I.U.";
	}

	private static String number(BigDecimal number) {
		return number.toPlainString().replace('.', ',');
	}

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
