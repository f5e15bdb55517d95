package governance.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;

import governance.dsl.Messages;
import governance.dsl.ide.indexing.TitledResourceDescriptionStrategy;
import governance.dsl.index.WorkspaceIndex;
import governance.dsl.index.WorkspaceIndex.IndexedGoal;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.Baseline;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;
import governance.dsl.validation.IssueCodes;

/**
 * Quick fixes for the obvious repairs, each attached to the diagnostic it repairs: replace a
 * mistyped reference with one of the nearest names (the linker's suggestions travel with the
 * diagnostic), add a missing målvärde to an indicator, and let a goal lead to a goal on the
 * level above. Edits follow the canonical layout: one statement per line, two spaces per level.
 */
public class StyrmodellCodeActionService implements ICodeActionService2 {

	private static final String LINKING = org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC;
	/** More parents than this are not offered one by one: the planner then types 'leder till'. */
	static final int MAX_PARENT_SUGGESTIONS = 5;
	private static final String INDENT = "  ";

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;
	@Inject
	private WorkspaceIndex index;
	@Inject
	private IQualifiedNameProvider names;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getResource() instanceof XtextResource resource && options.getDocument() != null) {
			return getCodeActions(options, resource, options.getDocument());
		}
		// Xtext's server hands over the file's name only: read the file as the editor has it now.
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> context.getResource() instanceof XtextResource resource
						? getCodeActions(options, resource, context.getDocument()) : List.of());
	}

	private List<Either<Command, CodeAction>> getCodeActions(Options options, XtextResource resource, Document document) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null
					: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
							: String.valueOf(diagnostic.getCode().getRight());
			if (LINKING.equals(code) || governance.dsl.ide.server.LooseFilesLanguageServer.REFERENCE.equals(code)) {
				replaceWithNearest(options.getURI(), diagnostic, actions);
			} else if (IssueCodes.INDICATOR_WITHOUT_TARGET.equals(code)) {
				if (elementAt(resource, document, diagnostic) instanceof Measure measure) {
					addTarget(options.getURI(), document, diagnostic, measure, actions);
				}
			} else if (IssueCodes.GOAL_PARENT_MISSING.equals(code)) {
				if (elementAt(resource, document, diagnostic) instanceof Goal goal) {
					linkToParent(options.getURI(), document, diagnostic, goal, actions);
				}
			}
		}
		return actions;
	}

	private EObject elementAt(XtextResource resource, Document document, Diagnostic diagnostic) {
		try {
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			return elementAtOffset.resolveContainedElementAt(resource, offset);
		} catch (IndexOutOfBoundsException e) {
			return null; // a diagnostic of an older text than the editor's: its fixes no longer apply
		}
	}

	// --- A mistyped reference ----------------------------------------------------------------------

	private void replaceWithNearest(String uri, Diagnostic diagnostic, List<Either<Command, CodeAction>> actions) {
		boolean first = true;
		for (String name : suggestions(diagnostic.getData())) {
			CodeAction action = action(Messages.get("codeAction.replaceReference", name), diagnostic, uri,
					new TextEdit(diagnostic.getRange(), name));
			action.setIsPreferred(first);
			first = false;
			actions.add(Either.forRight(action));
		}
	}

	/** The linker's suggestions: an array of names, as Java objects in-process or as JSON from a client. */
	static List<String> suggestions(Object data) {
		List<String> names = new ArrayList<>();
		if (data instanceof String[] array) {
			names.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				if (element.isJsonPrimitive()) {
					names.add(element.getAsString());
				}
			}
		} else if (data instanceof List<?> list) {
			list.stream().filter(Objects::nonNull).map(Object::toString).forEach(names::add);
		}
		return names;
	}

	// --- An indicator without a target --------------------------------------------------------------

	/**
	 * Adds "målvärde <last year of the period>: <value>". With a baseline and a direction the value
	 * says "better than now" ("större än 84" for riktning högre); otherwise the last baseline, or 0.
	 * The planner then sets the real number.
	 */
	private void addTarget(String uri, Document document, Diagnostic diagnostic, Measure measure,
			List<Either<Command, CodeAction>> actions) {
		Period period = ModelView.periodOf(measure);
		if (period == null) {
			return;
		}
		String statement = "målvärde " + period.last() + ": " + proposedTargetValue(measure);
		// Where planners write it: after the baselines (utgångsvärde), else first in the block.
		INode lastBaseline = measure.getBaselines().isEmpty() ? null
				: NodeModelUtils.findActualNodeFor(measure.getBaselines().get(measure.getBaselines().size() - 1));
		TextEdit edit = insertStatement(document, NodeModelUtils.findActualNodeFor(measure), lastBaseline, statement);
		actions.add(Either.forRight(action(Messages.get("codeAction.addTarget", period.last()), diagnostic, uri, edit)));
	}

	private static String proposedTargetValue(Measure measure) {
		String baseline = null;
		for (Baseline value : measure.getBaselines()) {
			if (value.getValue() instanceof MeasuredValue measured && measured.getNumber() != null) {
				baseline = numberText(measured);
			}
		}
		if (baseline == null) {
			for (Outcome outcome : measure.getOutcomes()) {
				if (outcome.getValue() instanceof MeasuredValue measured && measured.getNumber() != null) {
					baseline = numberText(measured);
				}
			}
		}
		if (baseline == null) {
			return "0";
		}
		if (measure.getDirection() == Direction.HIGHER) {
			return "större än " + baseline;
		}
		if (measure.getDirection() == Direction.LOWER) {
			return "mindre än " + baseline;
		}
		return baseline;
	}

	/** The number as the planner wrote it ("2,4"), not as a BigDecimal prints it. */
	private static String numberText(MeasuredValue value) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(value, Literals.MEASURED_VALUE__NUMBER);
		return nodes.isEmpty() ? value.getNumber().toPlainString() : NodeModelUtils.getTokenText(nodes.get(0));
	}

	// --- A goal without a parent ----------------------------------------------------------------------

	/** Offers the goals of the level above, those in the goal's own area first. */
	private void linkToParent(String uri, Document document, Diagnostic diagnostic, Goal goal,
			List<Either<Command, CodeAction>> actions) {
		Level level = ModelView.levelOf(goal);
		if (level == null || level.getParent() == null) {
			return;
		}
		String parentLevel = qualified(level.getParent());
		String area = goal.getArea() == null || goal.getArea().eIsProxy() ? null : qualified(goal.getArea());
		QualifiedName namespace = index.namespace(goal);
		List<IndexedGoal> candidates = new ArrayList<>(index.goals(goal).stream()
				.filter(candidate -> parentLevel.equals(candidate.level())).toList());
		candidates.sort(Comparator.comparing((IndexedGoal candidate) -> area == null || !area.equals(candidate.area()))
				.thenComparing(IndexedGoal::name));
		ICompositeNode goalNode = NodeModelUtils.findActualNodeFor(goal);
		INode areaNode = lastNode(NodeModelUtils.findNodesForFeature(goal, Literals.GOAL__AREA));
		for (IndexedGoal candidate : candidates.subList(0, Math.min(MAX_PARENT_SUGGESTIONS, candidates.size()))) {
			QualifiedName name = candidate.description().getQualifiedName();
			String written = namespace != null && name.startsWith(namespace)
					&& name.getSegmentCount() == namespace.getSegmentCount() + 1 ? name.getLastSegment() : name.toString();
			String title = TitledResourceDescriptionStrategy.titleOf(candidate.description());
			TextEdit edit = insertStatement(document, goalNode, areaNode, "leder till " + written);
			actions.add(Either.forRight(action(title == null ? Messages.get("codeAction.linkParent", written)
					: Messages.get("codeAction.linkParentTitled", written, title), diagnostic, uri, edit)));
		}
	}

	private String qualified(EObject object) {
		QualifiedName name = names.getFullyQualifiedName(object);
		return name == null ? "" : name.toString();
	}

	private static INode lastNode(List<INode> nodes) {
		return nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
	}

	// --- Edits in the canonical layout ------------------------------------------------------------------

	/**
	 * Inserts a statement into an element's block: on its own line after {@code after} if given,
	 * else as the block's first statement; an element without a block gets one.
	 */
	private static TextEdit insertStatement(Document document, ICompositeNode element, INode after, String statement) {
		String indent = indentationOf(document, element.getOffset());
		ILeafNode open = null;
		for (ILeafNode leaf : element.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				open = leaf;
				break;
			}
		}
		if (open == null) {
			int end = element.getEndOffset();
			Position at = document.getPosition(end);
			return new TextEdit(new Range(at, at), " {\n" + indent + INDENT + statement + "\n" + indent + "}");
		}
		INode anchor = after != null ? after : open;
		String statementIndent = after != null ? indentationOf(document, after.getOffset()) : indent + INDENT;
		Position at = document.getPosition(anchor.getEndOffset());
		return new TextEdit(new Range(at, at), "\n" + statementIndent + statement);
	}

	/** The whitespace at the start of the line that holds the offset. */
	private static String indentationOf(Document document, int offset) {
		String text = document.getContents();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	private static CodeAction action(String title, Diagnostic diagnostic, String uri, TextEdit edit) {
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edit))));
		return action;
	}
}
