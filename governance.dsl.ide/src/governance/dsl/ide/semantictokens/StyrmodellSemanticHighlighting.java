package governance.dsl.ide.semantictokens;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * Semantic tokens: ids are coloured by what they name, where they are declared and wherever
 * they are referred to, so that a goal id reads differently from an organisation or an area.
 * Keywords, strings, numbers and comments are coloured by the editor's TextMate grammar.
 * The style ids are LSP token types and modifiers, which Xtext's SemanticTokensService maps.
 */
public class StyrmodellSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null) {
			highlightFeature(acceptor, object, name, tokenType(object.eClass()), SemanticTokenModifiers.Declaration);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				// Every id of a list ("uppdelning kvinnor, män"), not only the first as highlightFeature does.
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					highlightNode(acceptor, node, tokenType(reference.getEReferenceType()));
				}
			}
		}
		return false;
	}

	/** The LSP token type for elements of a type (the same for declarations and references). */
	static String tokenType(EClass type) {
		if (type == Literals.FILE) {
			return SemanticTokenTypes.Namespace;
		}
		if (type == Literals.GOAL || type == Literals.PLAN_ELEMENT) {
			return SemanticTokenTypes.Class;
		}
		if (type == Literals.MEASURE) {
			return SemanticTokenTypes.Property;
		}
		if (type == Literals.ORGANISATION) {
			return SemanticTokenTypes.Type;
		}
		if (type == Literals.ASSIGNMENT) {
			return SemanticTokenTypes.Event;
		}
		if (type == Literals.ACTIVITY) {
			return SemanticTokenTypes.Function;
		}
		if (type == Literals.GOVERNING_DOCUMENT || type == Literals.BASIC_MISSION || type == Literals.VISION) {
			return SemanticTokenTypes.Interface;
		}
		if (type == Literals.PLAN || type == Literals.FOLLOW_UP || type == Literals.ANNUAL_CYCLE
				|| type == Literals.MODEL_DEFINITION || type == Literals.ASSESSMENT_SCALE) {
			return SemanticTokenTypes.Struct;
		}
		if (type == Literals.TERM) {
			return SemanticTokenTypes.Variable;
		}
		return SemanticTokenTypes.EnumMember; // levels, areas, labels, status words, groups, follow-up points
	}
}
