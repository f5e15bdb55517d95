package governance.dsl.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.inject.Injector;

import governance.dsl.Messages;
import governance.dsl.build.Checker;
import governance.dsl.diff.DiffResult.Ambition;
import governance.dsl.diff.DiffResult.ElementChange;
import governance.dsl.diff.DiffResult.Noted;
import governance.dsl.diff.DiffResult.PropertyChange;
import governance.dsl.diff.DiffResult.Status;
import governance.dsl.diff.DiffResult.Summary;
import governance.dsl.diff.Element.Nature;
import governance.dsl.diff.Element.Property;
import governance.dsl.diff.Element.TargetBasis;
import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Direction;
import governance.dsl.styrmodell.MeasureKind;

/**
 * Compares two versions of a plan element by element, by qualified id, never by line: an element
 * that moved to another file or among its neighbours is moved, not removed and added; a new id with
 * the title and content of a removed one is a rename.
 */
public final class PlanDiff {

	/** The key of the property that says which element another stands in. */
	static final String PARENT = "parent";

	private PlanDiff() {
	}

	/** Both sides as whole workspaces, linked. */
	public static DiffResult workspaces(DiffSide before, DiffSide after) throws DiffFailure {
		return compare(before, after, true);
	}

	/**
	 * Two versions of single files, as git's external diff gives them: compared by id, references to
	 * other files left as written (they cannot resolve without the rest of the workspace).
	 */
	public static DiffResult files(DiffSide before, DiffSide after) throws DiffFailure {
		return compare(before, after, false);
	}

	private static DiffResult compare(DiffSide before, DiffSide after, boolean linked) throws DiffFailure {
		Injector injector = Checker.injector();
		ParsedSide parsedBefore = ParsedSide.parse(injector, before, linked);
		ParsedSide parsedAfter = ParsedSide.parse(injector, after, linked);
		List<String> warnings = new ArrayList<>();
		parsedBefore.errors().forEach(error -> warnings.add(before.label() + ": " + error));
		parsedAfter.errors().forEach(error -> warnings.add(after.label() + ": " + error));
		return compare(before.label(), Elements.of(parsedBefore, linked), after.label(), Elements.of(parsedAfter, linked))
				.withWarnings(warnings);
	}

	/** Compares elements read by {@link Elements#of}. */
	public static DiffResult compare(String oldLabel, Map<String, Element> before, String newLabel,
			Map<String, Element> after) {
		Map<String, String> renamed = renames(before, after);
		Map<String, Element> matchedAfter = new HashMap<>();
		for (Map.Entry<String, Element> entry : before.entrySet()) {
			String key = renamed.getOrDefault(entry.getKey(), entry.getKey());
			if (after.containsKey(key)) {
				matchedAfter.put(entry.getKey(), after.get(key));
			}
		}
		Set<String> reordered = reordered(before, matchedAfter, renamed);
		List<ElementChange> changes = new ArrayList<>();
		for (Map.Entry<String, Element> entry : before.entrySet()) {
			Element old = entry.getValue();
			Element now = matchedAfter.get(entry.getKey());
			if (now == null) {
				changes.add(new ElementChange(Status.REMOVED, old, null, false, false, List.of()));
				continue;
			}
			List<PropertyChange> properties = properties(old, now, before, after, renamed);
			boolean movedFile = !old.file().equals(now.file()) && !movedWithParent(old, now, before, after, renamed);
			boolean moved = movedFile || reordered.contains(entry.getKey());
			Status status = renamed.containsKey(entry.getKey()) ? Status.RENAMED
					: moved ? Status.MOVED : properties.isEmpty() ? null : Status.CHANGED;
			if (status != null) {
				changes.add(new ElementChange(status, old, now, movedFile, reordered.contains(entry.getKey()), properties));
			}
		}
		Set<Element> matched = new HashSet<>(matchedAfter.values());
		for (Element now : after.values()) {
			if (!matched.contains(now)) {
				changes.add(new ElementChange(Status.ADDED, null, now, false, false, List.of()));
			}
		}
		changes.sort(ORDER);
		return new DiffResult(oldLabel, newLabel, List.copyOf(changes), summary(changes, before, after), List.of());
	}

