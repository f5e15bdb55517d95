package governance.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Numbers as Swedish plans write them: a decimal comma or point, an optional minus sign. Units are
 * {@code %} or a string; the model holds the unit itself ({@code poäng}), not the quoted text.
 * One instance (as Xtext's own converters): each instance collects its converters by reflection.
 */
@Singleton
public class StyrmodellValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<BigDecimal> numberConverter = new IValueConverter<>() {
		@Override
		public BigDecimal toValue(String string, INode node) {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("Ett tal saknas.", node, null);
			}
			try {
				return new BigDecimal(string.replace(',', '.'));
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' är inget tal.", node, e);
			}
		}

		@Override
		public String toString(BigDecimal value) {
			// Written back with a decimal comma, as the plans write it.
			return value.toPlainString().replace('.', ',');
		}
	};

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> Number() {
		return numberConverter;
	}

	private final IValueConverter<String> unitConverter = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) {
			if (string != null && string.startsWith("\"")) {
				return STRING().toValue(string, node);
			}
			return string;
		}

		@Override
		public String toString(String value) {
			return "%".equals(value) ? value : STRING().toString(value);
		}
	};

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return unitConverter;
	}
}
