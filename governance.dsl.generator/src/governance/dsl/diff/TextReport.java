package governance.dsl.diff;

import java.util.List;
import java.util.function.UnaryOperator;

import governance.dsl.Messages;
import governance.dsl.diff.DiffResult.ElementChange;
import governance.dsl.diff.DiffResult.Noted;
import governance.dsl.diff.DiffResult.PropertyChange;
import governance.dsl.diff.DiffResult.Summary;

/**
 * The diff for the terminal: what a reviewer must see first, then each committee's elements with
 * their changed properties. Colour (ANSI) only when asked for: the caller knows whether it writes
 * to a terminal.
 */
public final class TextReport {

	private static final String RED = "\u001b[31m";
	private static final String GREEN = "\u001b[32m";
	private static final String YELLOW = "\u001b[33m";
	private static final String BOLD = "\u001b[1m";
	private static final String RESET = "\u001b[0m";

	private final boolean colour;
	private final StringBuilder out = new StringBuilder();

	private TextReport(boolean colour) {
		this.colour = colour;
	}

	public static String render(DiffResult result, boolean colour) {
		return new TextReport(colour).write(result);
	}

	private String write(DiffResult result) {
		line(paint(BOLD, Messages.get("diff.title", result.oldLabel(), result.newLabel())));
		if (!result.warnings().isEmpty()) {
			line(paint(RED, Messages.get("diff.warning", result.warnings().size())));
			result.warnings().forEach(warning -> line("  " + warning));
		}
		if (result.isEmpty()) {
			line(Messages.get("diff.identical"));
			return out.toString();
		}
		line(Phrases.counts(result));
		summary(result.summary());
		Element.Group group = null;
		for (ElementChange change : result.changes()) {
			if (group == null || !group.equals(change.shown().group())) {
				group = change.shown().group();
				line("");
				line(paint(BOLD, Phrases.heading(group)));
			}
			element(change);
		}
		return out.toString();
	}

	private void summary(Summary summary) {
		if (summary.isEmpty()) {
			return;
		}
		line("");
		line(paint(BOLD, Messages.get("diff.summary")));
		goals("diff.summary.goalsAdded", summary.goalsAdded(), "+ ", GREEN);
		goals("diff.summary.goalsRemoved", summary.goalsRemoved(), "- ", RED);
		noted("diff.summary.targetsLowered", summary.targetsLowered());
		noted("diff.summary.targetsRaised", summary.targetsRaised());
		noted("diff.summary.assessmentsChanged", summary.assessmentsChanged());
		if (!summary.measuresWithoutTarget().isEmpty()) {
			line("  " + Messages.get("diff.summary.withoutTarget"));
			for (Element measure : summary.measuresWithoutTarget()) {
				line("    " + measure.name() + " \"" + measure.title() + "\" (" + Phrases.placeOf(measure) + ")");
			}
		}
	}

	private void goals(String key, List<Element> goals, String sign, String colourCode) {
		if (goals.isEmpty()) {
			return;
		}
		line("  " + Messages.get(key));
		for (Element goal : goals) {
			line("    " + paint(colourCode, sign + goal.name() + " \"" + goal.title() + "\"") + " (" + Phrases.placeOf(goal)
					+ ")");
		}
	}

	private void noted(String key, List<Noted> notes) {
		if (notes.isEmpty()) {
			return;
		}
		line("  " + Messages.get(key));
		for (Noted noted : notes) {
			line("    " + Phrases.noted(noted) + ": " + Phrases.value(noted.change().before()) + " → "
					+ Phrases.value(noted.change().after()));
		}
	}

	private void element(ElementChange change) {
		Element element = change.shown();
		String what = element.kindLabel() + " " + element.name() + (element.title() == null ? "" : " \"" + element.title() + "\"");
		switch (change.status()) {
		case ADDED -> line("  " + paint(GREEN, "+ " + what));
		case REMOVED -> line("  " + paint(RED, "- " + what));
		case CHANGED -> line("  " + paint(YELLOW, "~ " + what));
		case MOVED, RENAMED -> line("  " + paint(YELLOW, "> " + what) + ": " + Phrases.movement(change));
		}
		for (PropertyChange property : change.properties()) {
			line("      " + property(property));
		}
	}

	private String property(PropertyChange property) {
		if (property.words() != null) {
			UnaryOperator<String> removed = w -> paint(RED, "[-" + w + "-]");
			UnaryOperator<String> added = w -> paint(GREEN, "{+" + w + "+}");
			return Messages.get("diff.changedWords", property.label()) + ": "
					+ Phrases.words(property.words(), removed, added);
		}
		String before = property.before() == null ? Messages.get("diff.none") : paint(RED, property.before());
		String after = property.after() == null ? Messages.get("diff.none") : paint(GREEN, property.after());
		return property.label() + ": " + before + " → " + after + Phrases.ambition(property.ambition());
	}

	private String paint(String code, String text) {
		return colour ? code + text + RESET : text;
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
