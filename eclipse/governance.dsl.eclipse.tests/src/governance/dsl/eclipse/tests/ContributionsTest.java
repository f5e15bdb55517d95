package governance.dsl.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the plug-in contributes, read through the extension registry as TM4E, LSP4E and the editors
 * read it: the Generic Editor for the content type, the VS Code extension's own grammar and
 * language configuration (byte for byte), and the language server.
 */
class ContributionsTest {

	@Test
	void theGenericEditorOpensStyrFiles() {
		IConfigurationElement binding = only("org.eclipse.ui.editors", "editorContentTypeBinding");
		assertEquals(Ids.CONTENT_TYPE, binding.getAttribute("contentTypeId"));
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", binding.getAttribute("editorId"));
	}

	@Test
	void theGrammarIsTheVsCodeExtensionsOwn() throws IOException {
		IConfigurationElement grammar = only("org.eclipse.tm4e.registry.grammars", "grammar");
		assertEquals("source.styrmodell", grammar.getAttribute("scopeName"));
		byte[] shipped = entry(grammar.getAttribute("path"));
		assertArrayEquals(Files.readAllBytes(Ids.vscode().resolve("syntaxes/styrmodell.tmLanguage.json")), shipped);
		JsonObject json = JsonParser.parseString(new String(shipped, StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("source.styrmodell", json.get("scopeName").getAsString());

		IConfigurationElement binding = only("org.eclipse.tm4e.registry.grammars", "scopeNameContentTypeBinding");
		assertEquals("source.styrmodell", binding.getAttribute("scopeName"));
		assertEquals(Ids.CONTENT_TYPE, binding.getAttribute("contentTypeId"));

		// The same scope name as the VS Code extension declares for the same file.
		JsonObject vscodeGrammar = JsonParser
				.parseString(Files.readString(Ids.vscode().resolve("package.json"))).getAsJsonObject()
				.getAsJsonObject("contributes").getAsJsonArray("grammars").get(0).getAsJsonObject();
		assertEquals("source.styrmodell", vscodeGrammar.get("scopeName").getAsString());
		assertEquals("./" + grammar.getAttribute("path"), vscodeGrammar.get("path").getAsString());
	}

	@Test
	void theLanguageConfigurationIsTheVsCodeExtensionsOwn() throws IOException {
		IConfigurationElement configuration = only("org.eclipse.tm4e.languageconfiguration.languageConfigurations",
				"languageConfiguration");
		assertEquals(Ids.CONTENT_TYPE, configuration.getAttribute("contentTypeId"));
		byte[] shipped = entry(configuration.getAttribute("path"));
		assertArrayEquals(Files.readAllBytes(Ids.vscode().resolve("language-configuration.json")), shipped);
		JsonObject json = JsonParser.parseString(new String(shipped, StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("//", json.getAsJsonObject("comments").get("lineComment").getAsString());
		assertEquals("[[\"{\",\"}\"]]", json.get("brackets").toString());
	}

	@Test
	void theLanguageServerServesTheContentType() throws Exception {
		IConfigurationElement server = only("org.eclipse.lsp4e.languageServer", "server");
		assertEquals(Ids.SERVER, server.getAttribute("id"));
		assertEquals("Styrmodell", server.getAttribute("label"));
		assertEquals("governance.dsl.eclipse.StyrmodellConnectionProvider", server.getAttribute("class"));
		IConfigurationElement mapping = only("org.eclipse.lsp4e.languageServer", "contentTypeMapping");
		assertEquals(Ids.SERVER, mapping.getAttribute("id"));
		assertEquals(Ids.CONTENT_TYPE, mapping.getAttribute("contentType"));
		assertEquals("styrmodell", mapping.getAttribute("languageId"));
	}

	/** The one element of that name the plug-in contributes to the extension point. */
	static IConfigurationElement only(String point, String element) {
		List<IConfigurationElement> found = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(point))
				.filter(e -> Ids.PLUG_IN.equals(e.getContributor().getName()) && element.equals(e.getName())).toList();
		assertEquals(1, found.size(), point + " " + element);
		return found.get(0);
	}

	private static byte[] entry(String path) throws IOException {
		Bundle plugIn = Platform.getBundle(Ids.PLUG_IN);
		URL url = plugIn.getEntry(path);
		assertNotNull(url, path + " is not in the plug-in");
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}
}
