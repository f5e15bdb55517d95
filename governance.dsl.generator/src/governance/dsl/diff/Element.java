package governance.dsl.diff;

import java.math.BigDecimal;
import java.util.Map;

import governance.dsl.styrmodell.Bound;
import governance.dsl.styrmodell.Direction;

/**
 * One element of a side as the diff compares it: what it is, where it stands, and its properties
 * as the planners read them. Elements are matched between sides by {@code id}, the qualified id.
 *
 * @param kind a stable code for tools ("goal", "measure", …)
 * @param kindLabel what a planner calls it ("Mål", "Indikator", "Nämnduppdrag")
 * @param id the qualified id ("linkoping.bun_m1")
 * @param name the id as written in the file ("bun_m1")
 * @param file the key of its file
 * @param order its position among all elements of its file
 * @param parent the qualified id of the element it stands in (a goal for a measure), or null
 * @param group the organisation it belongs to, for grouping by committee
 * @param level the goal's level as the model names its goals ("Nämndmål"), else null
 * @param properties by stable key, in reading order
 */
public record Element(String kind, String kindLabel, String id, String name, String title, String file, int order,
		String parent, Group group, String level, Map<String, Property> properties) {

	/** An organisation (or the model itself) that elements are grouped under; order is the model's. */
	public record Group(String id, String title, int order) {
	}

	/** What a property means beyond its text: how its change is judged. */
	public enum Nature {
		/** A short value: "old → new". */
		PLAIN,
		/** Prose: a long one is diffed word by word. */
		TEXT,
		/** A målvärde: its change lowers or raises the ambition. */
		TARGET,
		/** A goal's assessment in a follow-up. */
		ASSESSMENT
	}

	/**
	 * One property: its label in the planners' words ("Målvärde 2022", "leder till") and its value
	 * as they read it ("större än 90 %"). {@code target} is set for målvärden.
	 */
	public record Property(String key, String label, String value, Nature nature, TargetBasis target) {

		public static Property plain(String key, String label, String value) {
			return new Property(key, label, value, Nature.PLAIN, null);
		}
	}

	/** A målvärde as the ambition compares it: its bound and numbers, and the measure's direction. */
	public record TargetBasis(Bound bound, BigDecimal number, BigDecimal upper, boolean notSet, String unit,
			Direction direction) {
	}
}
