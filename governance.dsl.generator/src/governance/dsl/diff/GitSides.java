package governance.dsl.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import governance.dsl.Messages;
import governance.dsl.build.LanguageFiles;
import governance.dsl.build.Workspace;

/**
 * Sides read from git: a revision's .styr files straight from git's objects (the work tree is
 * never touched), or the work tree of the repository. Git runs as a subprocess ({@code git
 * ls-tree}, {@code git cat-file --batch}), so any git the user has works and nothing is cached.
 * Keys are paths relative to the repository's top, the same on both sides.
 */
public final class GitSides {

	private final Path top;

	private GitSides(Path top) {
		this.top = top;
	}

	/** The repository that holds {@code folder}; a clear failure when there is none or no git. */
	public static GitSides at(Path folder) throws DiffFailure {
		Result result = run(folder, null, "rev-parse", "--show-toplevel");
		if (result.code() != 0) {
			throw new DiffFailure(Messages.get("diff.git.noRepository", folder.toAbsolutePath()));
		}
		return new GitSides(Path.of(result.text().strip()));
	}

	/** Whether the text names a revision of this repository. */
	public boolean isRevision(String revision) throws DiffFailure {
		return !revision.startsWith("-")
				&& run(top, null, "rev-parse", "--verify", "--quiet", revision + "^{tree}").code() == 0;
	}

	/** The paths the user named (relative to the current folder), relative to the repository's top. */
	public List<String> repositoryPaths(List<Path> paths) throws DiffFailure {
		List<String> relative = new ArrayList<>();
		try {
			Path here = Path.of("").toAbsolutePath().toRealPath();
			Path realTop = top.toRealPath();
			for (Path path : paths) {
				Path absolute = here.resolve(path).normalize();
				Path existing = Files.exists(absolute) ? absolute.toRealPath() : absolute;
				if (!existing.startsWith(realTop)) {
					throw new DiffFailure(Messages.get("diff.git.outside", path, top));
				}
				relative.add(DiffSide.slashes(realTop.relativize(existing)));
			}
		} catch (IOException e) {
			throw new DiffFailure(Messages.get("diff.unreadable", paths, e.getMessage()));
		}
		return relative;
	}

	/** The .styr files of a revision under the paths (all of them for none), read from git's objects. */
	public DiffSide revision(String revision, List<String> paths) throws DiffFailure {
		if (!isRevision(revision)) {
			throw new DiffFailure(Messages.get("diff.git.unknownRevision", revision));
		}
		List<String> arguments = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--name-only", "--full-tree", revision));
		arguments.add("--");
		arguments.addAll(paths.stream().filter(p -> !p.isEmpty()).toList());
		Result listing = run(top, null, arguments.toArray(String[]::new));
		if (listing.code() != 0) {
			throw new DiffFailure(Messages.get("diff.git.failed", listing.error().strip()));
		}
		List<String> names = new ArrayList<>();
		for (String name : listing.text().split("\0")) {
			if (name.endsWith(Workspace.EXTENSION) && !inSkippedFolder(name)) {
				names.add(name);
			}
		}
		Map<String, DiffSide.SideFile> files = new TreeMap<>();
		List<byte[]> blobs = catFiles(revision, names);
		for (int i = 0; i < names.size(); i++) {
			String shown = revision + ":" + names.get(i);
			files.put(names.get(i), new DiffSide.SideFile(names.get(i), shown, DiffSide.decode(blobs.get(i), shown)));
		}
		return new DiffSide(revision, files);
	}