	/** By committee in the model's order, then as the elements stand in their files. */
	private static final Comparator<ElementChange> ORDER = Comparator
			.comparingInt((ElementChange c) -> c.shown().group().order()).thenComparing(c -> c.shown().group().id())
			.thenComparing(c -> c.shown().file()).thenComparingInt(c -> c.shown().order())
			.thenComparingInt(c -> c.status() == Status.REMOVED ? 0 : 1); // at one place: what went, then what came

	// --- Renames --------------------------------------------------------------------------------------

	/**
	 * Removed ids matched to added ones of the same kind with the same title and the same properties:
	 * an id that was renamed, the content untouched. Each added element is matched at most once.
	 */
	private static Map<String, String> renames(Map<String, Element> before, Map<String, Element> after) {
		Map<String, List<String>> candidates = new LinkedHashMap<>();
		for (Map.Entry<String, Element> entry : after.entrySet()) {
			if (!before.containsKey(entry.getKey()) && entry.getValue().title() != null) {
				candidates.computeIfAbsent(fingerprint(entry.getValue()), k -> new ArrayList<>()).add(entry.getKey());
			}
		}
		Map<String, String> renamed = new LinkedHashMap<>();
		for (Map.Entry<String, Element> entry : before.entrySet()) {
			if (after.containsKey(entry.getKey()) || entry.getValue().title() == null) {
				continue;
			}
			List<String> same = candidates.get(fingerprint(entry.getValue()));
			if (same != null && !same.isEmpty()) {
				renamed.put(entry.getKey(), same.remove(0));
			}
		}
		return renamed;
	}

	private static String fingerprint(Element element) {
		StringBuilder text = new StringBuilder(element.kind()).append('\u0000').append(element.kindLabel());
		element.properties().forEach((key, property) -> text.append('\u0000').append(key).append('=')
				.append(property.value()));
		return text.toString();
	}

	// --- Moves -----------------------------------------------------------------------------------------

	private static String parentAfter(Element old, Map<String, String> renamed) {
		return old.parent() == null ? null : renamed.getOrDefault(old.parent(), old.parent());
	}

	/** A measure that moved to another file with its goal is told once, with the goal. */
	private static boolean movedWithParent(Element old, Element now, Map<String, Element> before,
			Map<String, Element> after, Map<String, String> renamed) {
		if (now.parent() == null || !now.parent().equals(parentAfter(old, renamed))) {
			return false;
		}
		Element oldParent = before.get(old.parent());
		Element newParent = after.get(now.parent());
		return oldParent != null && newParent != null && !oldParent.file().equals(newParent.file());
	}

	/**
	 * Elements that changed places among their neighbours (same parent, same file): those outside
	 * the longest common subsequence of the old and the new order. Elements added or removed around
	 * them do not count as a reordering.
	 */
	private static Set<String> reordered(Map<String, Element> before, Map<String, Element> matchedAfter,
			Map<String, String> renamed) {
		Map<String, List<String>> oldSiblings = new LinkedHashMap<>();
		Map<String, List<Element>> newSiblings = new LinkedHashMap<>();
		Map<Element, String> oldKeyOf = new HashMap<>();
		for (Map.Entry<String, Element> entry : before.entrySet()) {
			Element old = entry.getValue();
			Element now = matchedAfter.get(entry.getKey());
			if (now == null || !old.file().equals(now.file()) || !Objects.equals(parentAfter(old, renamed), now.parent())) {
				continue;
			}
			String siblings = now.file() + "\u0000" + now.parent();
			oldSiblings.computeIfAbsent(siblings, k -> new ArrayList<>()).add(entry.getKey());
			newSiblings.computeIfAbsent(siblings, k -> new ArrayList<>()).add(now);
			oldKeyOf.put(now, entry.getKey());
		}
		Set<String> reordered = new HashSet<>();
		for (Map.Entry<String, List<String>> entry : oldSiblings.entrySet()) {
			List<String> oldOrder = entry.getValue(); // before's map keeps each file's order
			List<String> newOrder = newSiblings.get(entry.getKey()).stream()
					.sorted(Comparator.comparingInt(Element::order)).map(oldKeyOf::get).toList();
			if (!oldOrder.equals(newOrder)) {
				Set<String> kept = new HashSet<>(commonSubsequence(oldOrder, newOrder));
				oldOrder.stream().filter(k -> !kept.contains(k)).forEach(reordered::add);
			}
		}
		return reordered;
	}

