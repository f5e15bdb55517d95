package governance.dsl.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

/**
 * What a planner may write at a place, read from the grammar: the statements a block takes (the
 * first words of each alternative of its repeated part) and the values a keyword takes ("riktning"
 * takes högre, lägre, intervall). Computed once per grammar.
 */
final class ExpectedWords {

	private final Grammar grammar;
	private final Map<EClass, List<String>> blocks = new HashMap<>();
	private final Map<String, List<String>> values = new HashMap<>();

	ExpectedWords(Grammar grammar) {
		this.grammar = grammar;
	}

	/** The first words of the statements that the element's block (or list) takes. */
	synchronized List<String> inBlockOf(EClass type) {
		return blocks.computeIfAbsent(type, t -> {
			Set<String> words = new LinkedHashSet<>();
			for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
				if (!GrammarUtil.isDatatypeRule(rule) && rule.getType() != null && rule.getType().getClassifier() == t) {
					for (EObject element : (Iterable<EObject>) () -> rule.eAllContents()) {
						if (element instanceof AbstractElement repeated && GrammarUtil.isMultipleCardinality(repeated)
								&& !(repeated instanceof Keyword)) {
							for (String word : words(repeated, new HashSet<>())) {
								if (!word.equals(",") && !word.equals("*")) {
									words.add(word);
								}
							}
						}
					}
				}
			}
			return List.copyOf(words);
		});
	}

	/** Whether the word is one of the language's keywords. */
	synchronized boolean isKeyword(String word) {
		if (keywords == null) {
			keywords = new HashSet<>();
			for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
				GrammarUtil.containedKeywords(rule).forEach(keyword -> keywords.add(keyword.getValue()));
			}
			for (EnumRule rule : GrammarUtil.allEnumRules(grammar)) {
				GrammarUtil.containedKeywords(rule).forEach(keyword -> keywords.add(keyword.getValue()));
			}
		}
		return keywords.contains(word);
	}

	private Set<String> keywords;

	/** The values that may follow the keyword, when it takes one of a few fixed words. */
	synchronized List<String> valuesAfter(String keyword) {
		return values.computeIfAbsent(keyword, k -> {
			Set<String> result = new LinkedHashSet<>();
			for (ParserRule rule : GrammarUtil.allParserRules(grammar)) {
				for (Keyword candidate : GrammarUtil.containedKeywords(rule)) {
					if (!candidate.getValue().equals(k)) {
						continue;
					}
					EnumRule enumRule = enumAfter(candidate);
					if (enumRule == null) {
						return List.of(); // the keyword also stands before other things: no list would be true
					}
					result.addAll(literals(enumRule));
				}
			}
			return List.copyOf(result);
		});
	}

	private static EnumRule enumAfter(Keyword keyword) {
		if (keyword.eContainer() instanceof Group group) {
			int index = group.getElements().indexOf(keyword);
			if (index + 1 < group.getElements().size()
					&& group.getElements().get(index + 1) instanceof Assignment assignment
					&& assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof EnumRule enumRule) {
				return enumRule;
			}
		}
		return null;
	}

	private static List<String> literals(EnumRule rule) {
		List<String> words = new ArrayList<>();
		for (EnumLiteralDeclaration literal : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
			String word = literal.getLiteral().getValue();
			// "ej_angiven" is what an absent value reads as, not a word to write.
			if (!word.startsWith("ej_angiv") && !words.contains(word)
					&& words.stream().noneMatch(w -> w.equalsIgnoreCase(word))) {
				words.add(word);
			}
		}
		return words;
	}

	private static List<String> words(AbstractElement element, Set<AbstractRule> seen) {
		if (element instanceof Keyword keyword) {
			return List.of(keyword.getValue());
		}
		if (element instanceof Assignment assignment) {
			return words(assignment.getTerminal(), seen);
		}
		if (element instanceof Alternatives alternatives) {
			List<String> all = new ArrayList<>();
			for (AbstractElement alternative : alternatives.getElements()) {
				all.addAll(words(alternative, seen));
			}
			return all;
		}
		if (element instanceof Group group) {
			List<AbstractElement> parts = group.getElements().stream().filter(e -> !(e instanceof Action)).toList();
			List<String> all = new ArrayList<>();
			for (int i = 0; i < parts.size(); i++) {
				List<String> first = words(parts.get(i), seen);
				if (first.size() == 1 && !GrammarUtil.isOptionalCardinality(parts.get(i))) {
					// "leder till", "önskat läge": a statement's leading keywords read together.
					StringBuilder phrase = new StringBuilder(first.get(0));
					for (int j = i + 1; j < parts.size() && j <= i + 2 && parts.get(j) instanceof Keyword next
							&& !GrammarUtil.isOptionalCardinality(next); j++) {
						phrase.append(' ').append(next.getValue());
					}
					all.add(phrase.toString());
					return all;
				}
				all.addAll(first);
				if (!GrammarUtil.isOptionalCardinality(parts.get(i))) {
					return all;
				}
			}
			return all;
		}
		if (element instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof EnumRule enumRule) {
				return literals(enumRule);
			}
			if (rule instanceof ParserRule parserRule && !GrammarUtil.isDatatypeRule(parserRule) && seen.add(rule)) {
				return words(parserRule.getAlternatives(), seen);
			}
		}
		return List.of();
	}
}
