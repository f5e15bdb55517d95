package governance.dsl.ide.indexing;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.IAcceptor;

import governance.dsl.index.StyrmodellResourceDescriptionStrategy;
import governance.dsl.ide.Labels;

/**
 * The editor's index also carries every element's human title, so that completion and
 * workspace symbols show "kf_m1 Linköping är en attraktiv …" without loading the file
 * that declares it. The command line has no use for titles and indexes without them.
 */
public class TitledResourceDescriptionStrategy extends StyrmodellResourceDescriptionStrategy {

	public static final String TITLE = "title";

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		String title = Labels.titleOf(object);
		if (title == null) {
			return super.createEObjectDescriptions(object, acceptor);
		}
		return super.createEObjectDescriptions(object, description -> {
			Map<String, String> data = new HashMap<>();
			for (String key : description.getUserDataKeys()) {
				data.put(key, description.getUserData(key));
			}
			data.put(TITLE, title);
			acceptor.accept(EObjectDescription.create(description.getName(), description.getEObjectOrProxy(), data));
		});
	}

	/** The title stored for an indexed element, or null. */
	public static String titleOf(IEObjectDescription description) {
		return description.getUserData(TITLE);
	}
}