	private static List<String> commonSubsequence(List<String> a, List<String> b) {
		int[][] lengths = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		List<String> common = new ArrayList<>();
		for (int i = 0, j = 0; i < a.size() && j < b.size();) {
			if (a.get(i).equals(b.get(j))) {
				common.add(a.get(i));
				i++;
				j++;
			} else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		return common;
	}

	// --- Properties ----------------------------------------------------------------------------------

	private static List<PropertyChange> properties(Element old, Element now, Map<String, Element> before,
			Map<String, Element> after, Map<String, String> renamed) {
		List<PropertyChange> changes = new ArrayList<>();
		String oldParent = parentAfter(old, renamed);
		if (!Objects.equals(oldParent, now.parent())) {
			changes.add(new PropertyChange(PARENT, Messages.get("diff.prop.standsIn"), parentName(old.parent(), before),
					parentName(now.parent(), after), null, null));
		}
		// A statement about a renamed element ("status for bun_a5") is the same statement under its new id.
		Map<String, Property> was = new LinkedHashMap<>();
		old.properties().values().forEach(property -> was.put(renamedKey(property.key(), renamed), property));
		for (Property property : now.properties().values()) {
			Property previous = was.get(property.key());
			if (previous == null) {
				changes.add(change(property, null, property));
			} else if (!previous.value().equals(property.value())) {
				changes.add(change(property, previous, property));
			}
		}
		was.forEach((key, previous) -> {
			if (!now.properties().containsKey(key)) {
				changes.add(change(previous, previous, null));
			}
		});
		return changes;
	}

	/** "activityStatus:bun_a5" as "activityStatus:bun_a6" when bun_a5 was renamed: ids are the key's parts after the first. */
	private static String renamedKey(String key, Map<String, String> renamed) {
		if (renamed.isEmpty() || key.indexOf(':') < 0) {
			return key;
		}
		String[] parts = key.split(":", -1);
		for (Map.Entry<String, String> rename : renamed.entrySet()) {
			String from = simpleName(rename.getKey());
			for (int i = 1; i < parts.length; i++) {
				if (parts[i].equals(from)) {
					parts[i] = simpleName(rename.getValue());
				}
			}
		}
		return String.join(":", parts);
	}

	private static String simpleName(String elementKey) {
		return elementKey.substring(Math.max(elementKey.lastIndexOf('.'), elementKey.indexOf(':')) + 1);
	}

	private static String parentName(String parent, Map<String, Element> elements) {
		if (parent == null) {
			return null;
		}
		Element element = elements.get(parent);
		return element != null ? element.name() : parent.substring(parent.lastIndexOf('.') + 1);
	}

	private static PropertyChange change(Property shown, Property was, Property now) {
		String before = was == null ? null : was.value();
		String after = now == null ? null : now.value();
		Ambition ambition = was != null && now != null && shown.nature() == Nature.TARGET
				? ambition(was.target(), now.target()) : null;
		List<WordDiff.Part> words = before != null && after != null && shown.nature() == Nature.TEXT
				&& WordDiff.isLong(before, after) ? WordDiff.diff(before, after) : null;
		return new PropertyChange(shown.key(), shown.label(), before, after, ambition, words);
	}

	// --- Ambition --------------------------------------------------------------------------------------

	/** Which way a målvärde's values count as met: from a floor up, from a ceiling down, or a range. */
	private enum Side {
		FLOOR, CEILING
	}

	/**
	 * Whether a new målvärde asks more (raised) or less (lowered) than the old, from the values that
	 * meet each: for "minst", "större än" and a plain number on a higher-is-better measure a higher
	 * number asks more; for "max", "mindre än" and a plain number on a lower-is-better one, less. Null
	 * when the two cannot be ranked (different kinds of bound, units, directions, or no number).
	 */
	static Ambition ambition(TargetBasis was, TargetBasis now) {
		if (was == null || now == null || was.notSet() || now.notSet() || was.number() == null || now.number() == null
				|| !Objects.equals(was.unit(), now.unit()) || !Objects.equals(was.direction(), now.direction())) {
			return null;
		}
		if (was.upper() != null || now.upper() != null) {
			return was.upper() != null && now.upper() != null ? rangeAmbition(was, now) : null;
		}
		Side side = side(was);
		if (side == null || side != side(now)) {
			return null;
		}
		int compared = now.number().compareTo(was.number());
		if (compared == 0) {
			// "större än 90" asks more than "minst 90", "mindre än 5" more than "max 5".
			compared = Boolean.compare(strict(now.bound()), strict(was.bound()));
			if (side == Side.CEILING) {
				compared = -compared;
			}
		}
		if (compared == 0) {
			return null;
		}
		boolean raised = side == Side.FLOOR ? compared > 0 : compared < 0;
		return raised ? Ambition.RAISED : Ambition.LOWERED;
	}

	private static Side side(TargetBasis target) {
		Bound bound = target.bound() == null ? Bound.EXACTLY : target.bound();
		return switch (bound) {
		case AT_LEAST, GREATER_THAN -> Side.FLOOR;
		case AT_MOST, LESS_THAN -> Side.CEILING;
		case EXACTLY -> target.direction() == Direction.HIGHER ? Side.FLOOR
				: target.direction() == Direction.LOWER ? Side.CEILING : null;
		};
	}

	private static boolean strict(Bound bound) {
		return bound == Bound.GREATER_THAN || bound == Bound.LESS_THAN;
	}

	/** A narrower range inside the old asks more; a wider one around it, less. */
	private static Ambition rangeAmbition(TargetBasis was, TargetBasis now) {
		BigDecimal oldLow = was.number().min(was.upper());
		BigDecimal oldHigh = was.number().max(was.upper());
		BigDecimal newLow = now.number().min(now.upper());
		BigDecimal newHigh = now.number().max(now.upper());
		boolean inside = newLow.compareTo(oldLow) >= 0 && newHigh.compareTo(oldHigh) <= 0;
		boolean around = newLow.compareTo(oldLow) <= 0 && newHigh.compareTo(oldHigh) >= 0;
		return inside && !around ? Ambition.RAISED : around && !inside ? Ambition.LOWERED : null;
	}

	// --- Summary ----------------------------------------------------------------------------------------

	private static Summary summary(List<ElementChange> changes, Map<String, Element> before, Map<String, Element> after) {
		List<Element> goalsAdded = new ArrayList<>();
		List<Element> goalsRemoved = new ArrayList<>();
		List<Noted> lowered = new ArrayList<>();
		List<Noted> raised = new ArrayList<>();
		List<Noted> assessments = new ArrayList<>();
		List<Element> withoutTarget = new ArrayList<>();
		for (ElementChange change : changes) {
			Element element = change.shown();
			if ("goal".equals(element.kind()) && change.status() == Status.ADDED) {
				goalsAdded.add(element);
			}
			if ("goal".equals(element.kind()) && change.status() == Status.REMOVED) {
				goalsRemoved.add(element);
			}
			for (PropertyChange property : change.properties()) {
				if (property.ambition() == Ambition.LOWERED) {
					lowered.add(new Noted(element, property));
				} else if (property.ambition() == Ambition.RAISED) {
					raised.add(new Noted(element, property));
				}
				if (property.key().startsWith("assessment:") && property.before() != null && property.after() != null) {
					assessments.add(new Noted(element, property));
				}
			}
			if (isIndicator(element) && change.after() != null && !hasTarget(element)
					&& (change.before() == null || hasTarget(change.before()))) {
				withoutTarget.add(element);
			}
		}
		Comparator<Element> byGroup = Comparator.comparingInt((Element e) -> e.group().order())
				.thenComparing(e -> e.group().id()).thenComparing(e -> e.level() == null ? "" : e.level());
		goalsAdded.sort(byGroup);
		goalsRemoved.sort(byGroup);
		return new Summary(goalsAdded, goalsRemoved, lowered, raised, assessments, withoutTarget);
	}

	private static boolean isIndicator(Element element) {
		String indicator = MeasureKind.INDICATOR.getLiteral();
		return "measure".equals(element.kind())
				&& element.kindLabel().equalsIgnoreCase(indicator);
	}

	/** A målvärde of any kind, "ej fastställt" included: the plan has said what it aims at. */
	private static boolean hasTarget(Element measure) {
		return measure.properties().keySet().stream().anyMatch(k -> k.startsWith("target:"));
	}
}
