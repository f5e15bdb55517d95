package governance.dsl.build;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One finding, printed as {@code path:line:col: error|warning: message}, the form editors and CI annotate.
 * Line 0 means the whole file.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

	public enum Severity {
		ERROR("error"), WARNING("warning"), INFO("info");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public static final Comparator<Diagnostic> BY_FILE = Comparator.comparing((Diagnostic d) -> d.file().toString());

	public static final Comparator<Diagnostic> ORDER = Comparator.comparing((Diagnostic d) -> d.file().toString())
			.thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::message);

	public String format() {
		// Line 0: about the whole file (missing, unreadable), so no position.
		String position = line <= 0 ? "" : ":" + line + ":" + Math.max(column, 1);
		return file + position + ": " + severity.label() + ": " + message;
	}
}
