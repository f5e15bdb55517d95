package governance.dsl.tests.lsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outline of a file and "go to symbol in workspace", on the Linköping example. */
class SymbolsTest extends LanguageServerTestBase {

	@BeforeEach
	void openLinkoping() {
		openExample("linkoping");
	}

	@Test
	void theOutlineShowsIdsWithKindAndTitleNestedAsWritten() throws Exception {
		openFile("kfn.styr");
		List<String> outline = new ArrayList<>();
		for (Either<?, DocumentSymbol> symbol : languageServer.documentSymbol(new DocumentSymbolParams(document("kfn.styr")))
				.get()) {
			print(symbol.getRight(), "", outline);
		}
		Assertions.assertEquals("""
				linkoping · Kommun: Linköpings kommun · Namespace
				  kfn_internbudget2019 · Plan: Kultur- och fritidsnämndens internbudget 2019 med plan för 2020–2022 · Module
				    kfn_m1 · Mål: Linköpingsborna har nära till trygga och levande mötesplatser för kultur och fritid · Class
				      kfn_m1_i1 · Indikator: Andel invånare som besökt ett bibliotek minst en gång det senaste året · Field
				""", lines(outline.subList(0, 4)) + "\n");
		Assertions.assertEquals(outline.size(), outline.stream().distinct().count());
	}

	private static void print(DocumentSymbol symbol, String indent, List<String> lines) {
		lines.add(indent + symbol.getName() + " · " + symbol.getDetail() + " · " + symbol.getKind());
		if (symbol.getChildren() != null) {
			for (DocumentSymbol child : symbol.getChildren()) {
				print(child, indent + "  ", lines);
			}
		}
	}

	@Test
	void workspaceSymbolsFindGoalsByWordsOfTheirTitle() throws Exception {
		List<? extends WorkspaceSymbol> symbols = languageServer.symbol(new WorkspaceSymbolParams("ekonomi i balans"))
				.get().getRight();
		org.eclipse.lsp4j.Range id = new org.eclipse.lsp4j.Range(positionOf("bun.styr", "bun_m3 \"", 0, 0),
				positionOf("bun.styr", "bun_m3 \"", 0, 6));
		Assertions.assertEquals(List.of("bun_m3 Barn- och ungdomsnämndens verksamhet har en ekonomi i balans · Class · linkoping · bun.styr "
				+ show(id)), symbols.stream().map(SymbolsTest::describe).toList());
	}

	private static String describe(WorkspaceSymbol symbol) {
		String uri = symbol.getLocation().getLeft().getUri();
		return symbol.getName() + " · " + symbol.getKind() + " · " + symbol.getContainerName() + " · "
				+ uri.substring(uri.lastIndexOf('/') + 1) + " " + show(symbol.getLocation().getLeft().getRange());
	}

	@Test
	void workspaceSymbolsFindByIdAcrossFiles() throws Exception {
		List<String> names = languageServer.symbol(new WorkspaceSymbolParams("kf_m5")).get().getRight().stream()
				.map(WorkspaceSymbol::getName).sorted().toList();
		Assertions.assertEquals(List.of("kf_m5 Linköpings kommun är en attraktiv arbetsgivare med engagerade medarbetare",
				"kf_m5_i1 Hållbart medarbetarengagemang (HME), totalindex", "kf_m5_i2 Personalomsättning bland tillsvidareanställda"),
				names);
	}
}
