package governance.dsl.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;

import governance.dsl.Messages;
import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Output;
import governance.dsl.model.GovernanceView;
import governance.dsl.styrmodell.File;

/**
 * {@code govc build}: check the workspace, then generate every artefact into a temporary folder
 * beside the output and move it into place. A model with errors writes nothing; a failure never
 * leaves a half-written tree; an existing folder is replaced only if an earlier build made it, and
 * only when it holds nothing the build did not write (a {@code CNAME}, a {@code .git/} of the site
 * published from it) unless told to delete such files. A symbolic link as the output is followed:
 * the build writes into its target and the link stays. Temporary folders that a killed build left
 * beside the output are removed by the next build.
 */
public class ArtefactBuild {

	/** Marks a folder as a build's output, which a later build may replace; lists the files it wrote. */
	public static final String MARKER = ".styrmodell-build";
	/** In a temporary folder of a build under way: the process that owns it ("pid start-millis"). */
	static final String OWNER = ".styrmodell-build-owner";
	/** At most this many foreign files are named in a refusal; the rest are counted. */
	private static final int NAMED = 10;

	private final List<ArtefactGenerator> generators;
	private boolean deleteForeign;

	public ArtefactBuild(List<ArtefactGenerator> generators) {
		this.generators = List.copyOf(generators);
	}

	/** Whether files in the output that the build did not write may be deleted with the old output. */
	public ArtefactBuild deleteForeign(boolean delete) {
		this.deleteForeign = delete;
		return this;
	}

	/**
	 * @param removedStale temporary folders of killed builds that this build removed
	 */
	public record Result(Checker.Result check, boolean written, String refusal, List<Path> removedStale) {
		public Result(Checker.Result check, boolean written, String refusal) {
			this(check, written, refusal, List.of());
		}
	}

