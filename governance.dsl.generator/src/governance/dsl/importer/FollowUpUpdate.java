package governance.dsl.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import governance.dsl.Messages;
import governance.dsl.build.Checker;
import governance.dsl.formatting2.CanonicalText;
import governance.dsl.importer.FilledWorkbook.AssessmentEntry;
import governance.dsl.importer.FilledWorkbook.OutcomeEntry;
import governance.dsl.importer.FilledWorkbook.StatusEntry;
import governance.dsl.model.Comparisons;
import governance.dsl.model.Outcomes;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.ComparisonValue;
import governance.dsl.styrmodell.ActivityFollowUp;
import governance.dsl.styrmodell.AssignmentFollowUp;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.MarkedFootnote;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.SplitOutcome;

/**
 * A second import for the same follow-up: the workbooks' values go into the follow-up that is
 * already there, one line per value, and everything else in its file stays as it was (comments,
 * other statements, texts, the layout). A value the follow-up already states the same way is left
 * alone; one it states differently is listed with its file and line, and replaced only with
 * {@code --force}; a new value gets its own line beside those of its kind, laid out canonically.
 */
final class FollowUpUpdate {

	/** The file's new text and what changed; {@code text} is null when nothing changes. */
	record Plan(String text, int added, int replaced) {
	}

	private final FollowUpText writer;
	private final FilledWorkbook workbook;
	private final FollowUpImport.Statements statements;

	/** The prefix of the messages that list differences: they name where the new values come from. */
	private final String messages;

	FollowUpUpdate(FollowUpText writer, FilledWorkbook workbook, FollowUpImport.Statements statements) {
		this(writer, workbook, statements, "import.update");
	}

	FollowUpUpdate(FollowUpText writer, FilledWorkbook workbook, FollowUpImport.Statements statements, String messages) {
		this.writer = writer;
		this.workbook = workbook;
		this.statements = statements;
		this.messages = messages;
	}

	/** A change to the file's text: replace [offset, offset + length) by text (length 0: insert). */
	private record Edit(int offset, int length, String text) {
	}

