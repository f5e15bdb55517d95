package governance.dsl.diff;

import java.util.ArrayList;
import java.util.List;

import governance.dsl.Messages;
import governance.dsl.diff.DiffResult.Ambition;
import governance.dsl.diff.DiffResult.ElementChange;
import governance.dsl.diff.DiffResult.Noted;
import governance.dsl.diff.DiffResult.Status;

/** The sentences every report shares, so the terminal, Markdown and JSON say the same thing. */
final class Phrases {

	private Phrases() {
	}

	/** "Ändrade: 3, tillagda: 1": the non-zero counts, in a fixed order. */
	static String counts(DiffResult result) {
		List<String> parts = new ArrayList<>();
		for (Status status : List.of(Status.CHANGED, Status.ADDED, Status.REMOVED, Status.MOVED, Status.RENAMED)) {
			long count = result.count(status);
			if (count > 0) {
				parts.add(Messages.get("diff.count." + status.code(), count));
			}
		}
		String text = String.join(", ", parts);
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}

	/** "Barn- och ungdomsnämnden, Nämndmål": where a goal was added or removed. */
	static String placeOf(Element goal) {
		return goal.level() == null ? goal.group().title() : goal.group().title() + ", " + goal.level();
	}

	/** "Målvärde 2022 för Andel behöriga (bun_i1)" or "Bedömning av … i Delårsrapport augusti 2019". */
	static String noted(Noted noted) {
		Element element = noted.element();
		if ("followUp".equals(element.kind())) {
			return Messages.get("diff.summary.in", noted.change().label(), element.title());
		}
		return Messages.get("diff.summary.of", noted.change().label(), element.title(), element.name());
	}

	static String value(String value) {
		return value == null ? Messages.get("diff.none") : value;
	}

	static String ambition(Ambition ambition) {
		return ambition == null ? "" : " (" + Messages.get("diff.ambition." + ambition.code()) + ")";
	}

	/** "flyttad från bun.styr till mått.styr", "flyttad inom bun.styr", "nytt id, tidigare bun_m8". */
	static String movement(ElementChange change) {
		List<String> parts = new ArrayList<>();
		if (change.status() == Status.RENAMED) {
			parts.add(Messages.get("diff.renamedFrom", change.before().name()));
		}
		if (change.movedFile()) {
			parts.add(Messages.get("diff.movedFile", change.before().file(), change.after().file()));
		} else if (change.reordered()) {
			parts.add(Messages.get("diff.reordered", change.after().file()));
		}
		return String.join(", ", parts);
	}

	/** The group's heading: "Barn- och ungdomsnämnden (bun)", or the model's own heading. */
	static String heading(Element.Group group) {
		return group.id().isEmpty() || group.id().equals("-") || group.id().equals(group.title()) ? group.title()
				: group.title() + " (" + group.id() + ")";
	}

	/**
	 * The word diff with only a few words of context around each change: long unchanged stretches
	 * read as "…". {@code removed} and {@code added} mark the changed runs.
	 */
	static String words(List<WordDiff.Part> parts, java.util.function.UnaryOperator<String> removed,
			java.util.function.UnaryOperator<String> added) {
		final int context = 4;
		List<String> out = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			WordDiff.Part part = parts.get(i);
			switch (part.op()) {
			case REMOVED -> out.add(removed.apply(part.text()));
			case ADDED -> out.add(added.apply(part.text()));
			case SAME -> {
				List<String> words = WordDiff.words(part.text());
				boolean first = i == 0;
				boolean last = i == parts.size() - 1;
				int keepStart = first ? 0 : context;
				int keepEnd = last ? 0 : context;
				if (words.size() <= keepStart + keepEnd) {
					out.add(part.text());
				} else {
					List<String> kept = new ArrayList<>();
					if (keepStart > 0) {
						kept.add(String.join(" ", words.subList(0, keepStart)));
					}
					kept.add("…");
					if (keepEnd > 0) {
						kept.add(String.join(" ", words.subList(words.size() - keepEnd, words.size())));
					}
					out.add(String.join(" ", kept));
				}
			}
			}
		}
		return String.join(" ", out);
	}
}
