package governance.dsl.diff;

import java.util.List;

import governance.dsl.Messages;
import governance.dsl.diff.DiffResult.ElementChange;
import governance.dsl.diff.DiffResult.Noted;
import governance.dsl.diff.DiffResult.PropertyChange;
import governance.dsl.diff.DiffResult.Summary;

/** The diff as a comment on a merge or pull request: the same content as the terminal's, in Markdown. */
public final class MarkdownReport {

	private final StringBuilder out = new StringBuilder();

	private MarkdownReport() {
	}

	public static String render(DiffResult result) {
		return new MarkdownReport().write(result);
	}

	private String write(DiffResult result) {
		line("### " + escape(Messages.get("diff.markdown.title")));
		line("");
		line(code(result.oldLabel()) + " → " + code(result.newLabel()));
		line("");
		if (!result.warnings().isEmpty()) {
			line("> **" + escape(Messages.get("diff.warning", result.warnings().size())) + "**");
			result.warnings().forEach(warning -> line("> - " + code(warning)));
			line("");
		}
		if (result.isEmpty()) {
			line(escape(Messages.get("diff.identical")));
			return out.toString();
		}
		line(escape(Phrases.counts(result)));
		summary(result.summary());
		Element.Group group = null;
		for (ElementChange change : result.changes()) {
			if (group == null || !group.equals(change.shown().group())) {
				group = change.shown().group();
				line("");
				line("#### " + escape(Phrases.heading(group)));
				line("");
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
		line("#### " + escape(Messages.get("diff.summary")));
		goals("diff.summary.goalsAdded", summary.goalsAdded());
		goals("diff.summary.goalsRemoved", summary.goalsRemoved());
		noted("diff.summary.targetsLowered", summary.targetsLowered());
		noted("diff.summary.targetsRaised", summary.targetsRaised());
		noted("diff.summary.assessmentsChanged", summary.assessmentsChanged());
		if (!summary.measuresWithoutTarget().isEmpty()) {
			heading("diff.summary.withoutTarget");
			for (Element measure : summary.measuresWithoutTarget()) {
				line("- " + code(measure.name()) + " " + escape(measure.title()) + " (" + escape(Phrases.placeOf(measure)) + ")");
			}
		}
	}

	private void heading(String key) {
		line("");
		line("**" + escape(stripColon(Messages.get(key))) + "**");
		line("");
	}

	private static String stripColon(String text) {
		return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
	}

	private void goals(String key, List<Element> goals) {
		if (goals.isEmpty()) {
			return;
		}
		heading(key);
		for (Element goal : goals) {
			line("- " + code(goal.name()) + " " + escape(goal.title()) + " (" + escape(Phrases.placeOf(goal)) + ")");
		}
	}

	private void noted(String key, List<Noted> notes) {
		if (notes.isEmpty()) {
			return;
		}
		heading(key);
		for (Noted noted : notes) {
			line("- " + escape(Phrases.noted(noted) + ": " + Phrases.value(noted.change().before()) + " → "
					+ Phrases.value(noted.change().after())));
		}
	}

	private void element(ElementChange change) {
		Element element = change.shown();
		String what = escape(element.kindLabel()) + " " + code(element.name())
				+ (element.title() == null ? "" : " " + escape(element.title()));
		String status = "**" + escape(Messages.get("diff.status." + change.status().code())) + ":** ";
		String movement = Phrases.movement(change);
		line("- " + status + what + (movement.isEmpty() ? "" : " — " + escape(movement)));
		for (PropertyChange property : change.properties()) {
			line("  - " + property(property));
		}
	}

	private static String property(PropertyChange property) {
		if (property.words() != null) {
			return escape(Messages.get("diff.changedWords", property.label())) + ": "
					+ Phrases.words(escapeParts(property.words()), w -> "~~" + w + "~~", w -> "**" + w + "**");
		}
		return escape(property.label() + ": " + Phrases.value(property.before()) + " → " + Phrases.value(property.after())
				+ Phrases.ambition(property.ambition()));
	}

	private static List<WordDiff.Part> escapeParts(List<WordDiff.Part> parts) {
		return parts.stream().map(p -> new WordDiff.Part(p.op(), escape(p.text()))).toList();
	}

	private static String code(String text) {
		return "`" + text.replace("`", "'") + "`";
	}

	/** Characters that Markdown would read as markup, and HTML, are shown as they are. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
