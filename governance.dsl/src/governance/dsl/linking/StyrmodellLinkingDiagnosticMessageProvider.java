package governance.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import governance.dsl.Messages;
import governance.dsl.index.WorkspaceIndex;

/**
 * A broken reference names what is missing, in the planner's words, and suggests the nearest
 * existing names of the right kind. The suggestions travel as issue data for the quick fix.
 */
public class StyrmodellLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	static final int MAX_SUGGESTIONS = 3;
	/** Up to this many values of a small set (a scale's labels, the status words) are listed when none is near. */
	static final int MAX_LISTED = 12;

	@Inject
	private WorkspaceIndex index;
	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String linkText = context.getLinkText();
		// An unresolved reference is tried again, and this message made again, whenever a check reads
		// it: the candidates are computed once per text of the file.
		List<String> candidates = context.getContext().eResource() == null ? candidates(context, reference)
				: cache.get(Tuples.create(StyrmodellLinkingDiagnosticMessageProvider.class, reference,
						EcoreUtil.getURI(context.getContext())), context.getContext().eResource(),
						() -> candidates(context, reference));
		List<String> suggestions = nearest(candidates, linkText);
		EClass type = reference.getEReferenceType();
		if (suggestions.isEmpty() && !candidates.isEmpty()) {
			suggestions = byTitle(context, type, linkText);
		}
		String otherKind = suggestions.isEmpty() ? otherKind(context, type, linkText) : null;
		String message = Messages.get("linking.notFound", typeLabel(type), linkText);
		if (otherKind != null) {
			message += Messages.get("linking.otherKind", linkText, otherKind);
		} else if (candidates.isEmpty()) {
			message += Messages.get("linking.noCandidates");
		} else if (!suggestions.isEmpty()) {
			message += Messages.get("linking.suggestions", String.join(", ", suggestions));
		} else if (Messages.has("linking.valid." + type.getName()) && candidates.size() <= MAX_LISTED) {
			// Scale labels, status words, levels: few, defined in the model, easier read than guessed.
			message += Messages.get("linking.valid." + type.getName(), String.join(", ", candidates));
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC,
				suggestions.toArray(String[]::new));
	}

	/**
	 * "ägare Socialnämnden": the title of an element written where its id belongs. The ids of the
	 * elements of the right type whose title is the text, or starts with it.
	 */
	private List<String> byTitle(ILinkingDiagnosticContext context, EClass type, String linkText) {
		String wanted = normalised(linkText);
		if (wanted.length() < 3) {
			return List.of();
		}
		TreeSet<String> found = new TreeSet<>();
		try {
			EObject self = context.getContext();
			QualifiedName namespace = index.namespace(self);
			for (IEObjectDescription description : index.descriptions(self).getExportedObjectsByType(type)) {
				String title = description.getUserData("title");
				if (title == null) {
					EObject element = EcoreUtil.resolve(description.getEObjectOrProxy(), self);
					EStructuralFeature feature = element.eClass().getEStructuralFeature("title");
					Object value = feature == null || element.eIsProxy() ? null : element.eGet(feature);
					title = value instanceof String text ? text : null;
				}
				if (title == null) {
					continue;
				}
				String normalisedTitle = normalised(title);
				if (normalisedTitle.equals(wanted) || normalisedTitle.startsWith(wanted)
						|| distance(normalisedTitle, wanted) <= Math.max(1, wanted.length() / 6)) {
					QualifiedName name = description.getQualifiedName();
					boolean own = namespace != null && name.getSegmentCount() == namespace.getSegmentCount() + 1
							&& name.startsWith(namespace);
					found.add(own ? name.getLastSegment() : name.toString());
				}
			}
		} catch (RuntimeException e) {
			return List.of(); // a suggestion is a courtesy: never let it break linking
		}
		return found.stream().limit(MAX_SUGGESTIONS).toList();
	}

	private static String normalised(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** "Uppdraget 'x' finns inte" when x is an activity: what x is. */
	private String otherKind(ILinkingDiagnosticContext context, EClass type, String linkText) {
		try {
			EObject self = context.getContext();
			QualifiedName namespace = index.namespace(self);
			QualifiedName written = QualifiedName.create(linkText.split("\\."));
			for (QualifiedName name : namespace == null ? List.of(written) : List.of(namespace.append(written), written)) {
				for (IEObjectDescription description : index.named(self, name)) {
					EClass other = description.getEClass();
					if (!type.isSuperTypeOf(other) && Messages.has("linking.a." + other.getName())) {
						return Messages.get("linking.a." + other.getName());
					}
				}
			}
		} catch (RuntimeException e) {
			// a courtesy, as above
		}
		return null;
	}

	static String typeLabel(EClass type) {
		String key = "linking.type." + type.getName();
		return Messages.has(key) ? Messages.get(key) : type.getName();
	}

	/**
	 * The names a planner could have meant: every element of the right type, named as the
	 * municipality scope names it (plain ids in the file's own municipality, qualified names
	 * elsewhere), never the referring element itself. Read from the index rather than from the
	 * scope: listing a scope of imported names compares every name with every other, which takes
	 * seconds in a plan of thousands of goals, and a planner mistypes while typing.
	 */
	private List<String> candidates(ILinkingDiagnosticContext context, EReference reference) {
		TreeSet<String> candidates = new TreeSet<>();
		try {
			URI self = EcoreUtil.getURI(context.getContext());
			QualifiedName namespace = index.namespace(context.getContext());
			for (IEObjectDescription description : index.descriptions(context.getContext())
					.getExportedObjectsByType(reference.getEReferenceType())) {
				if (description.getEObjectURI().equals(self)) {
					continue;
				}
				QualifiedName name = description.getQualifiedName();
				boolean own = namespace != null && name.getSegmentCount() == namespace.getSegmentCount() + 1
						&& name.startsWith(namespace);
				candidates.add(own ? name.getLastSegment() : name.toString());
			}
		} catch (RuntimeException e) {
			return List.of(); // a suggestion is a courtesy: never let it break linking
		}
		return new ArrayList<>(candidates);
	}

	/** The candidates nearest to what was written, compared by the last segment of their names. */
	private static List<String> nearest(List<String> candidates, String linkText) {
		String wanted = lastSegment(linkText).toLowerCase(Locale.ROOT);
		int tolerance = Math.max(2, wanted.length() / 3);
		List<Candidate> near = new ArrayList<>();
		for (String candidate : candidates) {
			String lower = lastSegment(candidate).toLowerCase(Locale.ROOT);
			int distance = lower.startsWith(wanted) || wanted.startsWith(lower) ? 1 : distance(wanted, lower);
			if (distance <= tolerance) {
				near.add(new Candidate(candidate, distance));
			}
		}
		near.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
		return near.stream().limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
	}

	private static String lastSegment(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private record Candidate(String name, int distance) {
	}

	/** Levenshtein distance. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
