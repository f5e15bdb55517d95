package governance.dsl.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import governance.dsl.Messages;
import governance.dsl.formatting2.LineEndings;
import com.google.inject.Provider;


/**
 * The .styr files named on the command line, read into one resource set so that references
 * between files resolve. Files that cannot be read as a plan (not UTF-8, empty, too large)
 * are reported and left out instead of being parsed.
 */
public class Workspace {

	public static final String EXTENSION = ".styr";
	/**
	 * Larger than any real plan file (a whole region is some tens of MB, in many files); beyond it a
	 * file is refused rather than risking the memory of the build. The property govc.maxFileMegabytes changes it.
	 */
	static long maxFileBytes() {
		return Long.getLong("govc.maxFileMegabytes", 256L) * 1024 * 1024;
	}
	private static final Set<String> SKIPPED_DIRECTORIES = LanguageFiles.SKIPPED_DIRECTORIES;

	private final Provider<XtextResourceSet> resourceSets;
	private final Provider<IGrammarAccess> grammar;
	private final XtextResourceSet resourceSet;
	private final List<Path> files = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();

	/** A problem found before parsing, reported like any other diagnostic. */
	public record Problem(Path file, int line, int column, String message) {
	}

	public Workspace(Injector injector) {
		// The resources come from this injector's factory, not from whichever injector registered ".styr"
		// globally last: the formatter and validator of this injector know only its own grammar.
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		Provider<XtextResourceSet> sets = injector.getProvider(XtextResourceSet.class);
		this.resourceSets = () -> {
			XtextResourceSet set = sets.get();
			set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION.substring(1), factory);
			return set;
		};
		this.grammar = injector.getProvider(IGrammarAccess.class);
		this.resourceSet = resourceSets.get();
	}

	/** Collects the .styr files under the given files and directories, in a stable order. */
	public static List<Path> collect(List<Path> arguments, List<Problem> problems) throws IOException {
		Set<Path> found = new TreeSet<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				Files.walkFileTree(argument, new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
						if (!dir.equals(argument) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
							return FileVisitResult.SKIP_SUBTREE;
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						if (file.getFileName().toString().endsWith(EXTENSION)) {
							found.add(file.normalize());
						}
						return FileVisitResult.CONTINUE;
					}
				});
			} else if (Files.isRegularFile(argument)) {
				found.add(argument.normalize());
			} else if (Files.exists(argument)) {
				// A pipe or a device named on the command line: reading it could wait or never end.
				problems.add(new Problem(argument, 0, 0, Messages.get("workspace.notRegular")));
			} else {
				problems.add(new Problem(argument, 0, 0, Messages.get("workspace.notFound")));
			}
		}
		return new ArrayList<>(found);
	}

	/** Reads the files; those that cannot be plans are reported as problems. */
	/**
	 * Reads the files; those that cannot be plans are reported as problems. Files are parsed in
	 * parallel, each in a resource set of its own (parsing touches nothing shared), and then
	 * joined into the workspace's resource set in path order, so the result does not depend on timing.
	 */
	public void load(List<Path> paths) {
		List<Loaded> loaded = parseAll(paths);
		for (Loaded file : loaded) {
			if (file.problem() != null) {
				problems.add(file.problem());
			} else if (file.resource() != null) {
				resourceSet.getResources().add(file.resource());
				files.add(file.path());
			}
		}
	}

	private record Loaded(Path path, Resource resource, Problem problem) {
	}

	/** Parses on every core; the grammar is loaded first, here, so that no worker races to load it. */
	private List<Loaded> parseAll(List<Path> paths) {
		grammar.get();
		return Parallel.map(paths, this::parse);
	}

	private Loaded parse(Path path) {
		List<Problem> readProblems = new ArrayList<>(1);
		String text = read(path, readProblems);
		if (text == null) {
			return new Loaded(path, null, readProblems.isEmpty() ? null : readProblems.get(0));
		}
		URI uri = URI.createFileURI(path.toAbsolutePath().toString());
		Resource resource = resourceSets.get().createResource(uri);
		if (resource == null) {
			return new Loaded(path, null, new Problem(path, 0, 0, Messages.get("workspace.notStyr", EXTENSION)));
		}
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			return new Loaded(path, null, new Problem(path, 0, 0, Messages.get("workspace.unreadable", FileSystemFailure.reason(e))));
		} finally {
			resource.getResourceSet().getResources().remove(resource);
		}
		return new Loaded(path, resource, null);
	}

	private String read(Path path, List<Problem> problems) {
		try {
			byte[] bytes = readBounded(path);
			if (bytes == null) {
				problems.add(new Problem(path, 0, 0, Messages.get("workspace.notRegular")));
				return null;
			}
			if (bytes.length > maxFileBytes()) {
				long size = Math.max(bytes.length, Files.size(path));
				problems.add(new Problem(path, 1, 1, Messages.get("workspace.tooLarge", size / (1024 * 1024),
						maxFileBytes() / (1024 * 1024))));
				return null;
			}
			if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
				problems.add(new Problem(path, 1, 1, Messages.get("workspace.empty")));
				return null;
			}
			try {
				String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				if (text.indexOf('\0') >= 0) {
					int offset = text.indexOf('\0');
					problems.add(new Problem(path, lineOf(text, offset), columnOf(text, offset),
							Messages.get("workspace.binary")));
					return null;
				}
				// An editor's byte order mark is harmless: drop it. Line ends of old Macs (a lone CR)
				// are line ends: the grammar knows LF and CRLF.
				return LineEndings.crToLf(text.startsWith("\uFEFF") ? text.substring(1) : text);
			} catch (CharacterCodingException e) {
				int offset = firstInvalidUtf8(bytes);
				String prefix = new String(bytes, 0, offset, StandardCharsets.UTF_8);
				problems.add(new Problem(path, lineOf(prefix, prefix.length()), columnOf(prefix, prefix.length()),
						Messages.get("workspace.notUtf8", offset)));
				return null;
			}
		} catch (IOException e) {
			problems.add(new Problem(path, 0, 0, Messages.get("workspace.unreadable", FileSystemFailure.reason(e))));
			return null;
		}
	}

	/**
	 * The bytes of a regular file (a symbolic link to one counts), at most one more than the size
	 * limit; null for anything else (a pipe, a device such as /dev/zero, a folder), which is not read
	 * at all: a pipe would wait for a writer and a device may never end.
	 */
	public static byte[] readBounded(Path path) throws IOException {
		if (!Files.readAttributes(path, BasicFileAttributes.class).isRegularFile()) {
			return null;
		}
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes() + 1));
		}
	}

	/** The offset of the first byte that is not valid UTF-8. */
	private static int firstInvalidUtf8(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
		return result.isError() ? in.position() : bytes.length;
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int columnOf(String text, int offset) {
		int lastNewline = text.lastIndexOf('\n', Math.max(0, offset - 1));
		return offset - lastNewline;
	}

	public XtextResourceSet getResourceSet() {
		return resourceSet;
	}

	public List<Path> getFiles() {
		return Collections.unmodifiableList(files);
	}

	public List<Problem> getProblems() {
		return problems;
	}

	public XtextResource resourceOf(Path path) {
		return (XtextResource) resourceSet.getResource(URI.createFileURI(path.toAbsolutePath().toString()), false);
	}
}
