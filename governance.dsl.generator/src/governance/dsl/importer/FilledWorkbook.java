package governance.dsl.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import governance.dsl.model.GovernanceView;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.AssessmentLabel;
import governance.dsl.styrmodell.FollowUpPoint;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;
import governance.dsl.styrmodell.SplitGroup;
import governance.dsl.styrmodell.StatusWord;

/** What a planner filled in in one workbook, with the ids resolved against the model. */
public final class FilledWorkbook {

	/** An utfall for the workbook's period: the total, the split groups in the workbook's order, and the comment (fotnot). */
	public record OutcomeEntry(Measure measure, ImportedValue total, Map<SplitGroup, ImportedValue> splits,
			String footnote, String where) {
	}

	public record AssessmentEntry(Goal goal, AssessmentLabel label, boolean forecast, String analysis, String measures,
			String where) {
	}

	/** The status of an assignment or an activity. */
	public record StatusEntry(EObject element, StatusWord status, String comment, String where) {
	}

	final Path file;
	final GovernanceView view;
	final Organisation committee;
	final FollowUpPoint point;
	final Integer year;
	final Period period;
	final List<OutcomeEntry> outcomes = new ArrayList<>();
	final List<AssessmentEntry> assessments = new ArrayList<>();
	final List<StatusEntry> assignmentStatuses = new ArrayList<>();
	final List<StatusEntry> activityStatuses = new ArrayList<>();
	final List<CellProblem> problems = new ArrayList<>();
	final List<String> notes = new ArrayList<>();

	FilledWorkbook(Path file, GovernanceView view, Organisation committee, FollowUpPoint point, Integer year,
			Period period) {
		this.file = file;
		this.view = view;
		this.committee = committee;
		this.point = point;
		this.year = year;
		this.period = period;
	}

	public Path file() {
		return file;
	}

	public GovernanceView view() {
		return view;
	}

	public Organisation committee() {
		return committee;
	}

	public FollowUpPoint point() {
		return point;
	}

	public Integer year() {
		return year;
	}

	/** The period the outcomes are for: the year, or a month or quarter within it. */
	public Period period() {
		return period;
	}

	public List<OutcomeEntry> outcomes() {
		return outcomes;
	}

	public List<AssessmentEntry> assessments() {
		return assessments;
	}

	public List<StatusEntry> assignmentStatuses() {
		return assignmentStatuses;
	}

	public List<StatusEntry> activityStatuses() {
		return activityStatuses;
	}

	public List<CellProblem> problems() {
		return problems;
	}

	/** Remarks that do not stop the import, such as a model changed since the workbook was made. */
	public List<String> notes() {
		return notes;
	}
}
