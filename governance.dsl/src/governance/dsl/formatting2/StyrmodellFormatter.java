package governance.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;

import com.google.inject.Inject;

import governance.dsl.services.StyrmodellGrammarAccess;
import governance.dsl.styrmodell.File;

/**
 * The canonical layout, derived from the grammar rather than listed rule by rule: every
 * statement inside braces starts its own line, blocks are indented by two spaces, tokens on a
 * line are one space apart, and a single blank line a planner left between statements stays.
 * Values that the grammar writes without spaces (2019-2022, 74,5, 11.7, a.b) stay tight.
 */
public class StyrmodellFormatter extends AbstractJavaFormatter {

	/** Rules whose tokens are written without spaces between them. */
	private static final Set<String> TIGHT_RULES = Set.of("QualifiedName", "Period", "Date", "Number", "SdgTarget");

	private final Set<AbstractElement> statementStarts = new HashSet<>();

	@Inject
	public void analyse(StyrmodellGrammarAccess grammarAccess) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammarAccess.getGrammar())) {
			for (Group group : EcoreUtil2.getAllContentsOfType(rule, Group.class)) {
				collectBlockStatements(group);
			}
		}
	}

	/** In "'{' (...)* '}'", the first token of each alternative of the loop starts a statement. */
	private void collectBlockStatements(Group group) {
		boolean insideBraces = false;
		for (AbstractElement element : group.getElements()) {
			if (element instanceof Keyword keyword && "{".equals(keyword.getValue())) {
				insideBraces = true;
			} else if (element instanceof Keyword keyword && "}".equals(keyword.getValue())) {
				insideBraces = false;
			} else if (insideBraces) {
				collectStarts(element);
			}
		}
	}

	private void collectStarts(AbstractElement element) {
		if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(this::collectStarts);
		} else if (element instanceof Group group && !group.getElements().isEmpty()) {
			collectStarts(group.getElements().get(0));
		} else if (element instanceof Assignment assignment) {
			if (assignment.getTerminal() instanceof Keyword keyword) {
				statementStarts.add(keyword);
			} else {
				statementStarts.add(assignment.getTerminal());
			}
		} else if (element instanceof Keyword || element instanceof RuleCall) {
			statementStarts.add(element);
		}
	}

	/** The canonical form is the same in every editor: two spaces, Unix line ends, whatever the client prefers. */
	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues canonical = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		canonical.put(FormatterPreferenceKeys.indentation, "  ");
		canonical.put(FormatterPreferenceKeys.lineSeparator, "\n");
		request.setPreferences(canonical);
		super.initialize(request);
	}

	protected void format(File file, IFormattableDocument doc) {
		List<ISemanticRegion> regions = new ArrayList<>();
		allSemanticRegions(file).forEach(regions::add);
		for (ISemanticRegion region : regions) {
			if (isMarker(region)) {
				// "24*" sits on its value, "fotnot * "…"" stands apart, "**" stays together.
				ISemanticRegion previous = region.getPreviousSemanticRegion();
				if (previous != null && !"fotnot".equals(previous.getText())) {
					doc.prepend(region, it -> {
						it.noSpace();
						it.highPriority();
					});
				}
				doc.append(region, it -> {
					it.oneSpace();
					it.lowPriority();
				});
				continue;
			}
			if (isTight(region)) {
				doc.surround(region, IHiddenRegionFormatter::noSpace);
				continue;
			}
			switch (region.getText()) {
				case "{" -> doc.prepend(region, IHiddenRegionFormatter::oneSpace);
				case "}" -> doc.prepend(region, IHiddenRegionFormatter::newLine);
				case ",", ":" -> doc.prepend(region, IHiddenRegionFormatter::noSpace);
				// "74 (prognos)", as workbooks write it: the brackets hold the word.
				case "(" -> doc.append(region, IHiddenRegionFormatter::noSpace);
				case ")" -> doc.prepend(region, IHiddenRegionFormatter::noSpace);
				default -> {
					if (statementStarts.contains(region.getGrammarElement())) {
						int newLines = keptNewLines(region.getPreviousHiddenRegion(), 1);
						doc.prepend(region, it -> it.setNewLines(newLines));
					}
				}
			}
			// Everything not set above: one space.
			doc.append(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
		for (EObject object : (Iterable<EObject>) () -> file.eAllContents()) {
			IEObjectRegion objectRegion = regionForEObject(object);
			if (objectRegion != null && statementStarts.contains(objectRegion.getGrammarElement())) {
				int newLines = keptNewLines(objectRegion.getPreviousHiddenRegion(), 1);
				doc.prepend(object, it -> it.setNewLines(newLines));
			}
		}
		// A blank line after the header and around every block; one-line elements (the organisation)
		// may stand on consecutive lines.
		EObject previous = null;
		for (EObject element : file.getElements()) {
			int kept = keptNewLines(regionForEObject(element).getPreviousHiddenRegion(), 2);
			int newLines = previous == null || isBlock(previous) || isBlock(element) ? 2 : kept;
			doc.prepend(element, it -> it.setNewLines(newLines));
			previous = element;
		}
		// Braces paired in one pass (a stack of the open ones), not by a search from each '{'.
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		for (ISemanticRegion region : regions) {
			if ("{".equals(region.getText())) {
				open.push(region);
			} else if ("}".equals(region.getText()) && !open.isEmpty()) {
				doc.interior(open.pop(), region, IHiddenRegionFormatter::indent);
			}
		}
		IHiddenRegion end = getTextRegionAccess().regionForRootEObject().getNextHiddenRegion();
		if (end != null) {
			doc.set(end, IHiddenRegionFormatter::newLine);
		}
	}

	/**
	 * A blank line a planner left after a line comment stays (one, however many there were). Xtext
	 * lays out a hidden region by one of its whitespace parts, the first with a line break, which
	 * the statement's new lines are given; the whitespace after a comment gets none. As a line
	 * comment ends with its own line break, a line break in the whitespace after it is a blank line:
	 * that whitespace keeps one, except before a closing brace or the end of the file.
	 */
	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new HiddenRegionReplacer(region, formatting) {
			/**
			 * A comment before a closing brace belongs to the block: the indentation ends after it,
			 * in the whitespace before the brace, not in the first line break before the comment.
			 */
			@Override
			protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
				Integer decrease = formatting.getIndentationDecrease();
				if (decrease != null && formatting.getIndentationIncrease() == null
						&& replacers.get(replacers.size() - 1) instanceof WhitespaceReplacer last) {
					last.getFormatting().setIndentationDecrease(decrease);
				} else {
					super.applyIndentation(replacers, separator);
				}
			}

			@Override
			protected void applyHiddenRegionFormatting(List<ITextReplacer> replacers) {
				super.applyHiddenRegionFormatting(replacers);
				ISemanticRegion next = region.getNextSemanticRegion();
				if (next == null || "}".equals(next.getText())) {
					return;
				}
				for (int i = 1; i < replacers.size(); i++) {
					if (replacers.get(i) instanceof WhitespaceReplacer whitespace
							&& replacers.get(i - 1).getRegion() instanceof IComment comment && endsWithLineBreak(comment)
							&& whitespace.getRegion().getText().indexOf('\n') >= 0) {
						IHiddenRegionFormatting blankLine = whitespace.getFormatting();
						blankLine.setNewLinesMin(2);
						blankLine.setNewLinesDefault(2);
						blankLine.setNewLinesMax(2);
					}
				}
			}
		};
	}

	private static boolean endsWithLineBreak(IComment comment) {
		String text = comment.getText();
		return text.endsWith("\n") || text.endsWith("\r");
	}

	/**
	 * One line break, or two where the planner left a blank line. Xtext lays out a hidden region
	 * by the whitespace before its first comment, so that is the part counted; a comment stays
	 * directly above what it describes.
	 */
	private static int keptNewLines(IHiddenRegion hidden, int onSameLine) {
		if (hidden == null) {
			return onSameLine;
		}
		int lineBreaks = 0;
		for (IHiddenRegionPart part : hidden.getParts()) {
			if (part instanceof IComment) {
				break;
			}
			lineBreaks += (int) part.getText().chars().filter(c -> c == '\n').count();
		}
		return lineBreaks == 0 ? onSameLine : Math.min(2, lineBreaks);
	}

	private boolean isBlock(EObject element) {
		return allRegionsFor(element).keyword("{") != null;
	}

	private static boolean isMarker(ISemanticRegion region) {
		EObject element = region.getGrammarElement();
		if (element instanceof RuleCall call) {
			return "FootnoteMarker".equals(call.getRule().getName());
		}
		return element instanceof Keyword keyword
				&& "FootnoteMarker".equals(GrammarUtil.containingParserRule(keyword).getName());
	}

	private static boolean isTight(ISemanticRegion region) {
		if (!(region.getGrammarElement() instanceof Keyword keyword)) {
			return false;
		}
		ParserRule rule = GrammarUtil.containingParserRule(keyword);
		return rule != null && TIGHT_RULES.contains(rule.getName());
	}
}
