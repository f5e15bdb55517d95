package governance.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;

import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * The icon an element gets in the outline and in workspace symbols. LSP knows programming
 * constructs only; the choice keeps like with like: the goal chain as classes, measures as
 * fields, the model definition's vocabularies as enums.
 */
public final class SymbolKinds {

	private SymbolKinds() {
	}

	public static SymbolKind of(EClass type) {
		if (type == Literals.FILE) {
			return SymbolKind.Namespace;
		}
		if (type == Literals.PLAN || type == Literals.FOLLOW_UP || type == Literals.ANNUAL_CYCLE
				|| type == Literals.MODEL_DEFINITION) {
			return SymbolKind.Module;
		}
		if (type == Literals.GOAL || type == Literals.VISION) {
			return SymbolKind.Class;
		}
		if (type == Literals.MEASURE) {
			return SymbolKind.Field;
		}
		if (type == Literals.ORGANISATION) {
			return SymbolKind.Struct;
		}
		if (type == Literals.ASSIGNMENT) {
			return SymbolKind.Event;
		}
		if (type == Literals.ACTIVITY) {
			return SymbolKind.Function;
		}
		if (type == Literals.GOVERNING_DOCUMENT || type == Literals.BASIC_MISSION) {
			return SymbolKind.Interface;
		}
		if (type == Literals.ASSESSMENT_SCALE || type == Literals.GOAL_AREA || type == Literals.LEVEL) {
			return SymbolKind.Enum;
		}
		if (type == Literals.TERM) {
			return SymbolKind.String;
		}
		return SymbolKind.EnumMember; // labels, status words, groups, follow-up points
	}
}
