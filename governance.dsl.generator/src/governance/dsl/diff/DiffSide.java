package governance.dsl.diff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import governance.dsl.Messages;
import governance.dsl.build.FileSystemFailure;
import governance.dsl.build.Workspace;

/**
 * One side of a diff as text, before parsing: the .styr files of a folder, of single files, or of
 * a git revision, keyed by the path that is compared between the sides (relative to the folder,
 * or to the repository), so that a file of the same name on both sides is the same file.
 */
public final class DiffSide {

	/** One file: the key compared between sides, the path shown in messages, its text. */
	public record SideFile(String key, String shown, String text) {
	}

	private final String label;
	private final Map<String, SideFile> files;

	public DiffSide(String label, Map<String, SideFile> files) {
		this.label = label;
		this.files = Collections.unmodifiableMap(new TreeMap<>(files));
	}

	/** What the reader calls this side: a folder, a revision, "arbetskatalogen". */
	public String label() {
		return label;
	}

	/** The files by key, in key order. */
	public Map<String, SideFile> files() {
		return files;
	}

	/** A side of texts held in memory (tests, git's external diff). */
	public static DiffSide of(String label, Map<String, String> texts) {
		Map<String, SideFile> files = new TreeMap<>();
		texts.forEach((key, text) -> files.put(key, new SideFile(key, key, text)));
		return new DiffSide(label, files);
	}

	/**
	 * A folder (every .styr file below it, skipping the folders {@code govc check} skips) or a single
	 * file. Keys are relative to the folder; a single file's key is its name.
	 */
	public static DiffSide ofPath(Path path) throws DiffFailure {
		if (!Files.exists(path)) {
			throw new DiffFailure(Messages.get("diff.notFound", path));
		}
		Path base = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
		List<Workspace.Problem> problems = new ArrayList<>();
		List<Path> found;
		try {
			found = Workspace.collect(List.of(path), problems);
		} catch (IOException e) {
			throw new DiffFailure(Messages.get("diff.unreadable", path, FileSystemFailure.reason(e)));
		}
		Map<String, SideFile> files = new TreeMap<>();
		for (Path file : found) {
			String key = slashes(base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()));
			files.put(key, new SideFile(key, file.toString(), read(file)));
		}
		return new DiffSide(path.toString(), files);
	}

	static String slashes(Path path) {
		return path.toString().replace('\\', '/');
	}

	/** A file's text as UTF-8, a byte order mark dropped; anything else is a failure with its name. */
	static String read(Path file) throws DiffFailure {
		try {
			byte[] bytes = Workspace.readBounded(file);
			if (bytes == null) {
				throw new DiffFailure(Messages.get("diff.unreadable", file, Messages.get("workspace.notRegular")));
			}
			return decode(bytes, file.toString());
		} catch (IOException e) {
			throw new DiffFailure(Messages.get("diff.unreadable", file, FileSystemFailure.reason(e)));
		}
	}

	static String decode(byte[] bytes, String shown) throws DiffFailure {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			throw new DiffFailure(Messages.get("diff.notUtf8", shown));
		}
	}
}
