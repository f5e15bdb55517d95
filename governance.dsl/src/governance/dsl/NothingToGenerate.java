package governance.dsl;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language has no Xtext generator: handbooks, workbooks and JSON are made by {@code govc build}.
 * Xtext's default asks after every build of a file whether to generate, by validating the file a
 * second time; in the editor that doubled the checks after each keystroke.
 */
public class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
