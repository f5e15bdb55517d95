package governance.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Go to definition, find references and rename across the files of the Linköping example. */
class NavigationTest extends LanguageServerTestBase {

	@BeforeEach
	void openLinkoping() {
		openExample("linkoping");
	}

	private String where(Location location) {
		return location.getUri().substring(location.getUri().lastIndexOf('/') + 1) + " " + show(location.getRange());
	}

	@Test
	void definitionOfAParentGoalIsItsIdInTheCouncilsFile() throws Exception {
		openFile("bun.styr");
		List<? extends Location> definitions = languageServer.definition(new DefinitionParams(document("bun.styr"),
				positionOf("bun.styr", "leder till kf_m1", 0, 12))).get().getLeft();
		Assertions.assertEquals(List.of("kf.styr " + show(range("kf.styr", "kf_m1 \"Linköping"))),
				definitions.stream().map(this::where).toList());
	}

	@Test
	void referencesOfACouncilGoalAreTheGoalsAssignmentsAndFollowUpsThatNameIt() throws Exception {
		openFile("kf.styr");
		List<? extends Location> references = languageServer.references(new ReferenceParams(document("kf.styr"),
				positionOf("kf.styr", "mål kf_m1 ", 0, 5), new ReferenceContext(false))).get();
		Assertions.assertEquals(List.of(
				"bun.styr " + show(range("bun.styr", "kf_m1", 0)), // bun_m1 leder till kf_m1
				"kf.styr " + show(range("kf.styr", "mål kf_m1\n", 0, 4, 5)), // utvecklingsuppdrag kf_su2: mål kf_m1
				"kfn.styr " + show(range("kfn.styr", "kf_m1", 0)),
				"ks.styr " + show(range("ks.styr", "kf_m1", 0)),
				"uppfoljning-delar-2019.styr " + show(range("uppfoljning-delar-2019.styr", "kf_m1", 0))),
				references.stream().map(this::where).sorted().toList());
	}

	@Test
	void renamingACouncilGoalRenamesItEverywhere() throws Exception {
		openFile("kf.styr");
		WorkspaceEdit edit = languageServer.rename(new RenameParams(document("kf.styr"),
				positionOf("kf.styr", "mål kf_m1 ", 0, 5), "kf_trygghet")).get();
		Map<String, List<TextEdit>> changes = new TreeMap<>();
		// Clients that do not announce versioned edits get plain changes per file.
		changes.putAll(edit.getChanges());
		Assertions.assertEquals(List.of("bun.styr", "kf.styr", "kfn.styr", "ks.styr", "uppfoljning-delar-2019.styr"),
				changes.keySet().stream().map(uri -> uri.substring(uri.lastIndexOf('/') + 1)).toList());
		for (Map.Entry<String, List<TextEdit>> change : changes.entrySet()) {
			String file = change.getKey().substring(change.getKey().lastIndexOf('/') + 1);
			String renamed = apply(text(file), change.getValue());
			assertTrue(!renamed.matches("(?s).*\\bkf_m1\\b.*"), file + " still names kf_m1");
			write(file, renamed);
		}
		Assertions.assertEquals(text("bun.styr").replace("kf_trygghet", "kf_m1"),
				read(java.nio.file.Path.of("examples", "linkoping", "bun.styr")));
		assertTrue(text("kf.styr").contains("  mål kf_trygghet \"Linköping är en attraktiv"));
		assertTrue(text("uppfoljning-delar-2019.styr").contains("  mål kf_trygghet bedöms delvis"));
	}

	@Test
	void renameRefusesWhatIsNoIdOrAnIdAlreadyTaken() throws Exception {
		openFile("kf.styr");
		for (String name : List.of("x y", "mål", "\"; DROP", "", "2x", "kf-m1")) {
			java.util.concurrent.ExecutionException refused = Assertions.assertThrows(
					java.util.concurrent.ExecutionException.class, () -> languageServer.rename(new RenameParams(
							document("kf.styr"), positionOf("kf.styr", "mål kf_m1 ", 0, 5), name)).get(), name);
			Assertions.assertEquals("'" + name + "' är inget id: ett id är ett ord av bokstäver, siffror och understreck "
					+ "som inte börjar med en siffra (till exempel kf_trygghet), och inte ett av språkets ord som 'mål'.",
					refused.getCause().getMessage(), name);
		}
		java.util.concurrent.ExecutionException taken = Assertions.assertThrows(
				java.util.concurrent.ExecutionException.class, () -> languageServer.rename(new RenameParams(
						document("kf.styr"), positionOf("kf.styr", "mål kf_m1 ", 0, 5), "kf_m2")).get());
		Assertions.assertEquals("Id:t 'kf_m2' finns redan i kommunen: välj ett annat.", taken.getCause().getMessage());
	}

	@Test
	void renameFirstAsksWhatIsRenamed() throws Exception {
		// VS Code asks before it opens the rename box: the id under the cursor, in the committee's file.
		openFile("bun.styr");
		var prepared = languageServer.prepareRename(new PrepareRenameParams(document("bun.styr"),
				positionOf("bun.styr", "leder till kf_m1", 0, 13))).get();
		Assertions.assertEquals(show(range("bun.styr", "kf_m1", 0)), show(prepared.getFirst()));
	}

	/** The range of an occurrence of a snippet, narrowed to part of it (start, length). */
	org.eclipse.lsp4j.Range range(String file, String snippet, int occurrence, int from, int length) {
		org.eclipse.lsp4j.Position start = positionOf(file, snippet, occurrence, from);
		return new org.eclipse.lsp4j.Range(start, new org.eclipse.lsp4j.Position(start.getLine(),
				start.getCharacter() + length));
	}

	org.eclipse.lsp4j.Range range(String file, String snippet, int occurrence) {
		return range(file, snippet, occurrence, 0, snippet.length());
	}

	/** The id at the start of a snippet. */
	org.eclipse.lsp4j.Range range(String file, String snippet) {
		return range(file, snippet, 0, 0, snippet.indexOf(' '));
	}
}
