package governance.dsl.ide.indexing;

import governance.dsl.build.LanguageFiles;
import java.io.File;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;

/**
 * Finds a workspace's files for the server's first build without walking into
 * {@link LanguageFiles#SKIPPED_DIRECTORIES}: a workspace with a large {@code node_modules}
 * or build output opens as fast as one without. Only regular files are found.
 */
public class LanguageFilesScanner extends IFileSystemScanner.JavaIoFileSystemScanner {

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		File directory = new File(root.toFileString());
		File[] children = directory.listFiles();
		if (children == null) {
			super.scan(root, acceptor);
			return;
		}
		// The workspace folder itself is scanned whatever its name: a user may open a folder called "out".
		for (File child : children) {
			scanRec(child, acceptor);
		}
	}

	@Override
	public void scanRec(File file, IAcceptor<URI> acceptor) {
		if (file.isDirectory() && LanguageFiles.isSkipped(file.getName())) {
			return;
		}
		if (!file.isDirectory() && !file.isFile()) {
			// A pipe or a device (a link to /dev/zero) named *.styr: reading it would hang the
			// server or fill its memory. Only regular files are read, as govc check reads them.
			return;
		}
		super.scanRec(file, acceptor);
	}
}
