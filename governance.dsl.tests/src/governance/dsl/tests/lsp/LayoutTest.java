package governance.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Formatting, folding and semantic tokens: how a file looks in the editor. */
class LayoutTest extends LanguageServerTestBase {

	@BeforeEach
	void openLinkoping() {
		openExample("linkoping");
	}

	private List<? extends TextEdit> format(String file) throws Exception {
		// The editor's own preferences (four spaces here) do not change the canonical layout.
		return languageServer.formatting(new DocumentFormattingParams(document(file), new FormattingOptions(4, true))).get();
	}

	@Test
	void formattingGivesTheCanonicalLayoutOfGovcFormat() throws Exception {
		String canonical = text("ks.styr");
		String messy = canonical.replace("  mål ks_m1 ", "mål    ks_m1 ").replace("    målområde samhälle\n",
				"        målområde   samhälle\n").replace("  ägare ks\n", "ägare ks\n");
		openWith("ks.styr", messy);
		List<? extends TextEdit> edits = format("ks.styr");
		Assertions.assertEquals(canonical, apply(messy, edits));
	}

	@Test
	void aCanonicalFileNeedsNoEdits() throws Exception {
		openFile("kf.styr");
		Assertions.assertEquals(List.of(), format("kf.styr"));
	}

	@Test
	void aFileWithSyntaxErrorsIsNotFormatted() throws Exception {
		String broken = text("ks.styr").replace("  mål ks_m1 ", "mål    ks_m1 ").replace("period 2019-2022", "period 2019-");
		openWith("ks.styr", broken);
		Assertions.assertEquals(List.of(), format("ks.styr"));
	}

	@Test
	void blocksFold() throws Exception {
		openFile("bun.styr");
		List<FoldingRange> ranges = languageServer.foldingRange(new FoldingRangeRequestParams(document("bun.styr"))).get();
		List<String> shown = ranges.stream().map(range -> (range.getStartLine() + 1) + "-" + (range.getEndLine() + 1)).toList();
		int plan = positionOf("bun.styr", "plan bun_internbudget2019", 0, 0).getLine() + 1;
		int goal = positionOf("bun.styr", "mål bun_m1 ", 0, 0).getLine() + 1;
		int indicator = positionOf("bun.styr", "indikator bun_m1_i1", 0, 0).getLine() + 1;
		int lastLine = (int) text("bun.styr").lines().count();
		assertTrue(shown.contains(plan + "-" + lastLine), plan + "-" + lastLine + " in " + shown);
		assertTrue(shown.contains(goal + "-" + (goal + 21)), goal + "-" + (goal + 21) + " in " + shown);
		assertTrue(shown.contains(indicator + "-" + (indicator + 8)), indicator + "-" + (indicator + 8) + " in " + shown);
		// The comment at the top (four lines) folds too.
		assertTrue(shown.contains("1-4"), shown.toString());
	}

	@Test
	void idsAreColouredByWhatTheyName() throws Exception {
		openFile("bun.styr");
		SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(document("bun.styr"))).get();
		List<String> types = List.of("namespace", "type", "class", "enum", "interface", "struct", "typeParameter",
				"parameter", "variable", "property", "enumMember", "event", "function", "method", "macro", "keyword",
				"modifier", "comment", "string", "number", "regexp", "operator", "decorator");
		List<String> decoded = new ArrayList<>();
		String[] lines = text("bun.styr").split("\n", -1);
		int line = 0;
		int column = 0;
		List<Integer> data = tokens.getData();
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			String text = lines[line].substring(column, column + data.get(i + 2));
			decoded.add(text + ":" + types.get(data.get(i + 3)) + ((data.get(i + 4) & 4) != 0 ? "+declaration" : ""));
		}
		Assertions.assertEquals(List.of("linkoping:namespace+declaration", "bun_internbudget2019:struct+declaration",
				"bun:type", "bun_m1:class+declaration", "samhälle:enumMember", "kf_m1:class",
				"bun_m1_i1:property+declaration", "flickor:enumMember", "pojkar:enumMember", "flickor:enumMember",
				"pojkar:enumMember"), decoded.subList(0, 11));
	}
}
