package governance.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
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

	private static final java.util.regex.Pattern AMBIGUOUS_POINT = java.util.regex.Pattern.compile("-?[1-9]\\d{0,2}\\.\\d{3}");

	private final IValueConverter<BigDecimal> numberConverter = new IValueConverter<>() {
		@Override
		public BigDecimal toValue(String string, INode node) {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException(Messages.get("number.missing"), node, null);
			}
			String text = string.strip().replace('\u2212', '-');
			if (AMBIGUOUS_POINT.matcher(text).matches()) {
				// "12.000" is twelve to a programmer and twelve thousand to a Swedish report: neither guess is safe.
				String whole = text.substring(0, text.indexOf('.'));
				String decimals = text.substring(text.indexOf('.') + 1);
				throw new ValueConverterException(Messages.get("number.ambiguousPoint", text, whole,
						whole + " " + decimals, whole + " " + decimals, whole + "," + decimals), node, null);
			}
			String[] groups = text.split("[ \t\u00a0\u202f\u2009]+");
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
				throw new ValueConverterException(Messages.get("number.invalid", string.strip()), node, null);
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

	/**
	 * A string whose closing quote is missing reaches here only when the parser has closed it at the
	 * end of its line to read on (and reported that): its text is what stands after the quote.
	 */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		if (lenientString == null) {
			lenientString = lenient(super.STRING());
		}
		return lenientString;
	}

	private IValueConverter<String> lenientString;

	private static IValueConverter<String> lenient(IValueConverter<String> strict) {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				try {
					if (string != null && string.startsWith("\"") && (string.length() == 1 || !string.endsWith("\""))) {
						return strict.toValue(string.stripTrailing() + "\"", node);
					}
					return strict.toValue(string, node);
				} catch (ValueConverterWithValueException e) {
					// Xtext's "Invalid escape sequence (valid ones are …)": the text keeps its value.
					// No cause: Xtext shows the cause's message rather than this one.
					throw new ValueConverterWithValueException(Messages.get("string.badEscape"), node, e.getValue(), null);
				} catch (ValueConverterException e) {
					throw new ValueConverterException(Messages.get("string.badEscape"), node, null);
				}
			}

			@Override
			public String toString(String value) {
				return strict.toString(value);
			}
		};
	}

	private IValueConverter<Integer> swedishInt;

	/** A whole number (a year, a count): Java's "For input string" for one too large becomes Swedish. */
	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		if (swedishInt == null) {
			IValueConverter<Integer> strict = super.INT();
			swedishInt = new IValueConverter<>() {
				@Override
				public Integer toValue(String string, INode node) {
					try {
						return strict.toValue(string, node);
					} catch (ValueConverterException e) {
						// No cause: Xtext shows the cause's message ("For input string") rather than this one.
						throw new ValueConverterException(Messages.get("number.intTooLarge", string, Integer.MAX_VALUE), node, null);
					}
				}

				@Override
				public String toString(Integer value) {
					return strict.toString(value);
				}
			};
		}
		return swedishInt;
	}

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
