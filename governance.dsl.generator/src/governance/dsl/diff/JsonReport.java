package governance.dsl.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import governance.dsl.diff.DiffResult.ElementChange;
import governance.dsl.diff.DiffResult.Noted;
import governance.dsl.diff.DiffResult.PropertyChange;
import governance.dsl.diff.DiffResult.Status;
import governance.dsl.diff.DiffResult.Summary;

/**
 * The diff for tools, valid against {@code governance.dsl.generator/schema/styrmodell-diff.schema.json}:
 * codes for what changed, the planners' texts beside them, keys in a fixed order.
 */
public final class JsonReport {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final ObjectMapper MAPPER = new ObjectMapper();

	private JsonReport() {
	}

	public static String render(DiffResult result) {
		ObjectNode root = NODES.objectNode();
		root.put("format", "styrmodell-diff");
		root.put("formatVersion", 1);
		root.put("old", result.oldLabel());
		root.put("new", result.newLabel());
		root.put("identical", result.isEmpty());
		ArrayNode warnings = root.putArray("warnings");
		result.warnings().forEach(warnings::add);
		ObjectNode counts = root.putObject("counts");
		for (Status status : Status.values()) {
			counts.put(status.code(), result.count(status));
		}
		root.set("summary", summary(result.summary()));
		ArrayNode changes = root.putArray("changes");
		for (ElementChange change : result.changes()) {
			changes.add(change(change));
		}
		return write(root);
	}

	private static ObjectNode summary(Summary summary) {
		ObjectNode node = NODES.objectNode();
		ArrayNode added = node.putArray("goalsAdded");
		summary.goalsAdded().forEach(e -> added.add(element(e)));
		ArrayNode removed = node.putArray("goalsRemoved");
		summary.goalsRemoved().forEach(e -> removed.add(element(e)));
		noted(node.putArray("targetsLowered"), summary.targetsLowered());
		noted(node.putArray("targetsRaised"), summary.targetsRaised());
		noted(node.putArray("assessmentsChanged"), summary.assessmentsChanged());
		ArrayNode without = node.putArray("measuresWithoutTarget");
		summary.measuresWithoutTarget().forEach(e -> without.add(element(e)));
		return node;
	}

	private static void noted(ArrayNode array, java.util.List<Noted> notes) {
		for (Noted noted : notes) {
			ObjectNode node = array.addObject();
			node.set("element", element(noted.element()));
			node.set("property", property(noted.change()));
			node.put("text", Phrases.noted(noted) + ": " + Phrases.value(noted.change().before()) + " → "
					+ Phrases.value(noted.change().after()));
		}
	}

	private static ObjectNode element(Element element) {
		ObjectNode node = NODES.objectNode();
		node.put("id", element.id());
		node.put("name", element.name());
		node.put("kind", element.kind());
		node.put("kindLabel", element.kindLabel());
		node.put("title", element.title());
		ObjectNode group = node.putObject("group");
		boolean organisation = !element.group().id().isEmpty() && !element.group().id().equals("-");
		group.put("id", organisation ? element.group().id() : null);
		group.put("title", element.group().title());
		node.put("level", element.level());
		node.put("file", element.file());
		return node;
	}

	private static ObjectNode change(ElementChange change) {
		ObjectNode node = NODES.objectNode();
		node.put("status", change.status().code());
		node.setAll(element(change.shown()));
		node.put("previousId", change.status() == Status.RENAMED ? change.before().id() : null);
		node.put("previousFile", change.movedFile() ? change.before().file() : null);
		node.put("reordered", change.reordered());
		ArrayNode properties = node.putArray("properties");
		change.properties().forEach(p -> properties.add(property(p)));
		return node;
	}

	private static ObjectNode property(PropertyChange property) {
		ObjectNode node = NODES.objectNode();
		node.put("key", property.key());
		node.put("label", property.label());
		node.put("old", property.before());
		node.put("new", property.after());
		node.put("ambition", property.ambition() == null ? null : property.ambition().code());
		if (property.words() == null) {
			node.putNull("words");
		} else {
			ArrayNode words = node.putArray("words");
			for (WordDiff.Part part : property.words()) {
				words.addObject().put("op", part.op().name().toLowerCase(java.util.Locale.ROOT)).put("text", part.text());
			}
		}
		return node;
	}

	private static String write(ObjectNode root) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			// The layout of the build's JSON: two spaces, "\n" on every platform.
			DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
					.withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
					.withArrayEmptySeparator("")).withObjectIndenter(new DefaultIndenter("  ", "\n"))
					.withArrayIndenter(new DefaultIndenter("  ", "\n"));
			MAPPER.writer(printer).writeValue(bytes, root);
			return bytes.toString(StandardCharsets.UTF_8) + "\n";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
