package governance.dsl.generator.html;

import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Level;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.StatusWord;
import governance.dsl.styrmodell.Term;

/** begrepp.html: the model's own terms and definitions, and the words it defines for levels, areas, assessments and statuses. */
final class GlossaryPage {

	private GlossaryPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.GLOSSARY, Html.raw("glossary.title"), Page.Section.GLOSSARY);
		page.line("<h1>" + Html.t("glossary.title") + "</h1>");
		ModelDefinition definition = handbook.view.definition();
		if (definition == null) {
			page.line("<p>" + Html.t("glossary.noModel") + "</p>");
			return page;
		}
		page.line("<p class=\"ingress\">" + Html.t("glossary.intro", Handbook.title(definition)) + "</p>");

		section(page, "begrepp", "glossary.terms");
		if (handbook.view.terms().isEmpty()) {
			page.line("<p>" + Html.t("glossary.noTerms") + "</p>");
		} else {
			page.line("<dl class=\"begrepp\">");
			for (Term term : handbook.view.terms()) {
				page.line("<dt id=\"begrepp-" + Site.slug(term.getName()) + "\">" + Html.esc(Handbook.title(term)) + "</dt><dd>"
						+ Html.text(term.getDefinition()) + "</dd>");
			}
			page.line("</dl>");
		}
		page.line("</section>");

		if (!handbook.view.levels().isEmpty()) {
			section(page, "nivaer", "glossary.levels");
			page.line("<dl class=\"begrepp\">");
			for (Level level : handbook.view.levels()) {
				StringBuilder text = new StringBuilder(Html.t("glossary.goalTerm", Handbook.goalTerm(level)));
				if (level.getParent() != null && !level.getParent().eIsProxy()) {
					text.append(' ').append(Html.t("glossary.levelUnder", Handbook.title(level.getParent())));
				}
				page.line("<dt>" + Html.esc(Handbook.title(level)) + "</dt><dd>" + text + "</dd>");
			}
			page.line("</dl>");
			page.line("</section>");
		}

		if (!handbook.view.areas().isEmpty()) {
			section(page, "omraden", "glossary.areas");
			page.line("<dl class=\"begrepp\">");
			for (GoalArea area : handbook.view.areas()) {
				page.line("<dt>" + handbook.link(area) + "</dt><dd>"
						+ (area.getDescription() != null ? Html.text(area.getDescription()) : Html.t("focus." + area.getFocus().getName()))
						+ "</dd>");
			}
			page.line("</dl>");
			page.line("</section>");
		}

		if (!handbook.view.scale().isEmpty()) {
			section(page, "skala", "glossary.scale");
			page.line("<dl class=\"begrepp\">");
			for (AssessmentLabel label : handbook.view.scale()) {
				page.line("<dt>" + handbook.assessment(label, false) + "</dt><dd>"
						+ (label.getMeaning() != null ? Html.text(label.getMeaning()) : "")
						+ (label.isNotAssessed() ? " " + Html.t("glossary.notAssessed") : "") + "</dd>");
			}
			page.line("</dl>");
			page.line("</section>");
		}

		if (!handbook.view.statusWords().isEmpty()) {
			section(page, "status", "glossary.statuses");
			page.line("<ul>");
			for (StatusWord word : handbook.view.statusWords()) {
				page.line("<li>" + Html.esc(Handbook.title(word)) + (word.isDone() ? " " + Html.t("glossary.done") : "") + "</li>");
			}
			page.line("</ul>");
			page.line("</section>");
		}

		if (!handbook.view.groups().isEmpty()) {
			section(page, "grupper", "glossary.groups");
			page.line("<ul>");
			for (SplitGroup group : handbook.view.groups()) {
				page.line("<li>" + Html.esc(Handbook.title(group)) + (group.isSex() ? " " + Html.t("glossary.sex") : "") + "</li>");
			}
			page.line("</ul>");
			page.line("</section>");
		}

		if (!handbook.view.followUpPoints().isEmpty()) {
			section(page, "tillfallen", "glossary.points");
			page.line("<ul>");
			for (FollowUpPoint point : handbook.view.followUpPoints()) {
				String month = Handbook.month(point.getMonth());
				page.line("<li>" + Html.esc(Handbook.title(point)) + (month.isEmpty() ? "" : ": " + Html.esc(month)) + "</li>");
			}
			page.line("</ul>");
			page.line("</section>");
		}
		return page;
	}

	private static void section(Page page, String id, String heading) {
		page.line("<section aria-labelledby=\"" + id + "\">");
		page.line("<h2 id=\"" + id + "\">" + Html.t(heading) + "</h2>");
	}
}
