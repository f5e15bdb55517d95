package governance.dsl.generator.html;

import java.util.List;

import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentKind;

/** uppdrag.html: every assignment by kind, with who gives it to whom, when it reports back, its goals and status. */
final class AssignmentsPage {

	private AssignmentsPage() {
	}

	static Page render(Handbook handbook) {
		Page page = new Page(Site.ASSIGNMENTS, Html.raw("assignments.title"), Page.Section.ASSIGNMENTS);
		page.line("<h1>" + Html.t("assignments.title") + "</h1>");
		page.line("<p class=\"ingress\">" + Html.t("assignments.intro") + "</p>");
		if (handbook.view.assignments().isEmpty()) {
			page.line("<p>" + Html.t("assignments.none") + "</p>");
		}
		for (AssignmentKind kind : AssignmentKind.values()) {
			List<Assignment> ofKind = handbook.view.assignments().stream().filter(a -> a.getKind() == kind).toList();
			if (ofKind.isEmpty()) {
				continue;
			}
			String headingId = "typ-" + kind.getName().toLowerCase(java.util.Locale.ROOT);
			page.line("<section aria-labelledby=\"" + headingId + "\">");
			page.line("<h2 id=\"" + headingId + "\">" + Html.t("assignmentKinds." + kind.getName()) + "</h2>");
			for (Assignment assignment : ofKind) {
				page.add(assignment(handbook, assignment));
			}
			page.line("</section>");
		}
		return page;
	}

	private static String assignment(Handbook handbook, Assignment assignment) {
		String id = handbook.site.id(assignment);
		StringBuilder out = new StringBuilder();
		out.append("<article class=\"post\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-rubrik\">\n");
		out.append("<h3 id=\"").append(id).append("-rubrik\">").append(Html.esc(Handbook.title(assignment))).append("</h3>\n");
		out.append("<dl class=\"fakta\">\n");
		MeasureSection.fact(out, "assignment.status", handbook.status(assignment));
		if (assignment.getIssuer() != null) {
			MeasureSection.fact(out, "assignment.from", handbook.organisation(assignment.getIssuer()));
		}
		MeasureSection.fact(out, "assignment.to", recipients(handbook, assignment));
		if (assignment.getReportBy() != null) {
			MeasureSection.fact(out, "assignment.reportBy", Html.esc(Handbook.deadline(assignment.getReportBy())));
		}
		if (!assignment.getGoals().isEmpty()) {
			MeasureSection.fact(out, "assignment.goals", handbook.links(assignment.getGoals()));
		}
		if (assignment.getDecision() != null) {
			MeasureSection.fact(out, "assignment.decision", Html.text(assignment.getDecision()));
		}
		List<Activity> activities = handbook.view.activitiesFor(assignment);
		MeasureSection.fact(out, "assignment.activities",
				activities.isEmpty() ? Html.t("assignment.noActivities") : handbook.links(activities));
		MeasureSection.fact(out, "assignment.id", "<code>" + Html.esc(assignment.getName()) + "</code>");
		out.append("</dl>\n");
		if (assignment.getDescription() != null) {
			out.append(Html.blocks(assignment.getDescription())).append('\n');
		}
		out.append("</article>\n");
		return out.toString();
	}

	static String recipients(Handbook handbook, Assignment assignment) {
		if (assignment.isToAll()) {
			return Html.t("assignment.toAll");
		}
		// Organisations and roles ("Kommundirektören") as the plan names them, organisations first.
		List<String> names = new java.util.ArrayList<>();
		if (!assignment.getRecipients().isEmpty()) {
			String organisations = handbook.links(assignment.getRecipients());
			if (!organisations.isEmpty()) {
				names.add(organisations);
			}
		}
		assignment.getRoles().forEach(role -> names.add(Html.text(role)));
		return String.join(", ", names);
	}

	/** Assignments as a table, for a goal's or an organisation's page. */
	static String table(Handbook handbook, List<Assignment> assignments, String caption, String id) {
		StringBuilder out = new StringBuilder();
		out.append("<div class=\"tabellram\" role=\"region\" aria-labelledby=\"").append(id).append("\" tabindex=\"0\">\n");
		out.append("<table>\n<caption id=\"").append(id).append("\">").append(Html.esc(caption)).append("</caption>\n");
		out.append("<thead>\n<tr><th scope=\"col\">").append(Html.t("assignment.title")).append("</th><th scope=\"col\">")
				.append(Html.t("assignment.kind")).append("</th><th scope=\"col\">").append(Html.t("assignment.to"))
				.append("</th><th scope=\"col\">").append(Html.t("assignment.reportBy")).append("</th><th scope=\"col\">")
				.append(Html.t("assignment.status")).append("</th></tr>\n</thead>\n<tbody>\n");
		for (Assignment assignment : assignments) {
			out.append("<tr><th scope=\"row\">").append(handbook.link(assignment)).append("</th><td>")
					.append(Html.t("assignmentKind." + assignment.getKind().getName())).append("</td><td>")
					.append(recipients(handbook, assignment)).append("</td><td>")
					.append(Html.esc(Handbook.deadline(assignment.getReportBy()))).append("</td><td>").append(handbook.status(assignment))
					.append("</td></tr>\n");
		}
		out.append("</tbody>\n</table>\n</div>\n");
		return out.toString();
	}
}
