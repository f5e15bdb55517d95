package governance.dsl.diff;

import java.util.List;

/**
 * What changed between two sides, element by element, and what a reviewer must see first. The
 * reports (text, Markdown, JSON) only lay it out; every judgement is made here.
 */
public record DiffResult(String oldLabel, String newLabel, List<ElementChange> changes, Summary summary,
		List<String> warnings) {

	/**
	 * What a reviewer must know before trusting the diff: a side that does not check clean is compared
	 * as far as it parsed, and its errors are listed here ("efter: bun.styr:6:5: error: …").
	 */
	public DiffResult withWarnings(List<String> more) {
		List<String> all = new java.util.ArrayList<>(warnings);
		all.addAll(more);
		return new DiffResult(oldLabel, newLabel, changes, summary, List.copyOf(all));
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	public long count(Status status) {
		return changes.stream().filter(c -> c.status() == status).count();
	}

	public enum Status {
		ADDED, REMOVED, CHANGED, MOVED, RENAMED;

		/** The code tools read: "added". */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** A lowered or raised ambition: direction-aware, so a higher "max" is a lowered one. */
	public enum Ambition {
		LOWERED, RAISED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * One element that differs. {@code before} is null for an added element, {@code after} for a
	 * removed one. {@code movedFile}: it now stands in another file; {@code reordered}: it changed
	 * places among its neighbours in the same file.
	 */
	public record ElementChange(Status status, Element before, Element after, boolean movedFile, boolean reordered,
			List<PropertyChange> properties) {

		/** The element as it now is, or as it was if it was removed. */
		public Element shown() {
			return after != null ? after : before;
		}
	}

	/**
	 * One property that differs: {@code before} null when it was added, {@code after} null when it
	 * was removed. {@code ambition} for a målvärde, {@code words} for a long text.
	 */
	public record PropertyChange(String key, String label, String before, String after, Ambition ambition,
			List<WordDiff.Part> words) {
	}

	/** A property change with the element it belongs to, for the summary. */
	public record Noted(Element element, PropertyChange change) {
	}

	/** What changes the meaning of the plan, for the top of the report. */
	public record Summary(List<Element> goalsAdded, List<Element> goalsRemoved, List<Noted> targetsLowered,
			List<Noted> targetsRaised, List<Noted> assessmentsChanged, List<Element> measuresWithoutTarget) {

		public boolean isEmpty() {
			return goalsAdded.isEmpty() && goalsRemoved.isEmpty() && targetsLowered.isEmpty() && targetsRaised.isEmpty()
					&& assessmentsChanged.isEmpty() && measuresWithoutTarget.isEmpty();
		}
	}
}
