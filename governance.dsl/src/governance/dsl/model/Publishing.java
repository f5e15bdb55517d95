package governance.dsl.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.ModelDefinition;

/**
 * How a municipality publishes its handbook, from its model definition: the profile colour (as a
 * hex code, and the variant white text can stand on), the website, the logo's file, and the
 * publication date (the date the model states, else the latest follow-up's). Never the clock: the
 * same model gives the same date. The checker, the hover, the handbook and the JSON all ask here.
 */
public final class Publishing {

	/** WCAG 2.1 AA: normal text needs 4.5:1 against its background. */
	public static final double MINIMUM_CONTRAST = 4.5;
	public static final String WHITE = "#ffffff";

	private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

	private Publishing() {
	}

	// --- Colour ------------------------------------------------------------------------------------

	/** The colour as "#rrggbb" in lower case, or null when the text is no hex colour ("#2e7d32", "#27c"). */
	public static String colour(String text) {
		if (text == null || !HEX.matcher(text.strip()).matches()) {
			return null;
		}
		String hex = text.strip().substring(1).toLowerCase(Locale.ROOT);
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		return "#" + hex;
	}

	/** The WCAG contrast ratio of two "#rrggbb" colours, from 1 (the same) to 21 (black on white). */
	public static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/**
	 * The colour white text can stand on (at least 4.5:1): the colour itself when it has that
	 * contrast, else the lightest darker shade of it that has (same hue, each channel scaled down).
	 */
	public static String onWhiteText(String hexColour) {
		String colour = colour(hexColour);
		if (colour == null) {
			return null;
		}
		int[] rgb = rgb(colour);
		for (int percent = 100; percent >= 0; percent--) {
			String shade = hex(rgb[0] * percent / 100, rgb[1] * percent / 100, rgb[2] * percent / 100);
			if (contrast(shade, WHITE) >= MINIMUM_CONTRAST) {
				return shade;
			}
		}
		return "#000000";
	}

	/** Whether white text stands on the colour as it is, without the handbook darkening it. */
	public static boolean hasContrast(String hexColour) {
		String colour = colour(hexColour);
		return colour != null && contrast(colour, WHITE) >= MINIMUM_CONTRAST;
	}

	private static double luminance(String colour) {
		int[] rgb = rgb(colour);
		return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static int[] rgb(String colour) {
		int value = Integer.parseInt(colour.substring(1), 16);
		return new int[] { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
	}

	private static String hex(int r, int g, int b) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
	}

	// --- Website and logo ---------------------------------------------------------------------------

	/** Whether the text is a web address a reader can follow: http(s) with a host. */
	public static boolean isWebsite(String text) {
		if (text == null || text.isBlank() || !text.strip().equals(text) || text.contains(" ")) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isEmpty();
		} catch (URISyntaxException e) {
			return false;
		}
	}

	/** Image types a browser shows as a logo, by file ending. */
	private static final List<String> LOGO_ENDINGS = List.of(".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp");

	/** The logo's file ending (".svg"), lower case, or null when it is no image type the handbook shows. */
	public static String logoEnding(String path) {
		if (path == null) {
			return null;
		}
		String lower = path.strip().toLowerCase(Locale.ROOT);
		return LOGO_ENDINGS.stream().filter(lower::endsWith).findFirst().map(e -> e.equals(".jpeg") ? ".jpg" : e)
				.orElse(null);
	}

	/** The logo's name in the handbook: "logotyp.svg", whatever the file is called beside the model. */
	public static String logoFileName(String path) {
		String ending = logoEnding(path);
		return ending == null ? null : "logotyp" + ending;
	}

	/**
	 * The logo's file: its path is written relative to the folder of the file with the model
	 * definition (the workspace's own folder when the definition lies there, as in the examples).
	 * Null when the definition has no logo, the path is absolute, or the file is not read from disk.
	 */
	public static java.nio.file.Path logoFile(ModelDefinition definition) {
		if (definition == null || definition.getLogo() == null || definition.getLogo().isBlank()
				|| definition.eResource() == null || !definition.eResource().getURI().isFile()) {
			return null;
		}
		try {
			java.nio.file.Path relative = java.nio.file.Path.of(definition.getLogo().strip());
			if (relative.isAbsolute()) {
				return null;
			}
			java.nio.file.Path folder = java.nio.file.Path.of(definition.eResource().getURI().toFileString())
					.toAbsolutePath().getParent();
			return folder.resolve(relative).normalize();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	// --- Publication date ---------------------------------------------------------------------------

	/** When the handbook is published: a day (the model's or the follow-up's date) or, failing that, a month. */
	public record Date(LocalDate day, YearMonth month, boolean stated) {

		/** As the handbook prints it: "2024-10-15" (ISO, as Swedish authorities write dates) or "augusti 2024". */
		public String label() {
			if (day != null) {
				return day.toString();
			}
			return Period.parse(month.toString()).label();
		}

		/** For the HTML time element and JSON: "2024-10-15" or "2024-08". */
		public String iso() {
			return day != null ? day.toString() : month.toString();
		}
	}

	/**
	 * The publication date: the date the model definition states ("publicerad 2024-10-15"), else
	 * the latest follow-up's date, else the month it is made; empty when none says.
	 */
	public static Optional<Date> date(ModelDefinition definition, List<FollowUp> followUps) {
		LocalDate stated = definition == null ? null : day(definition.getPublished());
		if (stated != null) {
			return Optional.of(new Date(stated, YearMonth.from(stated), true));
		}
		Optional<FollowUp> latest = FollowUpOrder.latest(followUps);
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		LocalDate day = day(latest.get().getDate());
		if (day != null) {
			return Optional.of(new Date(day, YearMonth.from(day), false));
		}
		YearMonth month = FollowUpOrder.when(latest.get());
		return month == null ? Optional.empty() : Optional.of(new Date(null, month, false));
	}

	/** An ISO date ("2024-10-15"), or null when the text is none or no real day. */
	public static LocalDate day(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.strip().split("-");
		try {
			return parts.length != 3 ? null
					: LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
		} catch (RuntimeException e) {
			return null;
		}
	}
}
