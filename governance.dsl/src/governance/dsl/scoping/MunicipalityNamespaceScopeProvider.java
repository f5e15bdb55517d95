package governance.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import governance.dsl.styrmodell.File;

/**
 * A file's municipality is imported into it: in a file that opens with "kommun linkoping",
 * "kf_m1" means "linkoping.kf_m1" wherever in the workspace that goal is written.
 * Other municipalities' elements stay reachable by their qualified names.
 */
public class MunicipalityNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof File file && file.getName() != null && !file.getName().isBlank()) {
			resolvers.add(createImportedNamespaceResolver(file.getName() + ".*", ignoreCase));
		}
		return resolvers;
	}
}
