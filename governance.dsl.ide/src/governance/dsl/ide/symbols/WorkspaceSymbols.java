package governance.dsl.ide.symbols;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;

import governance.dsl.ide.indexing.TitledResourceDescriptionStrategy;

/**
 * Workspace symbols ("Go to symbol in workspace") find an element by its id or by words of its
 * title, and show both: "kf_m1 Linköping är en attraktiv …". The municipality is the container.
 */
public class WorkspaceSymbols extends DocumentSymbolService {

	@Override
	protected boolean filter(IEObjectDescription description, String query) {
		String wanted = query.toLowerCase(Locale.ROOT);
		return getSymbolName(description).toLowerCase(Locale.ROOT).contains(wanted)
				|| description.getQualifiedName().toString().toLowerCase(Locale.ROOT).contains(wanted);
	}

	@Override
	protected String getSymbolName(IEObjectDescription description) {
		String id = description.getQualifiedName().getLastSegment();
		String title = TitledResourceDescriptionStrategy.titleOf(description);
		return title == null ? id : id + " " + title;
	}

	/** The municipality (or region) the element belongs to. */
	@Override
	protected void createSymbol(IEObjectDescription description, IReferenceFinder.IResourceAccess resourceAccess,
			Procedure1<? super WorkspaceSymbol> acceptor) {
		String container = description.getQualifiedName().getSegmentCount() > 1
				? description.getQualifiedName().getFirstSegment() : null;
		super.createSymbol(description, resourceAccess, symbol -> {
			symbol.setContainerName(container);
			acceptor.apply(symbol);
		});
	}

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return SymbolKinds.of(type);
	}
}
