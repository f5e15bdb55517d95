package governance.dsl.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The chart's coordinates are written as String.format("%.1f") wrote them: the same bytes as before. */
class ChartCoordinateTest {

	private static String formatted(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	@Test
	void coordinatesAreWrittenAsFormatWritesThem() {
		double[] edges = { 0, -0.0, 0.05, 0.15, 0.25, 1.05, 2.45, -0.04, -0.05, -1.25, 10, 99.95, 123456.75, 1e-9,
				Double.NaN, Double.POSITIVE_INFINITY };
		for (double value : edges) {
			assertEquals(formatted(value), OutcomeChart.f(value), "value " + value);
		}
		Random random = new Random(16);
		for (int i = 0; i < 200_000; i++) {
			double value = (random.nextDouble() - 0.2) * 600;
			assertEquals(formatted(value), OutcomeChart.f(value), "value " + value);
			double tenth = Math.round(value * 100) / 100.0;
			assertEquals(formatted(tenth), OutcomeChart.f(tenth), "value " + tenth);
		}
	}
}
