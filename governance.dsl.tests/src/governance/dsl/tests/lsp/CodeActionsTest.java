package governance.dsl.tests.lsp;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import governance.dsl.validation.IssueCodes;

/**
 * Quick fixes on the Linköping example: a planner breaks a file as planners do, gets the
 * diagnostic, asks for the fixes on it and applies the first; the file is then as before.
 */
class CodeActionsTest extends LanguageServerTestBase {

	private static final String FILE = "bun.styr";

	@BeforeEach
	void openLinkoping() {
		openExample("linkoping");
	}

	/** Opens the file with the broken text and returns the published diagnostic with the code. */
	private Diagnostic diagnosticAfterTyping(String brokenText, String code) {
		openWith(FILE, brokenText);
		List<Diagnostic> withCode = published(FILE).stream()
				.filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
		Assertions.assertEquals(1, withCode.size(), published(FILE).toString());
		return withCode.get(0);
	}

	private List<CodeAction> fixesFor(Diagnostic diagnostic) throws Exception {
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(new CodeActionParams(document(FILE),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))).get();
		return actions.stream().map(Either::getRight).toList();
	}

	private String applied(String text, CodeAction action) {
		Assertions.assertEquals("quickfix", action.getKind());
		List<TextEdit> edits = action.getEdit().getChanges().get(uri(FILE));
		return apply(text, edits);
	}

	@Test
	void aMistypedParentIsReplacedWithTheNearestId() throws Exception {
		String original = text(FILE);
		String broken = original.replace("leder till kf_m2\n", "leder till kf_m22\n");
		Diagnostic diagnostic = diagnosticAfterTyping(broken, governance.dsl.ide.server.LooseFilesLanguageServer.REFERENCE);
		Assertions.assertEquals("Målet 'kf_m22' finns inte. Menade du kf_m2, kf_m1, kf_m3?", diagnostic.getMessage().getLeft());
		List<CodeAction> fixes = fixesFor(diagnostic);
		Assertions.assertEquals(List.of("Byt till 'kf_m2'", "Byt till 'kf_m1'", "Byt till 'kf_m3'"),
				fixes.stream().map(CodeAction::getTitle).toList());
		Assertions.assertEquals(List.of(true, false, false), fixes.stream().map(CodeAction::getIsPreferred).toList());
		Assertions.assertEquals(original, applied(broken, fixes.get(0)));
	}

	@Test
	void anIndicatorWithoutTargetGetsOneBetterThanItsBaselineForTheLastYear() throws Exception {
		String original = text(FILE);
		String broken = original.replace("      utgångsvärde 2018: 93\n      målvärde 2022: större än 95\n",
				"      utgångsvärde 2018: 93\n");
		Diagnostic diagnostic = diagnosticAfterTyping(broken, IssueCodes.INDICATOR_WITHOUT_TARGET);
		Assertions.assertEquals("Indikatorn 'bun_m1_i2' har inget målvärde: lägg till 'målvärde <år>: <värde>'.",
				diagnostic.getMessage().getLeft());
		List<CodeAction> fixes = fixesFor(diagnostic);
		Assertions.assertEquals(List.of("Lägg till målvärde för 2022"), fixes.stream().map(CodeAction::getTitle).toList());
		// riktning högre, utgångsvärde 93: the target says "better than now"; the planner sets the number.
		Assertions.assertEquals(original.replace("      utgångsvärde 2018: 93\n      målvärde 2022: större än 95\n",
				"      utgångsvärde 2018: 93\n      målvärde 2022: större än 93\n"), applied(broken, fixes.get(0)));
	}

	@Test
	void aGoalWithoutParentIsOfferedTheCouncilGoalsItsOwnAreaFirst() throws Exception {
		String original = text(FILE);
		String broken = original.replace("    målområde medborgare\n    leder till kf_m2\n", "    målområde medborgare\n");
		Diagnostic diagnostic = diagnosticAfterTyping(broken, IssueCodes.GOAL_PARENT_MISSING);
		Assertions.assertEquals("Målet 'bun_m2' på nivå nämnd leder inte till något överordnat mål: lägg till 'leder till <id>' med ett mål på nivå kommun.",
				diagnostic.getMessage().getLeft());
		List<CodeAction> fixes = fixesFor(diagnostic);
		Assertions.assertEquals(List.of(
				"Låt målet leda till kf_m2: Linköpingsborna är nöjda med kommunens välfärdstjänster och service",
				"Låt målet leda till kf_m1: Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i",
				"Låt målet leda till kf_m3: Linköpings kommun har en stabil och god ekonomi",
				"Låt målet leda till kf_m4: Kommunens verksamheter är effektiva, tillgängliga och digitala",
				"Låt målet leda till kf_m5: Linköpings kommun är en attraktiv arbetsgivare med engagerade medarbetare"),
				fixes.stream().map(CodeAction::getTitle).toList());
		Assertions.assertEquals(original, applied(broken, fixes.get(0)));
	}

	@Test
	void aDiagnosticOfAnOlderTextGetsNoFixAndNoError() throws Exception {
		String original = text(FILE);
		Diagnostic diagnostic = diagnosticAfterTyping(original.replace("    målområde medborgare\n    leder till kf_m2\n",
				"    målområde medborgare\n"), IssueCodes.GOAL_PARENT_MISSING);
		// The planner has since deleted most of the file; the editor still asks about the old diagnostic.
		change(FILE, "kommun linkoping\n");
		diagnostic.setRange(new org.eclipse.lsp4j.Range(new org.eclipse.lsp4j.Position(33, 6),
				new org.eclipse.lsp4j.Position(33, 12)));
		Assertions.assertEquals(List.of(), fixesFor(diagnostic));
	}

	@Test
	void aGoalWithoutBlockGetsOne() throws Exception {
		String original = text(FILE);
		String broken = original.replace("  // --- Basmått", "  mål bun_m5 \"Fler barn läser varje dag\"\n\n  // --- Basmått");
		openWith(FILE, broken);
		Diagnostic diagnostic = published(FILE).stream()
				.filter(d -> IssueCodes.GOAL_PARENT_MISSING.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		List<CodeAction> fixes = fixesFor(diagnostic);
		Assertions.assertEquals(5, fixes.size(), published(FILE).toString());
		CodeAction first = fixes.get(0);
		Assertions.assertEquals(original.replace("  // --- Basmått",
				"  mål bun_m5 \"Fler barn läser varje dag\" {\n    leder till kf_m1\n  }\n\n  // --- Basmått"),
				applied(broken, first));
	}
}
