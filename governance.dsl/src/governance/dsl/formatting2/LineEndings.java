package governance.dsl.formatting2;

/**
 * A file's own line ending, which {@code govc format} keeps: one kind per file, the first found
 * (LF, CRLF, or the lone CR of old Macs), LF for a file of one line. The canonical text is laid
 * out with LF; a line comment carries the line end it was written with, so the text is made
 * uniform afterwards.
 */
public final class LineEndings {

	private LineEndings() {
	}

	/** The first line ending in the text: "\r\n", "\r" or "\n"; "\n" when there is none. */
	public static String of(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				return "\n";
			}
			if (c == '\r') {
				return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
			}
		}
		return "\n";
	}

	/** Every line ending of the text (LF, CRLF or a lone CR) written as {@code ending}. */
	public static String withEnding(String text, String ending) {
		String lf = crToLf(text.replace("\r\n", "\n"));
		return ending.equals("\n") ? lf : lf.replace("\n", ending);
	}

	/** A lone CR (not followed by LF) becomes LF; CRLF stays. */
	public static String crToLf(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			result.append(c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n') ? '\n' : c);
		}
		return result.toString();
	}
}
