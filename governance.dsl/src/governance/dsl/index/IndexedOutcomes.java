package governance.dsl.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import governance.dsl.model.OutcomeTruth;
import governance.dsl.model.OutcomeTruth.Value;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.MeasuredValue;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.SplitOutcome;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * The utfall of a measure (written in the plan) or of a follow-up, one record per value (the
 * total and each split group), as compact text in the index: measure, period, group, line and
 * the value's {@link OutcomeTruth#key key}. Read from the parsed text, before linking, so the
 * same records come from a loaded file and from the index.
 */
public final class IndexedOutcomes {

	private static final String FIELD = "\u001F";
	private static final String RECORD = "\u001E";

	private IndexedOutcomes() {
	}

	/**
	 * One value of an outcome row: {@code measure} the measure's qualified name as written
	 * (qualified with the namespace), {@code line} where the value stands, {@code value} (the
	 * loaded value object, only for a file's own outcomes, else null).
	 */
	public record Entry(String measure, Value truth, int line, EObject value) {
	}

	/** The records of the outcomes as index text; {@code named}: in a follow-up, where each row names its measure. */
	static String encode(List<Outcome> outcomes, String namespace, boolean named) {
		StringBuilder text = new StringBuilder();
		for (Outcome outcome : outcomes) {
			read(outcome, namespace, named, entry -> {
				if (text.length() > 0) {
					text.append(RECORD);
				}
				text.append(entry.measure() == null ? "" : entry.measure()).append(FIELD)
						.append(entry.truth().period()).append(FIELD)
						.append(entry.truth().group() == null ? "" : entry.truth().group()).append(FIELD)
						.append(entry.line()).append(FIELD).append(OutcomeTruth.key(entry.truth()));
			});
		}
		return text.toString();
	}

	/** The records of index text; {@code measure} names the measure of records that do not name one. */
	public static void decode(String text, String measure, Consumer<Entry> consumer) {
		if (text == null || text.isEmpty()) {
			return;
		}
		for (String record : text.split(RECORD)) {
			String[] fields = record.split(FIELD, 5);
			if (fields.length != 5) {
				continue;
			}
			Value value = OutcomeTruth.parse(fields[1], fields[2].isEmpty() ? null : fields[2], fields[4]);
			if (value != null) {
				consumer.accept(new Entry(fields[0].isEmpty() ? measure : fields[0], value, parseLine(fields[3]), null));
			}
		}
	}

	private static int parseLine(String text) {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/**
	 * The values of one outcome row, from its text: the total and each split group. The measure is
	 * null for a row inside a measure ({@code named} false). Rows with a malformed period give none.
	 */
	public static void read(Outcome outcome, String namespace, boolean named, Consumer<Entry> consumer) {
		Period period = Period.parse(outcome.getPeriod());
		if (period == null || outcome.getValue() == null) {
			return;
		}
		String measure = null;
		if (named) {
			measure = StyrmodellResourceDescriptionStrategy.referenceText(outcome, Literals.OUTCOME__MEASURE, namespace);
			if (measure == null || measure.isEmpty()) {
				return;
			}
		}
		String periodText = period.toString();
		boolean rowForecast = outcome.getValue() instanceof MeasuredValue total && total.isForecast();
		accept(measure, OutcomeTruth.of(periodText, null, outcome.getValue(), rowForecast), outcome.getValue(), consumer);
		for (SplitOutcome split : outcome.getSplits()) {
			String group = StyrmodellResourceDescriptionStrategy.referenceText(split, Literals.SPLIT_OUTCOME__GROUP,
					namespace);
			if (group != null && !group.isEmpty() && split.getValue() != null) {
				accept(measure, OutcomeTruth.of(periodText, group, split.getValue(), rowForecast), split.getValue(),
						consumer);
			}
		}
	}

	private static void accept(String measure, Value truth, EObject value, Consumer<Entry> consumer) {
		if (truth == null) {
			return;
		}
		INode node = NodeModelUtils.getNode(value);
		consumer.accept(new Entry(measure, truth, node == null ? 0 : node.getStartLine(), value));
	}
}
