package governance.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

import governance.dsl.Messages;
import governance.dsl.model.Values;

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
				throw new ValueConverterException(Messages.get("number.missing"), node, null);
			}
			String text = string.strip().replace('\u2212', '-');
			String[] groups = text.split("[ \t]+");
			for (int i = 1; i < groups.length; i++) {
				// "12 000", "2 450,5": after the first group, thousands come in threes.
				String digits = groups[i].split("[,.]", 2)[0];
				if (digits.length() != 3 || groups[i - 1].contains(",") || groups[i - 1].contains(".")) {
					throw new ValueConverterException(Messages.get("number.grouping", string.strip()), node, null);
				}
			}
			if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				throw new ValueConverterException(Messages.get("number.lineBreak", string.strip()), node, null);
			}
			try {
				return new BigDecimal(String.join("", groups).replace(',', '.'));
			} catch (NumberFormatException e) {
				throw new ValueConverterException(Messages.get("number.invalid", string.strip()), node, e);
			}
		}

		@Override
		public String toString(BigDecimal value) {
			// Written back as the plans write it: a decimal comma, thousands in groups.
			return Values.number(value);
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
			return Values.isSimpleUnit(value) ? value : STRING().toString(value);
		}
	};

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return unitConverter;
	}

	private final IValueConverter<String> deadlineConverter = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) {
			// The tokens of "mars 2021" arrive without the space between them.
			if (string == null) {
				return null;
			}
			// No month begins with an i, so "senasti" can only be "senast i".
			String date = string.replaceAll("\\s+", "").replaceFirst("^(senasti|senast|under)", "");
			return date.replaceAll("(?<=\\p{L})(?=\\d)", " ");
		}

		@Override
		public String toString(String value) {
			return value;
		}
	};

	@ValueConverter(rule = "Deadline")
	public IValueConverter<String> Deadline() {
		return deadlineConverter;
	}
}
