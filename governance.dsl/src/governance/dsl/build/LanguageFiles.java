package governance.dsl.build;

import java.util.Set;

import org.eclipse.emf.common.util.URI;

/**
 * Which folders of a workspace hold no plans: version control, dependencies and build output.
 * The language server does not index them and {@code govc check} does not search them, so a copy
 * of a plan under {@code target/} or {@code node_modules/} never counts as a duplicate.
 */
public final class LanguageFiles {

	public static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".svn", ".hg", "target", "node_modules",
			"out", ".idea", ".vscode");

	private LanguageFiles() {
	}

	public static boolean isSkipped(String directoryName) {
		return SKIPPED_DIRECTORIES.contains(directoryName);
	}

	/** Whether a file lies in a skipped folder below its workspace root (the root itself may have any name). */
	public static boolean isInSkippedDirectory(URI file, URI root) {
		if (file == null || !file.isFile() || root == null || !root.isFile()) {
			return false;
		}
		String path = file.toFileString();
		String rootPath = root.toFileString();
		if (!path.startsWith(rootPath)) {
			return false;
		}
		String relative = path.substring(rootPath.length());
		String[] segments = relative.replace('\\', '/').split("/");
		for (int i = 0; i < segments.length - 1; i++) {
			if (isSkipped(segments[i])) {
				return true;
			}
		}
		return false;
	}
}
