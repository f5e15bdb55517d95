package governance.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
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
		List<String> suggestions = suggestions(context, reference, linkText);
		String message = Messages.get("linking.notFound", typeLabel(reference.getEReferenceType()), linkText)
				+ (suggestions.isEmpty() ? "" : Messages.get("linking.suggestions", String.join(", ", suggestions)));
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC,
				suggestions.toArray(String[]::new));
	}

	static String typeLabel(EClass type) {
		String key = "linking.type." + type.getName();
		return Messages.has(key) ? Messages.get(key) : type.getName();
	}

	private List<String> suggestions(ILinkingDiagnosticContext context, EReference reference, String linkText) {
		IScope scope;
		try {
			scope = scopeProvider.getScope(context.getContext(), reference);
		} catch (RuntimeException e) {
			return List.of(); // a suggestion is a courtesy: never let it break linking
		}
		int segments = linkText.split("\\.", -1).length;
		TreeSet<String> candidates = new TreeSet<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			if (description.getName().getSegmentCount() == segments) {
				candidates.add(description.getName().toString());
			}
		}
		String wanted = linkText.toLowerCase(Locale.ROOT);
		int tolerance = Math.max(2, wanted.length() / 3);
		List<Candidate> near = new ArrayList<>();
		for (String candidate : candidates) {
			String lower = candidate.toLowerCase(Locale.ROOT);
			int distance = lower.startsWith(wanted) || wanted.startsWith(lower) ? 1 : distance(wanted, lower);
			if (distance <= tolerance) {
				near.add(new Candidate(candidate, distance));
			}
		}
		near.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
		return near.stream().limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
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
