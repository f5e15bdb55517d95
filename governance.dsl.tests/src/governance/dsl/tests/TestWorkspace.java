package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import governance.dsl.styrmodell.File;

/**
 * A workspace of .styr files held in memory, as the command line and the editor see one:
 * one resource set, references across files. Tests add files by name and validate them.
 */
public class TestWorkspace {

	private static final Injector INJECTOR = createInjector();

	/**
	 * The injector, with the language's validator left registered. {@code getInjector()} alone moves the
	 * registered validators into a saved copy of the global registries (Xtext's test isolation), so that
	 * no check would run; {@code setupRegistry()} puts the state after injector creation back.
	 */
	private static Injector createInjector() {
		StyrmodellInjectorProvider provider = new StyrmodellInjectorProvider();
		provider.setupRegistry();
		return provider.getInjector();
	}

	private final XtextResourceSet resourceSet = newResourceSet();

	/** A resource set that parses with this injector's grammar, whichever injector registered ".styr" last. */
	private static XtextResourceSet newResourceSet() {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("styr",
				INJECTOR.getInstance(org.eclipse.xtext.resource.IResourceFactory.class));
		return set;
	}
	private final Map<String, String> texts = new LinkedHashMap<>();

	public static Injector injector() {
		return INJECTOR;
	}

	/** Adds a file; its text is parsed at once. */
	public TestWorkspace file(String name, String text) {
		texts.put(name, text);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri(name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/** The bundled example in {@code examples/<name>}, every .styr file of it. */
	public static TestWorkspace example(String name) {
		TestWorkspace workspace = new TestWorkspace();
		for (Path file : exampleFiles(name)) {
			try {
				workspace.file(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return workspace;
	}

	public static List<Path> exampleFiles(String name) {
		try (Stream<Path> files = Files.list(Path.of("examples", name))) {
			return files.filter(f -> f.toString().endsWith(".styr")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The names of the bundled examples: every folder under examples/ with .styr files. */
	public static List<String> exampleNames() {
		try (Stream<Path> folders = Files.list(Path.of("examples"))) {
			return folders.filter(Files::isDirectory).filter(f -> !exampleFiles(f.getFileName().toString()).isEmpty())
					.map(f -> f.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static URI uri(String name) {
		return URI.createURI("memory:/workspace/" + name);
	}

	public XtextResource resource(String name) {
		XtextResource resource = (XtextResource) resourceSet.getResource(uri(name), false);
		if (resource == null) {
			fail("No file " + name + " in the test workspace");
		}
		return resource;
	}

	public File root(String name) {
		return (File) resource(name).getContents().get(0);
	}

	public String text(String name) {
		return texts.get(name);
	}

	public List<String> names() {
		return List.copyOf(texts.keySet());
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** Validates one file (with every other file of the workspace in reach), after linking all. */
	public List<Issue> validate(String name) {
		EcoreUtil.resolveAll(resourceSet);
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource(name), CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** Validates every file; the issues keyed by file name. */
	public Map<String, List<Issue>> validateAll() {
		Map<String, List<Issue>> issues = new LinkedHashMap<>();
		for (String name : texts.keySet()) {
			issues.put(name, validate(name));
		}
		return issues;
	}

	/** Asserts that no file has an error or a warning, listing them all otherwise. */
	public void assertClean() {
		List<String> problems = new ArrayList<>();
		validateAll().forEach((name, issues) -> issues.forEach(issue -> problems.add(describe(name, issue))));
		assertEquals("", problems.stream().collect(Collectors.joining("\n")));
	}

	public static String describe(String name, Issue issue) {
		return name + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
				+ issue.getSeverity().name().toLowerCase() + ": " + issue.getMessage() + " [" + issue.getCode() + "]";
	}
}
