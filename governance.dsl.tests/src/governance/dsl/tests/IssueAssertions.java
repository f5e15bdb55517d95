package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Assertions on diagnostics: the exact message and the exact text range a planner sees underlined. */
public final class IssueAssertions {

	private IssueAssertions() {
	}

	/**
	 * Asserts exactly one issue with the code, with this severity and message, underlining the
	 * given occurrence (0-based) of {@code underlined} in the file's text.
	 */
	public static Issue assertIssue(List<Issue> issues, String text, String code, Severity severity, String message,
			String underlined, int occurrence) {
		List<Issue> withCode = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		if (withCode.size() != 1) {
			fail("Expected one issue " + code + " but found " + withCode.size() + ":\n" + list(issues));
		}
		Issue issue = withCode.get(0);
		assertEquals(severity, issue.getSeverity(), "severity of " + code);
		assertEquals(message, issue.getMessage());
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(underlined, offset + 1);
			assertTrue(offset >= 0, "'" + underlined + "' occurs fewer than " + (occurrence + 1) + " times");
		}
		assertEquals(offset, issue.getOffset().intValue(), "offset of " + code + " (underlines '"
				+ text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()) + "')");
		assertEquals(underlined.length(), issue.getLength().intValue(), "length of " + code);
		return issue;
	}

	public static Issue assertIssue(List<Issue> issues, String text, String code, Severity severity, String message,
			String underlined) {
		return assertIssue(issues, text, code, severity, message, underlined, 0);
	}

	/** Asserts that no issue has the code. */
	public static void assertNoIssue(List<Issue> issues, String code) {
		List<Issue> withCode = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(withCode.isEmpty(), "Expected no " + code + " but found:\n" + list(withCode));
	}

	/** Asserts that there is no error and no warning at all. */
	public static void assertNoIssues(List<Issue> issues) {
		assertTrue(issues.isEmpty(), "Expected no issues but found:\n" + list(issues));
	}

	public static String list(List<Issue> issues) {
		return issues.stream().map(i -> "  " + i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " "
				+ i.getMessage() + " [" + i.getCode() + "]").collect(Collectors.joining("\n"));
	}
}
