package governance.dsl.diff;

import java.util.List;

/**
 * A side of a diff that cannot be compared: no such revision, not a git repository, syntax or
 * linking errors. The message is Swedish and complete; {@code details} are diagnostics as
 * {@code path:line:col: error: message}, printed before it.
 */
public class DiffFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> details;

	public DiffFailure(String message) {
		this(message, List.of());
	}

	public DiffFailure(String message, List<String> details) {
		super(message);
		this.details = List.copyOf(details);
	}

	public List<String> details() {
		return details;
	}
}
