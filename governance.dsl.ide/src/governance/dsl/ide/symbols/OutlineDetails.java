package governance.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import governance.dsl.ide.Labels;

/** Beside each id in the outline: the kind and the human title ("Mål: Linköping är en attraktiv …"). */
public class OutlineDetails extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		String title = Labels.titleOf(object);
		return title == null ? Labels.kindOf(object) : Labels.kindOf(object) + ": " + title;
	}
}
