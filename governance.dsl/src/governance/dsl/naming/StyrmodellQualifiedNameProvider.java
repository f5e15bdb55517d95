package governance.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import governance.dsl.styrmodell.File;

/**
 * Every named element is known as {@code <municipality>.<id>}, however deeply it is nested
 * (an indicator inside a goal inside a plan): planners refer to things by the id they wrote,
 * and ids are unique within a municipality.
 */
public class StyrmodellQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		// Asked for every reference and every check: computed once per object until the file changes.
		return cache.get(Tuples.pair(obj, "fqn"), obj.eResource(), () -> compute(obj));
	}

	private QualifiedName compute(EObject obj) {
		if (obj instanceof File file) {
			return file.getName() == null ? null : getConverter().toQualifiedName(file.getName());
		}
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(obj);
		if (name == null || name.isEmpty()) {
			return null;
		}
		File file = EcoreUtil2.getContainerOfType(obj, File.class);
		if (file == null || file.getName() == null) {
			return QualifiedName.create(name);
		}
		return getConverter().toQualifiedName(file.getName()).append(name);
	}
}