	/**
	 * Plans the update of {@code followUp} (in {@code file}); {@code others} are the other follow-ups
	 * the workbook reopened (a municipality-wide report), whose identical values need no new line.
	 * Differences without {@code force} are problems; with it, notes.
	 */
	Plan plan(FollowUp followUp, Path file, List<FollowUp> others, boolean force, List<String> problems,
			List<String> notes) {
		ICompositeNode root = NodeModelUtils.getNode(followUp).getRootNode();
		String text = root.getText();
		List<String> canonical = canonical(statements.lines());
		List<Edit> edits = new ArrayList<>();
		Map<Integer, StringBuilder> inserts = new LinkedHashMap<>();
		List<String> differences = new ArrayList<>();
		int added = 0;
		int replaced = 0;
		int index = 0;
		List<List<? extends EObject>> existing = List.of(followUp.getAssessments(), followUp.getOutcomes(),
				followUp.getComparisons(), followUp.getAssignmentStatuses(), followUp.getActivityStatuses());
		List<Map<?, String[]>> parts = statements.parts();
		for (int kind = 0; kind < parts.size(); kind++) {
			for (Map.Entry<?, String[]> statement : parts.get(kind).entrySet()) {
				String line = canonical.get(index++);
				Object element = statement.getKey();
				Object entry = statements.entries.get(element);
				String wanted = meaning(entry);
				EObject old = find(followUp, kind, element);
				if (old != null) {
					if (wanted.equals(meaning(old))) {
						continue;
					}
					ICompositeNode node = NodeModelUtils.findActualNodeFor(old);
					differences.add(Messages.get(messages + (force ? ".replaced" : ".differs"), file,
							node.getStartLine(), NodeModelUtils.getTokenText(node), line, statement.getValue()[1]));
					edits.add(new Edit(node.getOffset(), node.getLength(), line + carriedNotes(old, entry)));
					replaced++;
					continue;
				}
				int current = kind;
				if (others.stream().map(other -> find(other, current, element)).filter(Objects::nonNull)
						.anyMatch(o -> wanted.equals(meaning(o)))) {
					continue;
				}
				int[] at = insertionPoint(text, followUp, existing, kind);
				inserts.computeIfAbsent(at[0], k -> new StringBuilder()).append(" ".repeat(at[1])).append(line)
						.append('\n');
				added++;
			}
		}
		if (!differences.isEmpty() && !force) {
			problems.addAll(differences);
			problems.add(Messages.get(messages + ".needsForce", file));
			return null;
		}
		notes.addAll(differences);
		if (added == 0 && replaced == 0) {
			return new Plan(null, 0, 0);
		}
		inserts.forEach((offset, lines) -> edits.add(new Edit(offset, 0, lines.toString())));
		// From the end, so that earlier offsets stay valid; at one offset the replacement before the insert.
		edits.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::length).reversed());
		StringBuilder updated = new StringBuilder(text);
		for (Edit edit : edits) {
			updated.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return new Plan(updated.toString(), added, replaced);
	}

	// --- What a statement says -----------------------------------------------------------------------------

	/** The statement of a kind about an element in a follow-up (an utfall: for the workbook's period). */
	private EObject find(FollowUp followUp, int kind, Object element) {
		return switch (kind) {
		case 0 -> first(followUp.getAssessments(), GoalAssessment::getGoal, element);
		case 1 -> followUp.getOutcomes().stream()
				.filter(o -> o.getMeasure() == element && workbook.period().equals(Outcomes.periodOf(o))).findFirst()
				.orElse(null);
		case 2 -> followUp.getComparisons().stream()
				.filter(c -> element instanceof ComparisonEntry.Key key && c.getMeasure() == key.measure()
						&& key.group().equals(Comparisons.groupId(c))
						&& workbook.period().equals(Period.parse(c.getPeriod())))
				.findFirst().orElse(null);
		case 3 -> first(followUp.getAssignmentStatuses(), AssignmentFollowUp::getAssignment, element);
		default -> first(followUp.getActivityStatuses(), ActivityFollowUp::getActivity, element);
		};
	}

	private static <T extends EObject> T first(List<T> statements, Function<T, EObject> element, Object wanted) {
		return statements.stream().filter(s -> element.apply(s) == wanted).findFirst().orElse(null);
	}

	/**
	 * What a statement says, written as the import writes it, so that a value stated the same way in
	 * other words ("74 %" for a measure in %, splits in another order) compares equal.
	 */
	private String meaning(Object statement) {
		if (statement instanceof AssessmentEntry entry) {
			return writer.assessment(entry);
		}
		if (statement instanceof OutcomeEntry entry) {
			return writer.outcome(entry, workbook.period());
		}
		if (statement instanceof ComparisonEntry entry) {
			return writer.comparison(entry, workbook.period());
		}
		if (statement instanceof ComparisonValue old) {
			return writer.comparison(new ComparisonEntry(old.getMeasure(), Comparisons.groupId(old), Comparisons.number(old),
					old.getFootnote(), null), workbook.period());
		}
		if (statement instanceof StatusEntry entry) {
			return writer.status(entry.element() instanceof governance.dsl.styrmodell.Activity ? "aktivitet" : "uppdrag",
					entry);
		}
		if (statement instanceof GoalAssessment old) {
			return writer.assessment(new AssessmentEntry(old.getGoal(), old.getLabel(), old.isForecast(), old.getAnalysis(),
					old.getMeasures(), null));
		}
		if (statement instanceof Outcome old) {
			Measure measure = old.getMeasure();
			Map<SplitGroup, ImportedValue> splits = new LinkedHashMap<>();
			// In the order of the measure's uppdelning, as the workbook's rows.
			old.getSplits().stream()
					.sorted(Comparator.comparingInt((SplitOutcome s) -> measure.getSplits().indexOf(s.getGroup())))
					.forEach(s -> splits.put(s.getGroup(), ImportedValue.of(s.getValue(), measure.getUnit())));
			return writer.outcome(new OutcomeEntry(measure, ImportedValue.of(old.getValue(), measure.getUnit()), splits,
					Outcomes.footnoteOf(old), null), workbook.period());
		}
		if (statement instanceof AssignmentFollowUp old) {
			return writer.status("uppdrag", new StatusEntry(old.getAssignment(), old.getStatus(), old.getComment(), null));
		}
		ActivityFollowUp old = (ActivityFollowUp) statement;
		return writer.status("aktivitet", new StatusEntry(old.getActivity(), old.getStatus(), old.getComment(), null));
	}

	/** The marked footnotes ("fotnot * "…"") of a replaced utfall whose markers the new values still use. */
	private static String carriedNotes(EObject old, Object entry) {
		if (!(old instanceof Outcome outcome) || !(entry instanceof OutcomeEntry imported)) {
			return "";
		}
		Set<String> markers = new LinkedHashSet<>();
		markers.add(imported.total().marker());
		imported.splits().values().forEach(v -> markers.add(v.marker()));
		StringBuilder notes = new StringBuilder();
		for (MarkedFootnote note : outcome.getNotes()) {
			// The note the comment column carried is written from the workbook already.
			if (markers.contains(note.getMarker()) && !note.getText().equals(imported.footnote())) {
				notes.append(' ').append(NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(note)));
			}
		}
		return notes.toString();
	}

	// --- Where a new line goes ----------------------------------------------------------------------------

	/**
	 * Where a new statement of a kind goes, and its indentation: after the last statement of its kind
	 * (or of a kind listed before it), else before the first of a kind listed after it, else before
	 * the follow-up's closing brace.
	 */
	private static int[] insertionPoint(String text, FollowUp followUp, List<List<? extends EObject>> existing, int kind) {
		for (int k = kind; k >= 0; k--) {
			List<? extends EObject> statements = existing.get(k);
			if (!statements.isEmpty()) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(statements.get(statements.size() - 1));
				int end = text.indexOf('\n', node.getEndOffset());
				return new int[] { end < 0 ? text.length() : end + 1, indentation(text, node.getOffset()) };
			}
		}
		for (int k = kind + 1; k < existing.size(); k++) {
			List<? extends EObject> statements = existing.get(k);
			if (!statements.isEmpty()) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(statements.get(0));
				return new int[] { lineStart(text, node.getOffset()), indentation(text, node.getOffset()) };
			}
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(followUp);
		int brace = node.getEndOffset() - 1;
		int indent = indentation(text, node.getOffset()) + 2;
		int start = lineStart(text, brace);
		return new int[] { text.substring(start, brace).isBlank() ? start : brace, indent };
	}

	private static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	private static int indentation(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return end - start;
	}

	// --- Canonical lines ------------------------------------------------------------------------------------

	/**
	 * The statements as the canonical formatter lays them out, one line each: formatted in a follow-up
	 * of their own, so that a new line reads as in a file the import writes.
	 */
	private static List<String> canonical(List<String> lines) {
		StringBuilder file = new StringBuilder("kommun k\n\nuppföljning u \"\" {\n");
		lines.forEach(line -> file.append("  ").append(line).append('\n'));
		file.append("}\n");
		try {
			XtextResourceSet set = Checker.injector().getInstance(XtextResourceSet.class);
			XtextResource resource = (XtextResource) set.createResource(URI.createURI("synthetic:/canonical.styr"));
			resource.load(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			if (!resource.getErrors().isEmpty()) {
				return lines;
			}
			String text = Checker.injector().getInstance(CanonicalText.class).of(resource);
			List<String> formatted = text.lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
			return formatted.size() == lines.size() ? formatted : lines;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
