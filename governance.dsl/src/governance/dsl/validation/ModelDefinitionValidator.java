package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ASSESSMENT_LABEL__COLOUR;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ASSESSMENT_LABEL__NOT_ASSESSED;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ASSESSMENT_SCALE__NAME;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.GOAL_AREA__NAME;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.LEVEL__MAX_INDICATORS;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.LEVEL__MAX_SHARE_OF_PARENT;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.LEVEL__PARENT;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.MODEL_DEFINITION__COLOUR;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.MODEL_DEFINITION__LOGO;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.MODEL_DEFINITION__PUBLISHED;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.MODEL_DEFINITION__WEBSITE;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.TOP_ELEMENT__NAME;
import static governance.dsl.styrmodell.StyrmodellPackage.Literals.ORGANISATION__PARENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import governance.dsl.index.WorkspaceIndex.IndexedGoal;
import governance.dsl.model.ModelView;
import governance.dsl.model.Publishing;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.AssessmentScale;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/** The municipality's own model definition: levels, areas, the assessment scale, the organisation. */
public class ModelDefinitionValidator extends StyrmodellCheck {

	private static final Pattern HEX_COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
	private static final Set<String> COLOUR_NAMES = Set.of("grön", "gul", "röd", "svart", "vit", "grå", "blå",
			"orange", "lila", "rosa", "brun");

	@Check
	public void checkSingleDefinition(ModelDefinition definition) {
		if (index.definitions(definition).size() > 1) {
			errorAt(IssueCodes.MULTIPLE_MODEL_DEFINITIONS, definition, TOP_ELEMENT__NAME,
					ModelView.namespaceOf(definition));
		}
		for (int i = 1; i < definition.getScales().size(); i++) {
			errorAt(IssueCodes.SCALE_MULTIPLE, definition.getScales().get(i), ASSESSMENT_SCALE__NAME);
		}
	}

	@Check
	public void checkLevel(Level level) {
		if (liesInACycle(level, Level::getParent)) {
			errorAt(IssueCodes.LEVEL_CYCLE, level, LEVEL__PARENT, level.getName());
		}
		if (ModelView.isWritten(level, Literals.LEVEL__MIN_INDICATORS) && level.getMinIndicators() > level.getMaxIndicators()) {
			errorAt(IssueCodes.INDICATOR_RANGE_INVALID, level, LEVEL__MAX_INDICATORS, level.getMinIndicators(),
					level.getMaxIndicators());
		}
		if (ModelView.isWritten(level, LEVEL__MAX_SHARE_OF_PARENT)
				&& (level.getMaxShareOfParent() < 1 || level.getMaxShareOfParent() > 100)) {
			errorAt(IssueCodes.SHARE_INVALID, level, LEVEL__MAX_SHARE_OF_PARENT, level.getMaxShareOfParent());
		}
	}

	@Check
	public void checkScale(AssessmentScale scale) {
		List<AssessmentLabel> notAssessed = scale.getLabels().stream().filter(AssessmentLabel::isNotAssessed).toList();
		if (notAssessed.isEmpty()) {
			warningAt(IssueCodes.SCALE_NOT_ASSESSED_MISSING, scale, ASSESSMENT_SCALE__NAME);
		}
		for (int i = 1; i < notAssessed.size(); i++) {
			errorAt(IssueCodes.SCALE_NOT_ASSESSED_TWICE, notAssessed.get(i), ASSESSMENT_LABEL__NOT_ASSESSED,
					notAssessed.get(0).getName());
		}
	}

	@Check
	public void checkColour(AssessmentLabel label) {
		String colour = label.getColour();
		if (colour != null && !HEX_COLOUR.matcher(colour.strip()).matches()
				&& !COLOUR_NAMES.contains(colour.strip().toLowerCase(java.util.Locale.ROOT))) {
			warningAt(IssueCodes.INVALID_COLOUR, label, ASSESSMENT_LABEL__COLOUR, colour);
		}
	}

	/** Logo, profile colour, website and publication date: what the handbook publishes with. */
	@Check
	public void checkPublishing(ModelDefinition definition) {
		String colour = definition.getColour();
		if (colour != null) {
			String hex = Publishing.colour(colour);
			if (hex == null) {
				errorAt(IssueCodes.PROFILE_COLOUR_INVALID, definition, MODEL_DEFINITION__COLOUR, colour);
			} else if (!Publishing.hasContrast(hex)) {
				warningAt(IssueCodes.PROFILE_COLOUR_CONTRAST, definition, MODEL_DEFINITION__COLOUR, colour,
						String.format(java.util.Locale.forLanguageTag("sv"), "%.1f", Publishing.contrast(hex, Publishing.WHITE)),
						Publishing.onWhiteText(hex));
			}
		}
		if (definition.getWebsite() != null && !Publishing.isWebsite(definition.getWebsite())) {
			errorAt(IssueCodes.WEBSITE_INVALID, definition, MODEL_DEFINITION__WEBSITE, definition.getWebsite());
		}
		String logo = definition.getLogo();
		if (logo != null) {
			if (Publishing.logoEnding(logo) == null) {
				errorAt(IssueCodes.LOGO_NOT_IMAGE, definition, MODEL_DEFINITION__LOGO, logo);
			} else if (isAbsolute(logo)) {
				errorAt(IssueCodes.LOGO_ABSOLUTE, definition, MODEL_DEFINITION__LOGO, logo);
			} else {
				Path file = Publishing.logoFile(definition);
				if (file != null && !Files.isRegularFile(file)) {
					errorAt(IssueCodes.LOGO_MISSING, definition, MODEL_DEFINITION__LOGO, logo, file);
				}
			}
		}
		Dates.checked(this, definition, definition.getPublished(), MODEL_DEFINITION__PUBLISHED);
	}

	private static boolean isAbsolute(String path) {
		String plain = path.strip();
		return plain.startsWith("/") || plain.startsWith("\\") || plain.matches("^[A-Za-z]:.*");
	}

	@Check
	public void checkAreaUsed(GoalArea area) {
		if (inFileWithSyntaxErrors(area)) {
			return;
		}
		List<IndexedGoal> goals = goalCounts(area).goals();
		String name = nameOf(area);
		// An area a plan states as not applicable ("målområde X ej tillämpligt") is accounted for.
		if (!goals.isEmpty() && goals.stream().noneMatch(goal -> name.equals(goal.area()))
				&& !index.notApplicableAreas(area).contains(name)) {
			warningAt(IssueCodes.AREA_UNUSED, area, GOAL_AREA__NAME, area.getName());
		}
	}

	@Check
	public void checkOrganisation(Organisation organisation) {
		if (liesInACycle(organisation, Organisation::getParent)) {
			errorAt(IssueCodes.ORGANISATION_CYCLE, organisation, ORGANISATION__PARENT, organisation.getName());
		}
	}

	/** Whether following the parents leads back to the start (not merely into a cycle further up). */
	private static <T extends EObject> boolean liesInACycle(T start, Function<T, T> parent) {
		Set<T> seen = new HashSet<>();
		for (T current = parent.apply(start); current != null && !current.eIsProxy(); current = parent.apply(current)) {
			if (current == start) {
				return true;
			}
			if (!seen.add(current)) {
				return false;
			}
		}
		return false;
	}
}
