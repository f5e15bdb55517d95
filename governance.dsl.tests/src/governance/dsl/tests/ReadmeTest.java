package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The language tour in the README is written in the language: every snippet parses. */
class ReadmeTest {

	@Test
	void everySnippetOfTheTourParses() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		// Styrmodell snippets are the fenced blocks without a language tag (```sh and ```text are not).
		Matcher block = Pattern.compile("^```(\\w*)\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE).matcher(readme);
		List<String> snippets = new ArrayList<>();
		while (block.find()) {
			if (block.group(1).isEmpty()) {
				snippets.add(block.group(2));
			}
		}
		assertFalse(snippets.isEmpty());
		int parsed = 0;
		for (String snippet : snippets) {
			String text = snippet.startsWith("kommun ") ? snippet : "kommun readme\n" + snippet;
			TestWorkspace workspace = new TestWorkspace().file("readme.styr", text);
			assertTrue(workspace.resource("readme.styr").getErrors().isEmpty(),
					workspace.resource("readme.styr").getErrors() + "\n" + snippet);
			parsed++;
		}
		assertTrue(parsed >= 3, "the tour shows the model, a plan and a follow-up");
	}
}
