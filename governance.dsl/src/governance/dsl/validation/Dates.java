package governance.dsl.validation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import governance.dsl.model.Deadline;

/** Dates as plans write them, ISO style: 2020-08-31. */
final class Dates {

	private Dates() {
	}

	/** Parses a date, reporting text that is no real date ("2020-02-30") on the given feature. */
	static LocalDate checked(StyrmodellCheck check, EObject object, String text, EStructuralFeature feature) {
		if (text == null) {
			return null;
		}
		try {
			String[] parts = text.split("-");
			return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
		} catch (RuntimeException e) {
			check.errorAt(IssueCodes.INVALID_DATE, object, feature, text);
			return null;
		}
	}

	/** Parses a deadline (a date, "mars 2021" or a year), reporting text that names no real day, month or year. */
	static Deadline deadline(StyrmodellCheck check, EObject object, String text, EStructuralFeature feature) {
		if (text == null) {
			return null;
		}
		Deadline deadline = Deadline.parse(text);
		if (deadline == null) {
			check.errorAt(IssueCodes.INVALID_DEADLINE, object, feature, text);
		}
		return deadline;
	}
}
