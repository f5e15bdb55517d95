package governance.dsl.generator.html;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import governance.dsl.model.ModelView;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Vision;

/** index.html: the vision, the model in brief, the målområden with their goal counts, and the latest fulfilment. */
final class StartPage {

	private StartPage() {
	}

	static Page render(Handbook handbook) {
		ModelDefinition definition = handbook.view.definition();
		String heading = definition != null ? Handbook.title(definition) : Html.raw("start.title");
		Page page = new Page(Site.START, heading, Page.Section.START);
		page.line("<h1>" + Html.esc(heading) + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("start.intro", handbook.view.title()) + "</p>");
		if (definition != null && definition.getDescription() != null) {
			page.line(Html.blocks(definition.getDescription()));
		}
		if (definition != null && definition.getDecision() != null) {
			page.line("<p>" + Html.t("start.decision") + " " + Html.text(definition.getDecision()) + "</p>");
		}

		if (!handbook.view.visions().isEmpty()) {
			page.line("<section aria-labelledby=\"vision\">");
			page.line("<h2 id=\"vision\">" + Html.t("start.vision") + "</h2>");
			for (Vision vision : handbook.view.visions()) {
				page.line("<div class=\"vision\" id=\"" + handbook.site.id(vision) + "\">");
				page.line("<p class=\"visionstext\">" + Html.esc(Handbook.title(vision)) + "</p>");
				if (vision.getPeriod() != null) {
					page.line("<p>" + Html.t("start.visionPeriod", Handbook.period(vision.getPeriod())) + "</p>");
				}
				if (vision.getDescription() != null) {
					page.line(Html.blocks(vision.getDescription()));
				}
				page.line("</div>");
			}
			page.line("</section>");
		}

		page.line("<section aria-labelledby=\"uppfyllelse\">");
		page.line("<h2 id=\"uppfyllelse\">" + Html.t("start.fulfilment") + "</h2>");
		Optional<FollowUp> latest = handbook.view.latestFollowUp();
		if (latest.isEmpty()) {
			page.line("<p>" + Html.t("start.noFollowUp") + "</p>");
		} else {
			page.add(summary(handbook, latest.get()));
		}
		page.line("</section>");

		page.line("<section aria-labelledby=\"malomraden\">");
		page.line("<h2 id=\"malomraden\">" + Html.t("start.areas") + "</h2>");
		page.add(areaTable(handbook));
		page.line("</section>");

		page.line("<section aria-labelledby=\"innehallet\">");
		page.line("<h2 id=\"innehallet\">" + Html.t("start.contents") + "</h2>");
		page.line("<ul class=\"innehallslista\">");
		for (Page.Section section : Page.Section.values()) {
			if (section != Page.Section.NONE && section != Page.Section.START) {
				page.line("<li><a href=\"" + section.file + "\">" + Html.t(section.label) + "</a>: "
						+ Html.t(section.label + ".about") + "</li>");
			}
		}
		page.line("</ul>");
		page.line("</section>");
		return page;
	}

	/** "Uppfyllt: 5 mål" for each label of the scale, with a sentence that says it all in one line. */
	static String summary(Handbook handbook, FollowUp followUp) {
		Map<AssessmentLabel, Integer> counts = handbook.view.summary(followUp);
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder out = new StringBuilder();
		out.append("<p>").append(Html.t("summary.from", total)).append(' ').append(handbook.link(followUp)).append(".</p>\n");
		out.append("<ul class=\"sammanfattning\">\n");
		StringBuilder sentence = new StringBuilder();
		for (Map.Entry<AssessmentLabel, Integer> entry : counts.entrySet()) {
			out.append("<li>").append(handbook.assessment(entry.getKey(), false)).append(": ")
					.append(Html.t("summary.count", entry.getValue())).append("</li>\n");
			if (sentence.length() > 0) {
				sentence.append(", ");
			}
			sentence.append(Html.raw("summary.part", entry.getValue(), Handbook.title(entry.getKey()).toLowerCase(java.util.Locale.ROOT)));
		}
		out.append("</ul>\n");
		out.append("<p class=\"sammanfattning-text\">").append(Html.esc(Html.raw("summary.sentence", sentence.toString())))
				.append("</p>\n");
		return out.toString();
	}

	private static String areaTable(Handbook handbook) {
		List<Level> levels = handbook.view.levels().stream().filter(l -> !handbook.view.goalsOn(l).isEmpty()).toList();
		StringBuilder out = new StringBuilder();
		out.append("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"malomraden-tabell\" tabindex=\"0\">\n");
		out.append("<table>\n<caption id=\"malomraden-tabell\">").append(Html.t("start.areasCaption")).append("</caption>\n");
		out.append("<thead>\n<tr><th scope=\"col\">").append(Html.t("start.area")).append("</th><th scope=\"col\">")
				.append(Html.t("start.focus")).append("</th>");
		for (Level level : levels) {
			out.append("<th scope=\"col\">").append(Html.esc(Handbook.goalTerm(level))).append("</th>");
		}
		out.append("<th scope=\"col\">").append(Html.t("start.goalCount")).append("</th></tr>\n</thead>\n<tbody>\n");
		for (GoalArea area : handbook.view.areas()) {
			out.append("<tr><th scope=\"row\">").append(handbook.link(area)).append("</th><td>")
					.append(Html.t("focus." + area.getFocus().getName())).append("</td>");
			for (Level level : levels) {
				long count = handbook.view.goalsIn(area).stream().filter(g -> ModelView.levelOf(g) == level).count();
				out.append("<td>").append(count).append("</td>");
			}
			out.append("<td>").append(handbook.view.goalsIn(area).size()).append("</td></tr>\n");
		}
		out.append("</tbody>\n</table>\n</div>\n");
		return out.toString();
	}
}
