package governance.dsl.model;

/**
 * A year or span of years as written in a plan ("2020", "2019-2022"). Parsing never fails:
 * malformed text gives {@code null}, and the validator says why.
 */
public record Years(int first, int last) {

	public static Years parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.split("-", -1);
		try {
			if (parts.length == 1) {
				int year = Integer.parseInt(parts[0].trim());
				return new Years(year, year);
			}
			if (parts.length == 2) {
				return new Years(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
			}
		} catch (NumberFormatException e) {
			// falls through
		}
		return null;
	}

	public boolean isPlausible() {
		return first >= 1900 && last <= 2200 && first <= last;
	}

	public boolean contains(Years other) {
		return other.first >= first && other.last <= last;
	}

	@Override
	public String toString() {
		return first == last ? Integer.toString(first) : first + "-" + last;
	}
}
