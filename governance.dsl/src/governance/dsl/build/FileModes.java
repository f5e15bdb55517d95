package governance.dsl.build;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

	/**
	 * Writes a file beside its target and moves it into place, so an interrupted run never leaves
	 * half a file: a new file gets the umask's mode, a replaced one keeps its own; a symbolic link is
	 * written through (its target replaced, the link kept). A folder is never replaced, and without
	 * {@code overwrite} neither is a file.
	 */
	public static void writeAtomically(Path target, byte[] content, boolean overwrite) throws IOException {
		Path file = followLinks(target);
		if (Files.isDirectory(file)) {
			throw new FileSystemException(target.toString(), null, "Is a directory");
		}
		Path folder = file.getParent();
		Files.createDirectories(folder);
		Path temporary = createTemporaryFile(folder, "." + file.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			copyMode(file, temporary);
			if (overwrite) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} else {
				Files.move(temporary, file);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * The path a symbolic link leads to, link by link (a dangling link's target too, which a writer
	 * then creates); the path itself when it is no link. Writing there keeps the link a link.
	 */
	public static Path followLinks(Path path) throws IOException {
		Path current = path.toAbsolutePath().normalize();
		for (int hops = 0; Files.isSymbolicLink(current); hops++) {
			if (hops == 40) {
				throw new FileSystemLoopException(path.toString());
			}
			current = current.resolveSibling(Files.readSymbolicLink(current)).toAbsolutePath().normalize();
		}
		return current;
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
