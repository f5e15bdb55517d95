package governance.dsl.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * Questions about the whole workspace of one municipality, answered from the index (the same
 * in the command line, where every file is loaded, and in the editor, where few are).
 */
public class WorkspaceIndex {

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;
	@Inject
	private IQualifiedNameConverter nameConverter;

	public IResourceDescriptions descriptions(EObject context) {
		return descriptionsProvider.getResourceDescriptions(context.eResource());
	}

	public QualifiedName namespace(EObject context) {
		String namespace = ModelView.namespaceOf(context);
		return namespace == null ? null : nameConverter.toQualifiedName(namespace);
	}

	/** The exported objects of a type that belong to the context's municipality, in a stable order. */
	public List<IEObjectDescription> inNamespace(EObject context, EClass type) {
		QualifiedName namespace = namespace(context);
		List<IEObjectDescription> result = new ArrayList<>();
		if (namespace == null) {
			return result;
		}
		for (IEObjectDescription description : descriptions(context).getExportedObjectsByType(type)) {
			QualifiedName name = description.getQualifiedName();
			if (name.getSegmentCount() == namespace.getSegmentCount() + 1 && name.startsWith(namespace)) {
				result.add(description);
			}
		}
		result.sort(Comparator.comparing((IEObjectDescription d) -> d.getQualifiedName().toString())
				.thenComparing(d -> d.getEObjectURI().toString()));
		return result;
	}

	/** The municipality's model definitions: exactly one is expected. */
	public List<IEObjectDescription> definitions(EObject context) {
		return perIndex(context, "definitions", () -> inNamespace(context, Literals.MODEL_DEFINITION));
	}

	/** The municipality's model definition, loaded if it lives in another file; null if there is none. */
	public ModelDefinition definition(EObject context) {
		List<IEObjectDescription> definitions = definitions(context);
		if (definitions.isEmpty()) {
			return null;
		}
		EObject resolved = EcoreUtil.resolve(definitions.get(0).getEObjectOrProxy(), context);
		return resolved instanceof ModelDefinition definition && !definition.eIsProxy() ? definition : null;
	}

	/** Goals of the municipality with the level each belongs to, as far as the index can tell. */
	public List<IndexedGoal> goals(EObject context) {
		return perIndex(context, "goals", () -> computeGoals(context));
	}

	/** A fact about the context's municipality, computed once per index in a batch check (see {@link BatchCache}). */
	public <T> T perIndex(EObject context, String key, java.util.function.Supplier<T> computation) {
		return BatchCache.get(context, key + ":" + namespace(context), computation);
	}

	private List<IndexedGoal> computeGoals(EObject context) {
		Map<String, IEObjectDescription> organisations = new HashMap<>();
		for (IEObjectDescription organisation : inNamespace(context, Literals.ORGANISATION)) {
			organisations.put(organisation.getQualifiedName().toString(), organisation);
		}
		List<IndexedGoal> goals = new ArrayList<>();
		for (IEObjectDescription goal : inNamespace(context, Literals.GOAL)) {
			goals.add(new IndexedGoal(goal, levelOf(goal, organisations), split(goal.getUserData(
					StyrmodellResourceDescriptionStrategy.PARENTS)), goal.getUserData(StyrmodellResourceDescriptionStrategy.AREA)));
		}
		return List.copyOf(goals);
	}

	/** A goal as the index sees it: qualified names of its level, parents and area. */
	public record IndexedGoal(IEObjectDescription description, String level, List<String> parents, String area) {
		public String name() {
			return description.getQualifiedName().toString();
		}
	}

