package governance.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import governance.dsl.ide.Labels;

/** The outline names an element by the id the planner wrote ("kf_m1"), not by its qualified name. */
public class OutlineNames extends DocumentSymbolMapper.DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		return Labels.idOf(object);
	}
}
