package governance.dsl.validation;

/**
 * The codes of the language's diagnostics. Each code is also the key of its message in
 * {@code messages.properties}, and the handle that quick fixes attach to.
 */
public final class IssueCodes {

	private IssueCodes() {
	}

	private static final String PREFIX = "styrmodell.";

	// Names and structure
	public static final String DUPLICATE_ID = PREFIX + "duplicateId";
	public static final String ID_TOO_LONG = PREFIX + "idTooLong";
	public static final String DUPLICATE_PROPERTY = PREFIX + "duplicateProperty";
	public static final String NO_MODEL_DEFINITION = PREFIX + "noModelDefinition";
	public static final String MULTIPLE_MODEL_DEFINITIONS = PREFIX + "multipleModelDefinitions";
	public static final String INVALID_DATE = PREFIX + "invalidDate";
	public static final String INVALID_PERIOD = PREFIX + "invalidPeriod";
	public static final String INVALID_DEADLINE = PREFIX + "invalidDeadline";
	public static final String PERIOD_NOT_YEARS = PREFIX + "periodNotYears";

	// The model definition
	public static final String LEVEL_CYCLE = PREFIX + "levelCycle";
	public static final String INDICATOR_RANGE_INVALID = PREFIX + "indicatorRangeInvalid";
	public static final String SHARE_INVALID = PREFIX + "shareInvalid";
	public static final String SCALE_NOT_ASSESSED_MISSING = PREFIX + "scaleNotAssessedMissing";
	public static final String SCALE_NOT_ASSESSED_TWICE = PREFIX + "scaleNotAssessedTwice";
	public static final String SCALE_MULTIPLE = PREFIX + "scaleMultiple";
	public static final String INVALID_COLOUR = PREFIX + "invalidColour";
	public static final String PROFILE_COLOUR_INVALID = PREFIX + "profileColourInvalid";
	public static final String PROFILE_COLOUR_CONTRAST = PREFIX + "profileColourContrast";
	public static final String WEBSITE_INVALID = PREFIX + "websiteInvalid";
	public static final String LOGO_NOT_IMAGE = PREFIX + "logoNotImage";
	public static final String LOGO_ABSOLUTE = PREFIX + "logoAbsolute";
	public static final String LOGO_MISSING = PREFIX + "logoMissing";
	public static final String AREA_UNUSED = PREFIX + "areaUnused";
	public static final String ORGANISATION_CYCLE = PREFIX + "organisationCycle";

	// Goals
	public static final String GOAL_AREA_MISSING = PREFIX + "goalAreaMissing";
	public static final String GOAL_LEVEL_MISSING = PREFIX + "goalLevelMissing";
	public static final String GOAL_PARENT_MISSING = PREFIX + "goalParentMissing";
	public static final String GOAL_PARENT_WRONG_LEVEL = PREFIX + "goalParentWrongLevel";
	public static final String GOAL_PARENT_SELF = PREFIX + "goalParentSelf";
	public static final String GOAL_CYCLE = PREFIX + "goalCycle";
	public static final String NUMBER_TOO_LONG = PREFIX + "numberTooLong";
	public static final String GOAL_INDICATOR_COUNT = PREFIX + "goalIndicatorCount";
	public static final String GOAL_WITHOUT_MEASURE = PREFIX + "goalWithoutMeasure";
	public static final String GOAL_TOO_MANY = PREFIX + "goalTooMany";
	public static final String GOAL_SHARE_OF_CHILDREN = PREFIX + "goalShareOfChildren";
	public static final String GOAL_TITLE_ACTION = PREFIX + "goalTitleAction";
	public static final String GOAL_DECISION_RIGHT = PREFIX + "goalDecisionRight";
	public static final String GOAL_SDG_MISSING = PREFIX + "goalSdgMissing";
	public static final String GOAL_SDG_INVALID = PREFIX + "goalSdgInvalid";
	public static final String GOAL_NOT_SMART = PREFIX + "goalNotSmart";

	// Measures
	public static final String TARGET_ON_CONTEXT_MEASURE = PREFIX + "targetOnContextMeasure";
	public static final String INDICATOR_WITHOUT_TARGET = PREFIX + "indicatorWithoutTarget";
	public static final String TARGET_OUTSIDE_PERIOD = PREFIX + "targetOutsidePeriod";
	public static final String OUTCOME_OUTSIDE_PERIOD = PREFIX + "outcomeOutsidePeriod";
	public static final String DUPLICATE_YEAR = PREFIX + "duplicateYear";
	public static final String SPLIT_NOT_DECLARED = PREFIX + "splitNotDeclared";
	public static final String SEX_SPLIT_MISSING = PREFIX + "sexSplitMissing";
	public static final String KOLADA_ID_INVALID = PREFIX + "koladaIdInvalid";
	public static final String KOLADA_UNKNOWN = PREFIX + "koladaUnknown";
	public static final String KOLADA_NOT_BY_GENDER = PREFIX + "koladaNotByGender";
	public static final String KOLADA_BY_GENDER = PREFIX + "koladaByGender";
	public static final String COMPARISON_GROUP_INVALID = PREFIX + "comparisonGroupInvalid";
	public static final String COMPARISON_GROUP_TWICE = PREFIX + "comparisonGroupTwice";
	public static final String COMPARISON_GROUP_UNKNOWN = PREFIX + "comparisonGroupUnknown";
	public static final String COMPARISON_NOT_YEAR = PREFIX + "comparisonNotYear";
	public static final String COMPARISON_TWICE = PREFIX + "comparisonTwice";
	public static final String COMPARISON_CONFLICT = PREFIX + "comparisonConflict";
	public static final String RANGE_INVALID = PREFIX + "rangeInvalid";
	public static final String KS_INDICATOR_KIND = PREFIX + "ksIndicatorKind";
	public static final String OUTCOME_MEASURE_MISSING = PREFIX + "outcomeMeasureMissing";
	public static final String OUTCOME_MEASURE_REDUNDANT = PREFIX + "outcomeMeasureRedundant";

	// Assignments and activities
	public static final String ASSIGNMENT_WITHOUT_RECIPIENT = PREFIX + "assignmentWithoutRecipient";
	public static final String ACTIVITY_WITHOUT_LINK = PREFIX + "activityWithoutLink";
	public static final String ACTIVITY_LINK_KIND = PREFIX + "activityLinkKind";
	public static final String ACTIVITY_LINK_NOT_PRIORITISED = PREFIX + "activityLinkNotPrioritised";
	public static final String ACTIVITY_FIELD_MISSING = PREFIX + "activityFieldMissing";
	public static final String START_AFTER_END = PREFIX + "startAfterEnd";

	// Follow-up
	public static final String DUPLICATE_ASSESSMENT = PREFIX + "duplicateAssessment";
	public static final String FOLLOW_UP_YEAR_MISMATCH = PREFIX + "followUpYearMismatch";
	public static final String FOLLOW_UP_NOT_PLACED = PREFIX + "followUpNotPlaced";

	// One truth per value
	public static final String OUTCOME_CONFLICT = PREFIX + "outcomeConflict";
	public static final String FOLLOW_UP_DUPLICATE = PREFIX + "followUpDuplicate";
	public static final String FOOTNOTE_MISSING = PREFIX + "footnoteMissing";
	public static final String FOOTNOTE_UNUSED = PREFIX + "footnoteUnused";
	public static final String ASSESSMENT_CONTRADICTS = PREFIX + "assessmentContradicts";
	public static final String AREA_NOT_APPLICABLE_USED = PREFIX + "areaNotApplicableUsed";
}
