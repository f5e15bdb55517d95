package governance.dsl.build;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Temporary files and folders beside their target that end up as the target, so they get the modes
 * the umask gives (normally 0644 and 0755), not the 0600/0700 of {@code Files.createTemp*}: a web
 * server running as another user must be able to read the handbook.
 */
public final class FileModes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private FileModes() {
	}

	/** A new, empty folder in {@code parent} whose name starts with {@code prefix}; its mode is the umask's. */
	public static Path createTemporaryFolder(Path parent, String prefix) throws IOException {
		while (true) {
			try {
				return Files.createDirectory(parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36)));
			} catch (FileAlreadyExistsException e) {
				// Another name, as Files.createTempDirectory would.
			}
		}
	}

	/** A new, empty file in {@code parent} named prefix + random + suffix; its mode is the umask's. */
	public static Path createTemporaryFile(Path parent, String prefix, String suffix) throws IOException {
		while (true) {
			try {
				return Files.createFile(parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix));
			} catch (FileAlreadyExistsException e) {
				// Another name.
			}
		}
	}

	/** Gives {@code to} the permissions of {@code from} where the file system has POSIX modes and {@code from} exists. */
	public static void copyMode(Path from, Path to) throws IOException {
		PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
		PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (source != null && target != null && Files.exists(from)) {
			target.setPermissions(source.readAttributes().permissions());
		}
	}
}
