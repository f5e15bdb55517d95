package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import governance.dsl.model.Values;
import governance.dsl.styrmodell.Activity;
import governance.dsl.styrmodell.Assignment;
import governance.dsl.styrmodell.AssignmentKind;

/**
 * uppdrag.html (AssignmentsPage.jte): every assignment by kind, with who gives it to whom, when it
 * reports back, its goals and status. Its table (AssignmentTable.jte) lists a goal's or an organisation's.
 */
final class AssignmentsPage {

	record Model(boolean none, List<Kind> kinds) {
	}

	/** The assignments of one kind, each as a post (Posts.jte). */
	record Kind(String headingId, String heading, List<DocumentsPage.Post> posts) {
	}

	record Table(String id, String caption, List<Row> rows) {
	}

	record Row(Handbook.Link assignment, String kind, List<Handbook.Link> to, String reportBy, Handbook.Status status) {
	}

	private AssignmentsPage() {
	}

	static Page render(Handbook handbook) {
		List<Kind> kinds = new ArrayList<>();
		for (AssignmentKind kind : AssignmentKind.values()) {
			List<Assignment> ofKind = handbook.view.assignments().stream().filter(a -> a.getKind() == kind).toList();
			if (!ofKind.isEmpty()) {
				kinds.add(new Kind("typ-" + kind.getName().toLowerCase(Locale.ROOT), Html.msg("assignmentKinds." + kind.getName()),
						ofKind.stream().map(a -> post(handbook, a)).toList()));
			}
		}
		return new Page(Site.ASSIGNMENTS, Html.msg("assignments.title"), Page.Section.ASSIGNMENTS)
				.content(Templates.content("AssignmentsPage.jte", new Model(handbook.view.assignments().isEmpty(), kinds)));
	}

	private static DocumentsPage.Post post(Handbook handbook, Assignment assignment) {
		Facts facts = new Facts().content("assignment.status", Templates.content("Status.jte", handbook.statusOf(assignment)));
		if (assignment.getIssuer() != null) {
			facts.link("assignment.from", handbook.ref(assignment.getIssuer()));
		}
		facts.links("assignment.to", recipients(handbook, assignment));
		if (assignment.getReportBy() != null) {
			facts.text("assignment.reportBy", Handbook.deadline(assignment.getReportBy()));
		}
		if (!assignment.getGoals().isEmpty()) {
			facts.links("assignment.goals", handbook.refs(assignment.getGoals()));
		}
		if (assignment.getDecision() != null) {
			facts.text("assignment.decision", Values.prose(assignment.getDecision()));
		}
		List<Activity> activities = handbook.view.activitiesFor(assignment);
		if (activities.isEmpty()) {
			facts.text("assignment.activities", Html.msg("assignment.noActivities"));
		} else {
			facts.links("assignment.activities", handbook.refs(activities));
		}
		facts.id(handbook, "assignment.id", assignment.getName());
		return new DocumentsPage.Post(handbook.site.id(assignment), Handbook.title(assignment), facts.list(),
				assignment.getDescription());
	}

	/** Organisations (linked) and roles ("Kommundirektören") as the plan names them, organisations first. */
	static List<Handbook.Link> recipients(Handbook handbook, Assignment assignment) {
		if (assignment.isToAll()) {
			return List.of(new Handbook.Link(Html.msg("assignment.toAll"), null));
		}
		List<Handbook.Link> names = new ArrayList<>(handbook.refs(assignment.getRecipients()));
		assignment.getRoles().forEach(role -> names.add(new Handbook.Link(Values.prose(role), null)));
		return names;
	}

	/** Assignments as a table, for a goal's or an organisation's page. */
	static Table table(Handbook handbook, List<Assignment> assignments, String caption, String id) {
		return new Table(id, caption, assignments.stream()
				.map(a -> new Row(handbook.ref(a), Html.msg("assignmentKind." + a.getKind().getName()), recipients(handbook, a),
						Handbook.deadline(a.getReportBy()), handbook.statusOf(a)))
				.toList());
	}
}
