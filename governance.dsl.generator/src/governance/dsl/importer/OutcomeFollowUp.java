package governance.dsl.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import governance.dsl.build.Checker;
import governance.dsl.importer.FilledWorkbook.OutcomeEntry;
import governance.dsl.importer.FollowUpImport.Change;
import governance.dsl.importer.FollowUpImport.Result;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.FollowUp;

/**
 * Outcomes from another source than a workbook (Kolada) written as a follow-up by the same rules as
 * {@code govc import}: a new follow-up laid out canonically, or an existing one updated in place,
 * where a value stated the same way is left alone and a different one needs {@code force}; checked
 * against the model before anything is written.
 */
public final class OutcomeFollowUp {

	private final Checker.Result check;
	private final GovernanceView view;
	private final Path model;
	private final FollowUpText writer = new FollowUpText(Checker.injector().getInstance(IValueConverterService.class));

	/**
	 * @param check the checked model (without errors) the follow-up joins
	 * @param view  the municipality the follow-up is for
	 * @param model the folder of the model
	 */
	public OutcomeFollowUp(Checker.Result check, GovernanceView view, Path model) {
		this.check = check;
		this.view = view;
		this.model = model;
	}

	/** The outcome statement as a follow-up writes it, to compare or show. */
	public String line(OutcomeEntry entry, Period period) {
		return writer.outcome(entry, period);
	}

	/**
	 * A follow-up without point, owner or year with the outcomes (and jämförelsevärden) for one period: {@code existing}
	 * updated in its own file, or else a new follow-up for {@code target}.
	 *
	 * @param messages the prefix of the messages for differences (".differs", ".replaced", ".needsForce")
	 */
	public Result write(FollowUp existing, Path target, String id, String title, String comment, Period period,
			List<OutcomeEntry> entries, List<ComparisonEntry> comparisons, boolean force, String messages)
			throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		FollowUpImport.Statements statements = new FollowUpImport.Statements();
		for (OutcomeEntry entry : entries) {
			statements.outcomes.put(entry.measure(), new String[] { writer.outcome(entry, period), entry.where() });
			statements.entries.put(entry.measure(), entry);
		}
		for (ComparisonEntry entry : comparisons) {
			statements.comparisons.put(entry.key(), new String[] { writer.comparison(entry, period), entry.where() });
			statements.entries.put(entry.key(), entry);
		}
		FollowUpImport importer = new FollowUpImport();
		if (existing != null) {
			Path file = FollowUpImport.fileOf(existing);
			FilledWorkbook source = new FilledWorkbook(null, view, null, null, null, period);
			FollowUpUpdate.Plan plan = new FollowUpUpdate(writer, source, statements, messages).plan(existing, file,
					List.of(), force, problems, notes);
			if (plan == null || !problems.isEmpty()) {
				return new Result(null, problems, notes);
			}
			if (plan.text() == null) {
				String unchanged = NodeModelUtils.getNode(existing).getRootNode().getText();
				return new Result(unchanged, problems, notes, file, Change.UNCHANGED, 0, 0);
			}
			Result result = importer.validate(plan.text(), check, file, model, false, problems, notes);
			return new Result(result.text(), result.problems(), result.notes(), file, Change.UPDATED, plan.added(),
					plan.replaced());
		}
		boolean withTitle = view.files().stream().anyMatch(f -> f.getTitle() != null);
		String text = writer.file(view, withTitle, id, title, null, null, null, null, comment, statements.lines());
		Result result = importer.validate(text, check, target, model, true, problems, notes);
		return new Result(result.text(), result.problems(), result.notes(), target, Change.NEW, statements.size(), 0);
	}
}
