package governance.dsl.ide;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import governance.dsl.Messages;

/**
 * How the editor names an element to a planner: its id, its human title and the word for its
 * kind ("Mål", "Indikator"), the words coming from {@code messages.properties}.
 */
public final class Labels {

	private Labels() {
	}

	/** The title written after the id, for every element that has one (goals, levels, areas, labels ...). */
	public static String titleOf(EObject object) {
		EStructuralFeature title = object == null ? null : object.eClass().getEStructuralFeature("title");
		return title != null && object.eGet(title) instanceof String text ? text : null;
	}

	public static String idOf(EObject object) {
		EStructuralFeature name = object == null ? null : object.eClass().getEStructuralFeature("name");
		return name != null && object.eGet(name) instanceof String text ? text : null;
	}

	/** The planners' word for the element's kind: "Mål", "Indikator", "Nämnd" ... */
	public static String kindOf(EObject object) {
		EStructuralFeature kind = object.eClass().getEStructuralFeature("kind");
		if (kind != null && object.eGet(kind) instanceof Enum<?> literal) {
			String key = "kind." + object.eClass().getName() + "." + literal.name();
			if (Messages.has(key)) {
				return Messages.get(key);
			}
		}
		return kindOf(object.eClass());
	}

	public static String kindOf(EClass type) {
		String key = "kind." + type.getName();
		return Messages.has(key) ? Messages.get(key) : type.getName();
	}
}
