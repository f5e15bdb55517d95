package governance.dsl.generator.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import governance.dsl.generator.Edition;
import governance.dsl.model.Deadline;
import governance.dsl.model.Fulfilment;
import governance.dsl.model.GoalSuggestion;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.MeasureFulfilment;
import governance.dsl.model.ModelView;
import governance.dsl.model.Period;
import governance.dsl.model.Publishing;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.ActivityFollowUp;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentFollowUp;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Month;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.StatusWord;

/**
 * What every page of one municipality's handbook shares: the view of the model, where each element
 * lives, and the small pieces that look the same everywhere (a link to an element, an assessment
 * with its symbol and text, a status, a goal's kind in the model's own words).
 */
final class Handbook {

	/** Colours the model may name in Swedish instead of a hex code (the checker accepts these). */
	private static final Map<String, String> COLOUR_NAMES = Map.ofEntries(Map.entry("grön", "#2e7d32"),
			Map.entry("gul", "#f9a825"), Map.entry("röd", "#c62828"), Map.entry("svart", "#000000"),
			Map.entry("vit", "#ffffff"), Map.entry("grå", "#9e9e9e"), Map.entry("blå", "#1565c0"),
			Map.entry("orange", "#ef6c00"), Map.entry("lila", "#6a1b9a"), Map.entry("rosa", "#d81b60"),
			Map.entry("brun", "#6d4c41"));

	final GovernanceView view;
	final Site site;
	final Edition edition;
	/** What the layout shows of the municipality: logo, colour, website, publication date. */
	final Masthead masthead;

	Handbook(GovernanceView view, Edition edition) {
		this.view = view;
		this.site = new Site(view);
		this.edition = edition;
		this.masthead = masthead(view, edition);
	}

	/**
	 * The frame's data (Layout.jte): the municipality's name, its logo's file in the handbook (null:
	 * none), its website (null: none), the publication date (null: none known) and whether this is
	 * the planners' edition, which carries the tool's footer and a note that it is not for publishing.
	 */
	record Masthead(String municipality, String logo, String website, String websiteText, Publishing.Date published,
			boolean planning) {
	}

	private static Masthead masthead(GovernanceView view, Edition edition) {
		ModelDefinition definition = view.definition();
		String logo = definition == null || Publishing.logoFile(definition) == null
				|| !java.nio.file.Files.isRegularFile(Publishing.logoFile(definition)) ? null
						: Publishing.logoFileName(definition.getLogo());
		String website = definition == null || !Publishing.isWebsite(definition.getWebsite()) ? null
				: definition.getWebsite();
		return new Masthead(view.title(), logo, website, website == null ? null : websiteText(website),
				Publishing.date(definition, view.followUps()).orElse(null), edition.showsInternals());
	}

	/** "https://www.perstorp.se/" → "www.perstorp.se": the address as people say it. */
	static String websiteText(String website) {
		return website.replaceFirst("^(?i)https?://", "").replaceFirst("/$", "");
	}

	/** The profile colour white text stands on, as "#rrggbb" (the model's, or a darker shade of it); null: none. */
	String profileColour() {
		ModelDefinition definition = view.definition();
		return definition == null ? null : Publishing.onWhiteText(definition.getColour());
	}

	/** A darker shade of the profile colour, for the menu bar below the header. */
	String profileColourDark() {
		String colour = profileColour();
		if (colour == null) {
			return null;
		}
		int value = Integer.parseInt(colour.substring(1), 16);
		return String.format(Locale.ROOT, "#%02x%02x%02x", ((value >> 16) & 0xff) * 7 / 10, ((value >> 8) & 0xff) * 7 / 10,
				(value & 0xff) * 7 / 10);
	}

	// --- Names and links ---------------------------------------------------------------------------

	/** An element's human title (its id when it has none), as one line of text, not escaped. */
	static String title(EObject object) {
		if (object == null) {
			return "";
		}
		Object title = object.eClass().getEStructuralFeature("title") == null ? null
				: object.eGet(object.eClass().getEStructuralFeature("title"));
		if (title instanceof String text && !text.isBlank()) {
			return governance.dsl.model.Values.prose(text);
		}
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(object);
		return name == null ? "" : name;
	}

	/** A link as templates render it: text, and the page it leads to or null (then the text alone). */
	record Link(String text, String href) {
	}

	/** The element as a {@link Link} (its qualified id beside the title where the handbook has no page for it), or null. */
	Link ref(EObject object) {
		if (object == null || object.eIsProxy()) {
			return null;
		}
		String href = site.href(object);
		String text = title(object);
		if (href == null) {
			String id = edition.showsInternals() ? ModelView.qualifiedId(object) : null;
			return new Link(id == null ? text : text + " (" + id + ")", null);
		}
		return new Link(text, href);
	}

	List<Link> refs(List<? extends EObject> objects) {
		return objects.stream().filter(o -> !o.eIsProxy()).map(this::ref).toList();
	}

	// --- Goals --------------------------------------------------------------------------------------

	/** What the model calls goals on the goal's level ("Nämndmål"), else a plain "Mål". */
	static String goalTerm(Goal goal) {
		return goalTerm(ModelView.levelOf(goal));
	}

