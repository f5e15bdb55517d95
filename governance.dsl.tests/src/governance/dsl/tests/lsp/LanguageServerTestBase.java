package governance.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.xtext.LanguageInfo;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Module;

import governance.dsl.ide.server.StyrmodellServerModule;

/**
 * Xtext's in-process language server, configured as {@code govc lsp} configures it, on a copy
 * of a bundled example in a temporary folder. Requests run synchronously, so every answer is
 * there when the call returns; published diagnostics are collected by the base class.
 */
abstract class LanguageServerTestBase extends AbstractLanguageServerTest {

	@TempDir
	Path workspace;

	private GlobalRegistries.GlobalStateMemento globalState;

	LanguageServerTestBase() {
		super("styr");
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(super.getServerModule(), new StyrmodellServerModule());
	}

	/**
	 * As the base class's set-up, but on a temporary folder instead of test-data/ under the
	 * working directory (the repository root).
	 */
	@Override
	@BeforeEach
	public void setup() {
		// The server registers its language in EMF's global registries; the other tests' injectors
		// must find their own registrations again afterwards (and this test must not find theirs).
		globalState = GlobalRegistries.makeCopyOfGlobalState();
		Guice.createInjector(getServerModule()).injectMembers(this);
		if (resourceServerProviderRegistry.getExtensionToFactoryMap().get(fileExtension) instanceof IResourceServiceProvider provider) {
			languageInfo = provider.get(LanguageInfo.class);
		}
		languageServer.connect(ServiceEndpoints.toServiceObject(this, getLanguageClientClass()));
		languageServer.supportedMethods();
		root = workspace.toFile();
	}

	@Override
	@AfterEach
	public void cleanup() {
		// The temporary folder is removed by JUnit.
		globalState.restoreGlobalState();
	}

	/** Copies examples/{name} into the workspace and starts the server on it, as an editor opening the folder. */
	void openExample(String name) {
		for (Path file : exampleFiles(name)) {
			write(file.getFileName().toString(), read(file));
		}
		initialize(params -> {
			// What VS Code announces: an outline with children, and folding.
			TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(true);
			textDocument.setDocumentSymbol(symbols);
			textDocument.setFoldingRange(new FoldingRangeCapabilities());
			textDocument.setRename(new RenameCapabilities(true, false));
			params.getCapabilities().setTextDocument(textDocument);
		});
	}

	/** The example's files; not through TestWorkspace, whose injector would take over EMF's registries. */
	static List<Path> exampleFiles(String name) {
		try (var files = Files.list(Path.of("examples", name))) {
			return files.filter(file -> file.toString().endsWith(".styr")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String write(String relativePath, String text) {
		try {
			Path file = workspace.resolve(relativePath);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return uri(relativePath);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String uri(String relativePath) {
		return getVirtualFile(relativePath);
	}

	TextDocumentIdentifier document(String relativePath) {
		return new TextDocumentIdentifier(uri(relativePath));
	}

	String text(String relativePath) {
		return read(workspace.resolve(relativePath));
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Opens a file of the workspace in the editor, with its text on disk. */
	void openFile(String relativePath) {
		open(uri(relativePath), text(relativePath));
	}

	private int version = 1;

	/** Replaces the text of an open file, as typing does (the editor sends the whole text). */
	void change(String relativePath, String newText) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(relativePath),
				++version), List.of(new TextDocumentContentChangeEvent(newText))));
	}

	/** Opens a file with a text of the test's own (the file on disk keeps its text). */
	void openWith(String relativePath, String text) {
		open(uri(relativePath), text);
	}

	/** The published diagnostics of a file, as the client received them last. */
	List<Diagnostic> published(String relativePath) {
		List<Diagnostic> diagnostics = getDiagnostics().get(uri(relativePath));
		assertTrue(diagnostics != null, "no diagnostics were published for " + relativePath);
		return diagnostics;
	}

	/** The position of the given occurrence (0-based) of a snippet in a file, plus a column offset. */
	Position positionOf(String relativePath, String snippet, int occurrence, int columnOffset) {
		String text = text(relativePath);
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(snippet, offset + 1);
			if (offset < 0) {
				fail("'" + snippet + "' occurs fewer than " + (occurrence + 1) + " times in " + relativePath);
			}
		}
		offset += columnOffset;
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	Position positionOf(String relativePath, String snippet) {
		return positionOf(relativePath, snippet, 0, 1);
	}

	/** The latest diagnostics published for a file, as "line:column severity message". */
	List<String> diagnosticsOf(String relativePath) {
		Map<String, List<Diagnostic>> all = getDiagnostics();
		List<Diagnostic> diagnostics = all.get(uri(relativePath));
		assertTrue(diagnostics != null, "no diagnostics were published for " + relativePath + ": " + all.keySet());
		return diagnostics.stream().map(d -> (d.getRange().getStart().getLine() + 1) + ":"
				+ (d.getRange().getStart().getCharacter() + 1) + " " + d.getSeverity() + " " + d.getMessage().getLeft()).toList();
	}

	/** Applies edits to a text, as an editor does (the edits must not overlap). */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<? extends TextEdit> sorted = edits.stream().sorted((a, b) -> compare(b.getRange().getStart(),
				a.getRange().getStart())).toList();
		String result = text;
		for (TextEdit edit : sorted) {
			result = result.substring(0, offset(result, edit.getRange().getStart())) + edit.getNewText()
					+ result.substring(offset(result, edit.getRange().getEnd()));
		}
		return result;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
				: Integer.compare(a.getCharacter(), b.getCharacter());
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	static String show(Range range) {
		return "[" + (range.getStart().getLine() + 1) + ":" + (range.getStart().getCharacter() + 1) + " - "
				+ (range.getEnd().getLine() + 1) + ":" + (range.getEnd().getCharacter() + 1) + "]";
	}

	static String lines(List<String> lines) {
		return lines.stream().collect(Collectors.joining("\n"));
	}
}