	private static String levelOf(IEObjectDescription goal, Map<String, IEObjectDescription> organisations) {
		String level = goal.getUserData(StyrmodellResourceDescriptionStrategy.LEVEL);
		if (level != null) {
			return level;
		}
		String organisation = goal.getUserData(StyrmodellResourceDescriptionStrategy.OWNER);
		for (int depth = 0; organisation != null && depth < 50; depth++) {
			IEObjectDescription description = organisations.get(organisation);
			if (description == null) {
				return null;
			}
			level = description.getUserData(StyrmodellResourceDescriptionStrategy.LEVEL);
			if (level != null) {
				return level;
			}
			organisation = description.getUserData(StyrmodellResourceDescriptionStrategy.PARENT);
		}
		return null;
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

	/**
	 * In a batch check (the command line, Maven) the index is fixed once every file is read, so
	 * what is asked per file about the whole municipality is computed once per index, not once per
	 * file; the editor's index changes with every edit, so there nothing is kept.
	 */
	static final class BatchCache extends AdapterImpl {
		private final Map<Object, Object> values = new HashMap<>();
		private ResourceDescriptionsData data;

		@SuppressWarnings("unchecked")
		static <T> T get(EObject context, String key, java.util.function.Supplier<T> computation) {
			ResourceSet resourceSet = context.eResource() == null ? null : context.eResource().getResourceSet();
			ResourceDescriptionsData data = resourceSet == null ? null
					: ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
			if (data == null) {
				return computation.get();
			}
			BatchCache cache;
			synchronized (resourceSet) {
				cache = (BatchCache) EcoreUtil.getExistingAdapter(resourceSet, BatchCache.class);
				if (cache == null) {
					cache = new BatchCache();
					resourceSet.eAdapters().add(cache);
				}
			}
			synchronized (cache) {
				if (cache.data != data) {
					cache.values.clear();
					cache.data = data;
				}
				Object value = cache.values.get(key);
				if (value == null) {
					// Not computeIfAbsent: a computation may itself ask the cache (counts need the goals).
					value = computation.get();
					cache.values.put(key, value);
				}
				return (T) value;
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == BatchCache.class;
		}
	}

	/** An utfall value from the index, with the file it stands in. */
	public record IndexedOutcome(IndexedOutcomes.Entry entry, URI file) {
	}

	/**
	 * Every utfall value of the municipality from the index (plans' measures and follow-ups), by
	 * the measure's qualified name. A file being validated takes its own values from the loaded
	 * file instead: callers skip those of its URI.
	 */
	public Map<String, List<IndexedOutcome>> outcomes(EObject context) {
		return perIndex(context, "outcomes", () -> {
			Map<String, List<IndexedOutcome>> outcomes = new HashMap<>();
			for (EClass type : List.of(Literals.MEASURE, Literals.FOLLOW_UP)) {
				for (IEObjectDescription description : inNamespace(context, type)) {
					String text = description.getUserData(StyrmodellResourceDescriptionStrategy.OUTCOMES);
					if (text == null) {
						continue;
					}
					URI file = description.getEObjectURI().trimFragment();
					IndexedOutcomes.decode(text, description.getQualifiedName().toString(), entry -> outcomes
							.computeIfAbsent(entry.measure(), k -> new ArrayList<>()).add(new IndexedOutcome(entry, file)));
				}
			}
			return outcomes;
		});
	}

	/** A jämförelsevärde of a follow-up, and its file. */
	public record IndexedComparison(governance.dsl.model.Comparisons.Indexed value, URI file) {
	}

	/** Every jämförelsevärde of the municipality's follow-ups, from the index. */
	public List<IndexedComparison> comparisons(EObject context) {
		return perIndex(context, "comparisons", () -> {
			List<IndexedComparison> comparisons = new ArrayList<>();
			for (IEObjectDescription description : inNamespace(context, Literals.FOLLOW_UP)) {
				String text = description.getUserData(StyrmodellResourceDescriptionStrategy.COMPARISONS);
				if (text != null) {
					URI file = description.getEObjectURI().trimFragment();
					governance.dsl.model.Comparisons.Indexed.decode(text)
							.forEach(value -> comparisons.add(new IndexedComparison(value, file)));
				}
			}
			return List.copyOf(comparisons);
		});
	}

	/** A follow-up as the index sees it: point and owner as qualified names (null if not written), year (0: none), own month. */
	public record IndexedFollowUp(IEObjectDescription description, String point, String owner, int year, String month,
			int line) {
		public URI file() {
			return description.getEObjectURI().trimFragment();
		}
	}

	/** The follow-ups of the municipality. */
	public List<IndexedFollowUp> followUps(EObject context) {
		return perIndex(context, "followUps", () -> {
			List<IndexedFollowUp> followUps = new ArrayList<>();
			for (IEObjectDescription description : inNamespace(context, Literals.FOLLOW_UP)) {
				followUps.add(new IndexedFollowUp(description,
						description.getUserData(StyrmodellResourceDescriptionStrategy.POINT),
						description.getUserData(StyrmodellResourceDescriptionStrategy.OWNER),
						number(description.getUserData(StyrmodellResourceDescriptionStrategy.YEAR)),
						description.getUserData(StyrmodellResourceDescriptionStrategy.MONTH),
						number(description.getUserData(StyrmodellResourceDescriptionStrategy.LINE))));
			}
			return List.copyOf(followUps);
		});
	}

	/** The målområden (qualified names) that some plan of the municipality states as not applicable. */
	public java.util.Set<String> notApplicableAreas(EObject context) {
		return perIndex(context, "notApplicableAreas", () -> {
			java.util.Set<String> areas = new java.util.HashSet<>();
			for (IEObjectDescription plan : inNamespace(context, Literals.PLAN)) {
				areas.addAll(split(plan.getUserData(StyrmodellResourceDescriptionStrategy.NOT_APPLICABLE)));
			}
			return areas;
		});
	}

	private static int number(String text) {
		try {
			return text == null ? 0 : Integer.parseInt(text);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** Every exported object with this name, of any type, across the workspace. */
	public List<IEObjectDescription> named(EObject context, QualifiedName name) {
		List<IEObjectDescription> result = new ArrayList<>();
		descriptions(context).getExportedObjects(EcorePackage.Literals.EOBJECT, name, false).forEach(result::add);
		return result;
	}
}