	/** The work tree's .styr files under the paths: tracked ones and new ones git does not ignore. */
	public DiffSide workTree(List<String> paths) throws DiffFailure {
		List<String> arguments = new ArrayList<>(
				List.of("ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--"));
		arguments.addAll(paths.stream().filter(p -> !p.isEmpty()).toList());
		Result listing = run(top, null, arguments.toArray(String[]::new));
		if (listing.code() != 0) {
			throw new DiffFailure(Messages.get("diff.git.failed", listing.error().strip()));
		}
		Map<String, DiffSide.SideFile> files = new TreeMap<>();
		for (String name : listing.text().split("\0")) {
			Path file = top.resolve(name);
			// A file deleted in the work tree but still in the index is gone from this side.
			if (name.endsWith(Workspace.EXTENSION) && !inSkippedFolder(name) && Files.isRegularFile(file)) {
				files.put(name, new DiffSide.SideFile(name, top.relativize(file).toString(), DiffSide.read(file)));
			}
		}
		return new DiffSide(Messages.get("diff.workTree"), files);
	}

	private static boolean inSkippedFolder(String name) {
		String[] parts = name.split("/");
		for (int i = 0; i < parts.length - 1; i++) {
			if (LanguageFiles.isSkipped(parts[i])) {
				return true;
			}
		}
		return false;
	}

	/** Every blob in one {@code git cat-file --batch}: one process, however many files. */
	private List<byte[]> catFiles(String revision, List<String> names) throws DiffFailure {
		if (names.isEmpty()) {
			return List.of();
		}
		StringBuilder requests = new StringBuilder();
		for (String name : names) {
			requests.append(revision).append(':').append(name).append('\n');
		}
		Result result = run(top, requests.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
		if (result.code() != 0) {
			throw new DiffFailure(Messages.get("diff.git.failed", result.error().strip()));
		}
		byte[] out = result.bytes();
		List<byte[]> blobs = new ArrayList<>();
		int position = 0;
		for (String name : names) {
			int end = indexOf(out, (byte) '\n', position);
			String header = new String(out, position, end - position, StandardCharsets.UTF_8);
			String[] fields = header.split(" ");
			if (fields.length != 3 || !"blob".equals(fields[1])) {
				throw new DiffFailure(Messages.get("diff.git.failed", revision + ":" + name + ": " + header));
			}
			int size = Integer.parseInt(fields[2]);
			byte[] blob = new byte[size];
			System.arraycopy(out, end + 1, blob, 0, size);
			blobs.add(blob);
			position = end + 1 + size + 1;
		}
		return blobs;
	}

	private static int indexOf(byte[] bytes, byte wanted, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return bytes.length;
	}

	record Result(int code, byte[] bytes, String error) {
		String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/** Runs git; standard input is written while the output is read, so that neither side blocks. */
	static Result run(Path folder, byte[] input, String... arguments) throws DiffFailure {
		List<String> command = new ArrayList<>();
		command.add("git");
		// Paths as bytes, not octal escapes: å, ä and ö stay readable.
		command.add("-c");
		command.add("core.quotePath=false");
		command.addAll(List.of(arguments));
		Process process;
		try {
			process = new ProcessBuilder(command).directory(folder.toFile()).start();
		} catch (IOException e) {
			throw new DiffFailure(Messages.get("diff.git.missing"));
		}
		// Own threads, not the common pool: with one worker there, the writer could wait behind the reader.
		ByteArrayOutputStream error = new ByteArrayOutputStream();
		Thread errorReader = new Thread(() -> error.writeBytes(readAll(process.getErrorStream())), "git-stderr");
		Thread writer = new Thread(() -> {
			try (OutputStream stdin = process.getOutputStream()) {
				if (input != null) {
					stdin.write(input);
				}
			} catch (IOException e) {
				// git stopped reading: its exit code and error text say why
			}
		}, "git-stdin");
		errorReader.start();
		writer.start();
		byte[] out = readAll(process.getInputStream());
		try {
			int code = process.waitFor();
			writer.join();
			errorReader.join();
			return new Result(code, out, error.toString(StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DiffFailure(Messages.get("diff.git.failed", e.getMessage()));
		}
	}

	private static byte[] readAll(InputStream stream) {
		try (InputStream in = stream) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
