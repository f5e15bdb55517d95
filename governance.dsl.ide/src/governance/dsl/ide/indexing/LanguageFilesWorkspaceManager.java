package governance.dsl.ide.indexing;

import governance.dsl.build.LanguageFiles;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * Ignores file events from skipped folders: an editor watching {@code **&#47;*.styr} also reports
 * copies that a build writes to {@code target/}, and those must not enter the index.
 */
public class LanguageFilesWorkspaceManager extends WorkspaceManager {

	@Override
	public BuildManager.Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		return super.didChangeFiles(outsideSkipped(dirtyFiles), outsideSkipped(deletedFiles));
	}

	private List<URI> outsideSkipped(List<URI> files) {
		return files.stream().filter(file -> !LanguageFiles.isInSkippedDirectory(file, baseDirOf(file))).toList();
	}

	private URI baseDirOf(URI file) {
		try {
			return getProjectBaseDir(file);
		} catch (RuntimeException e) {
			return null; // outside every workspace folder: judged by its whole path
		}
	}
}