	public Result build(List<Path> inputs, Path output) throws IOException {
		Checker.Result check = new Checker().check(inputs);
		if (check.hasErrors()) {
			return new Result(check, false, null);
		}
		Path target = FileModes.followLinks(output.toAbsolutePath().normalize());
		String refusal = refusalToReplace(target);
		if (refusal != null) {
			return new Result(check, false, refusal);
		}
		List<File> files = new ArrayList<>();
		for (Resource resource : check.workspace().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof File file) {
				files.add(file);
			}
		}
		Map<String, GovernanceView> views = GovernanceView.of(files);
		Files.createDirectories(target.getParent());
		List<Path> removed = removeStaleTemporaries(target);
		Path temporary = ownedTemporaryFolder(target, "-");
		try {
			for (ArtefactGenerator generator : generators) {
				for (GovernanceView view : views.values()) {
					// One municipality writes straight into the folder; several get a folder each.
					Path folder = temporary.resolve(generator.folder());
					generator.generate(view, new Output(views.size() == 1 || generator.namesFilesByMunicipality() ? folder
							: folder.resolve(view.id())));
				}
			}
			Files.delete(temporary.resolve(OWNER));
			Files.writeString(temporary.resolve(MARKER), Messages.get("build.marker") + "\n" + String.join("\n",
					writtenFiles(temporary)) + "\n", StandardCharsets.UTF_8);
			replace(target, temporary);
		} finally {
			deleteTree(temporary);
		}
		return new Result(check, true, null, removed);
	}

	/** Why an existing path must not be replaced, or null if it may be. */
	private String refusalToReplace(Path target) throws IOException {
		if (!Files.exists(target)) {
			return null;
		}
		if (!Files.isDirectory(target)) {
			return Messages.get("build.notAFolder", target);
		}
		try (var entries = Files.list(target)) {
			if (entries.findAny().isEmpty()) {
				return null;
			}
		}
		if (!Files.isRegularFile(target.resolve(MARKER))) {
			return Messages.get("build.foreignFolder", target, MARKER);
		}
		if (deleteForeign) {
			return null;
		}
		List<String> foreign = foreignFiles(target);
		if (foreign.isEmpty()) {
			return null;
		}
		String named = String.join(", ", foreign.subList(0, Math.min(NAMED, foreign.size())))
				+ (foreign.size() > NAMED ? " " + Messages.get("build.foreignMore", foreign.size() - NAMED) : "");
		return Messages.get("build.foreignFiles", target, named);
	}

	/**
	 * The files and folders in an earlier build's output that it did not write, as paths relative
	 * to it ("CNAME", ".git/"); a folder the build never wrote is named once, not file by file.
	 * An output from before the marker listed the files counts the generators' folders as written.
	 */
	private List<String> foreignFiles(Path target) throws IOException {
		List<String> marker = Files.readAllLines(target.resolve(MARKER), StandardCharsets.UTF_8);
		Set<String> written = new HashSet<>();
		for (String line : marker.subList(Math.min(1, marker.size()), marker.size())) {
			if (!line.isBlank()) {
				written.add(line.strip());
			}
		}
		boolean listed = !written.isEmpty();
		Set<String> writtenFolders = new HashSet<>();
		for (String entry : written) {
			String file = entry.endsWith("/") ? entry + "-" : entry;
			for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
				writtenFolders.add(file.substring(0, slash));
			}
		}
		if (!listed) {
			generators.forEach(generator -> writtenFolders.add(generator.folder()));
		}
		List<String> foreign = new ArrayList<>();
		Files.walkFileTree(target, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				if (dir.equals(target)) {
					return FileVisitResult.CONTINUE;
				}
				String relative = relative(target, dir);
				if (!writtenFolders.contains(relative)) {
					foreign.add(relative + "/");
					return FileVisitResult.SKIP_SUBTREE;
				}
				// Without a list, everything below a generator's folder is the build's.
				return listed ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				String relative = relative(target, file);
				if (!relative.equals(MARKER) && !written.contains(relative)) {
					foreign.add(relative);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		Collections.sort(foreign);
		return foreign;
	}

	/** Every file and folder ("css/") below the folder, relative and with '/', sorted: the list the marker keeps. */
	private static List<String> writtenFiles(Path folder) throws IOException {
		List<String> files = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				if (!dir.equals(folder)) {
					files.add(relative(folder, dir) + "/");
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				files.add(relative(folder, file));
				return FileVisitResult.CONTINUE;
			}
		});
		Collections.sort(files);
		return files;
	}

	private static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	/**
	 * A new hidden folder beside the output ({@code .<name>-<random>}) with a file naming this
	 * process, so that a later build can tell a folder of a build under way from one a killed build left.
	 */
	private static Path ownedTemporaryFolder(Path target, String infix) throws IOException {
		Path folder = FileModes.createTemporaryFolder(target.getParent(), "." + target.getFileName() + infix);
		ProcessHandle self = ProcessHandle.current();
		Files.writeString(folder.resolve(OWNER), self.pid() + " "
				+ self.info().startInstant().map(instant -> Long.toString(instant.toEpochMilli())).orElse("-") + "\n",
				StandardCharsets.US_ASCII);
		return folder;
	}

	/**
	 * Removes the temporary folders of builds that were killed: hidden folders beside the output,
	 * named as a build names them, holding an owner file whose process no longer runs. Nothing else
	 * is touched (not a folder of another name, not a symbolic link, not a build under way).
	 */
	static List<Path> removeStaleTemporaries(Path target) throws IOException {
		String prefix = "." + target.getFileName() + "-";
		List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
				sibling -> sibling.getFileName().toString().startsWith(prefix))) {
			for (Path sibling : siblings) {
				String rest = sibling.getFileName().toString().substring(prefix.length());
				if (rest.startsWith("old-")) {
					rest = rest.substring("old-".length());
				}
				if (rest.matches("[0-9a-z]{1,13}") && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
						&& isAbandoned(sibling.resolve(OWNER))) {
					stale.add(sibling);
				}
			}
		}
		Collections.sort(stale);
		for (Path folder : stale) {
			deleteTree(folder);
		}
		return stale;
	}

	/** Whether an owner file names a process that has ended (or a process of that id started later). */
	private static boolean isAbandoned(Path owner) {
		String[] fields;
		try {
			if (!Files.isRegularFile(owner, LinkOption.NOFOLLOW_LINKS) || Files.size(owner) > 100) {
				return false;
			}
			fields = Files.readString(owner, StandardCharsets.US_ASCII).strip().split(" ");
		} catch (IOException e) {
			return false;
		}
		if (fields.length != 2 || !fields[0].matches("[0-9]{1,19}") || !fields[1].matches("-|[0-9]{1,19}")) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields[0]));
		if (process.isEmpty()) {
			return true;
		}
		Optional<Instant> started = process.get().info().startInstant();
		return !fields[1].equals("-") && started.isPresent() && started.get().toEpochMilli() != Long.parseLong(fields[1]);
	}

	/**
	 * Moves the old output into a temporary folder of this build (so that a kill leaves it where the
	 * next build removes it), the new one into place, and deletes the old.
	 */
	private static void replace(Path target, Path fresh) throws IOException {
		Path old = null;
		Path oldTree = null;
		if (Files.exists(target)) {
			old = ownedTemporaryFolder(target, "-old-");
			oldTree = old.resolve("tree");
			Files.move(target, oldTree, StandardCopyOption.ATOMIC_MOVE);
		}
		try {
			Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			if (old != null) {
				Files.move(oldTree, target, StandardCopyOption.ATOMIC_MOVE);
				deleteTree(old);
			}
			throw e;
		}
		if (old != null) {
			deleteTree(old);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
