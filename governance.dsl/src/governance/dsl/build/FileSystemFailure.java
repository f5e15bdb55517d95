package governance.dsl.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

import governance.dsl.Messages;

/**
 * A failure of the file system (a full disk, a folder where a file should be, a missing
 * permission, a dangling link) as one Swedish sentence naming the path and what to do, for every
 * command: the operating system's own reason is English ("No space left on device").
 */
public final class FileSystemFailure {

	private FileSystemFailure() {
	}

	/** The sentence for a failure; the path the failure names, if any, leads it. */
	public static String describe(IOException failure) {
		String reason = reason(failure);
		String file = failure instanceof FileSystemException fs ? fs.getFile() : null;
		return file == null ? Messages.get("fs.failed", reason) : Messages.get("fs.failedAt", file, reason);
	}

	/** The reason alone, in Swedish, for a message that names the path itself. */
	public static String reason(IOException failure) {
		String text = failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage();
		String lower = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("file too large")) {
			return Messages.get("fs.full");
		}
		if (lower.contains("read-only file system")) {
			return Messages.get("fs.readOnly");
		}
		if (failure instanceof AccessDeniedException || lower.contains("permission denied")
				|| lower.contains("operation not permitted")) {
			return Messages.get("fs.denied");
		}
		if (failure instanceof NotDirectoryException || lower.contains("not a directory")) {
			return Messages.get("fs.notAFolder");
		}
		if (failure instanceof DirectoryNotEmptyException || lower.contains("is a directory")
				|| lower.contains("directory not empty")) {
			return Messages.get("fs.isAFolder");
		}
		if (failure instanceof FileAlreadyExistsException) {
			return Messages.get("fs.exists");
		}
		if (failure instanceof FileSystemLoopException || lower.contains("too many levels of symbolic links")) {
			return Messages.get("fs.linkLoop");
		}
		if (failure instanceof NoSuchFileException || failure instanceof NotLinkException
				|| lower.contains("no such file")) {
			return Messages.get("fs.missing");
		}
		if (lower.contains("input/output error")) {
			return Messages.get("fs.io");
		}
		return Messages.get("fs.other", failure.getClass().getSimpleName());
	}
}