	static String goalTerm(Level level) {
		if (level != null && !level.eIsProxy()) {
			if (level.getGoalTerm() != null && !level.getGoalTerm().isBlank()) {
				return governance.dsl.model.Values.prose(level.getGoalTerm());
			}
			return Html.raw("goal.onLevel", governance.dsl.model.Values.prose(level.getTitle()));
		}
		return Html.raw("goal.plain");
	}

	/** A deadline or activity date as plans write it: "2021-03-31", "mars 2021", "2021"; else the text as written. */
	static String deadline(String text) {
		Deadline deadline = Deadline.parse(text);
		return deadline != null ? deadline.toString() : text == null ? "" : text;
	}

	/** A period as a reader reads it: "2019–2022", "mars 2020". */
	static String period(Period period) {
		return period == null ? "" : period.label();
	}

	static String period(String text) {
		Period years = Period.parse(text);
		return years == null ? (text == null ? "" : text) : period(years);
	}

	// --- Assessments --------------------------------------------------------------------------------

	/** An assessment as templates render it (Assessment.jte): the model's colour or null, symbol, label. */
	record Assessment(String colour, String symbol, String label, boolean forecast) {
	}

	Assessment assessmentOf(AssessmentLabel label, boolean forecast) {
		if (label == null || label.eIsProxy()) {
			return null;
		}
		return new Assessment(colour(label.getColour()), symbol(label), title(label), forecast);
	}

	/** The model's symbol for the label, else one by its place on the scale. */
	String symbol(AssessmentLabel label) {
		if (label.getSymbol() != null && !label.getSymbol().isBlank()) {
			return label.getSymbol().strip();
		}
		if (label.isNotAssessed()) {
			return "–";
		}
		List<AssessmentLabel> assessed = view.scale().stream().filter(l -> !l.isNotAssessed()).toList();
		int index = assessed.indexOf(label);
		return index == 0 ? "✔" : index == assessed.size() - 1 ? "✖" : "◐";
	}

	/** A CSS colour from the model's hex code or Swedish colour name, or null. */
	static String colour(String modelColour) {
		if (modelColour == null) {
			return null;
		}
		String colour = modelColour.strip().toLowerCase(Locale.ROOT);
		if (colour.matches("#([0-9a-f]{3}|[0-9a-f]{6})")) {
			return colour;
		}
		return COLOUR_NAMES.get(colour);
	}

	// --- Computed fulfilment -----------------------------------------------------------------------

		/** Where a measure stands: its latest utfall against the målvärde for that utfall's period. */
	MeasureFulfilment.Standing standing(Measure measure) {
		return MeasureFulfilment.standing(measure, view.outcomes(measure));
	}

	/** The assessment the model's rules suggest from the goal's measures, each at its latest utfall. */
	GoalSuggestion.Suggestion suggestion(Goal goal) {
		return MeasureFulfilment.suggestion(goal, view::outcomes, view.scale());
	}

	/** The scale's label with the id a suggestion names, or null. */
	AssessmentLabel label(String name) {
		return view.scale().stream().filter(l -> l.getName().equals(name)).findFirst().orElse(null);
	}

	/** A computed result as templates render it (Fulfilment.jte): status for the CSS class, symbol, text. */
	record Result(String status, String symbol, String text, boolean forecast) {
	}

	static Result result(Fulfilment.Result result) {
		String status = result.status().name();
		return new Result(status.toLowerCase(Locale.ROOT).replace('_', '-'), Html.msg("fulfilment.symbol." + status),
				result.text(), result.forecast());
	}

	// --- Statuses -------------------------------------------------------------------------------------

	/** A status as templates render it (Status.jte): the word (null: none stated), its follow-up, a comment. */
	record Status(String word, Link followUp, String comment) {
	}

	Status statusOf(Activity activity) {
		Optional<ActivityFollowUp> reported = view.latestStatus(activity);
		if (reported.isPresent()) {
			return statusOf(reported.get().getStatus(), reported.get().getComment(), (FollowUp) reported.get().eContainer());
		}
		return statusOf(activity.getStatus(), null, null);
	}

	Status statusOf(Assignment assignment) {
		Optional<AssignmentFollowUp> reported = view.latestStatus(assignment);
		if (reported.isPresent()) {
			return statusOf(reported.get().getStatus(), reported.get().getComment(), (FollowUp) reported.get().eContainer());
		}
		return statusOf(assignment.getStatus(), assignment.getStatusComment(), null);
	}

	private Status statusOf(StatusWord word, String comment, FollowUp followUp) {
		if (word == null || word.eIsProxy()) {
			return new Status(null, null, null);
		}
		return new Status(title(word), followUp == null ? null : ref(followUp),
				comment == null || comment.isBlank() ? null : governance.dsl.model.Values.prose(comment));
	}

	// --- Months ---------------------------------------------------------------------------------------

	static String month(Month month) {
		return month == null || month == Month.NOT_STATED ? "" : Html.raw("month." + month.getValue());
	}

	static String month(int value) {
		return Html.raw("month." + value);
	}

	static String shortMonth(int value) {
		return Html.raw("month.short." + value);
	}
}
