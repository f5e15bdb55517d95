package governance.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import governance.dsl.Messages;

/**
 * A broken reference names what is missing, in the planner's words, and suggests the nearest
 * existing names of the right kind. The suggestions travel as issue data for the quick fix.
 */
public class StyrmodellLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	static final int MAX_SUGGESTIONS = 3;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String linkText = context.getLinkText();
		List<String> candidates = candidates(context, reference);
		List<String> suggestions = nearest(candidates, linkText);
		String message = Messages.get("linking.notFound", typeLabel(reference.getEReferenceType()), linkText)
				+ (candidates.isEmpty() ? Messages.get("linking.noCandidates")
						: suggestions.isEmpty() ? "" : Messages.get("linking.suggestions", String.join(", ", suggestions)));
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC,
				suggestions.toArray(String[]::new));
	}

	static String typeLabel(EClass type) {
		String key = "linking.type." + type.getName();
		return Messages.has(key) ? Messages.get(key) : type.getName();
	}

	/**
	 * The names the reference could take, each in its shortest form in this scope (a plain id in
	 * the own municipality, a qualified one in another), never the referring element itself.
	 */
	private List<String> candidates(ILinkingDiagnosticContext context, EReference reference) {
		IScope scope;
		try {
			scope = scopeProvider.getScope(context.getContext(), reference);
		} catch (RuntimeException e) {
			return List.of(); // a suggestion is a courtesy: never let it break linking
		}
		URI self = EcoreUtil.getURI(context.getContext());
		Map<URI, String> shortest = new HashMap<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			if (description.getEObjectURI().equals(self)) {
				continue;
			}
			String name = description.getName().toString();
			shortest.merge(description.getEObjectURI(), name, (a, b) -> a.length() <= b.length() ? a : b);
		}
		return new ArrayList<>(new TreeSet<>(shortest.values()));
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
	static int distance(String a, String b) {
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
