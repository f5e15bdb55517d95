package governance.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import com.google.inject.Inject;

import governance.dsl.index.WorkspaceIndex;
import governance.dsl.styrmodell.File;

/**
 * A file's municipality is imported into it: in a file that opens with "kommun linkoping",
 * "kf_m1" means "linkoping.kf_m1" wherever in the workspace that goal is written.
 * Other municipalities' elements stay reachable by their qualified names.
 */
public class MunicipalityNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private WorkspaceIndex index;
	@Inject
	private IResourceDescription.Manager descriptions;

	/**
	 * Names are flat within a municipality, so every element of a file sees what the file sees. In a
	 * batch check (command line, Maven) the index is fixed, so one scope per file and reference type
	 * serves the plan's many thousand references. The editor builds scopes anew: its linker wraps the
	 * global scope to record which names a file uses, and a kept scope would skip that record.
	 */
	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null || resource.getContents().isEmpty()) {
			return super.getScope(context, reference);
		}
		EObject root = resource.getContents().get(0);
		return index.perIndex(root, "scope " + resource.getURI() + " " + reference.getEContainingClass().getName() + "."
				+ reference.getName(), () -> super.getScope(root, reference));
	}

	/**
	 * Every named element is exported, so a file's own index entry (built once, and kept until the
	 * file changes) serves as its local scope instead of a second walk over all its elements.
	 */
	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		return descriptions.getResourceDescription(resource);
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof File file && file.getName() != null && !file.getName().isBlank()) {
			resolvers.add(createImportedNamespaceResolver(file.getName() + ".*", ignoreCase));
		}
		return resolvers;
	}
}
