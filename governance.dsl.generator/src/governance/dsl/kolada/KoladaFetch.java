package governance.dsl.kolada;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;

import governance.dsl.Messages;
import governance.dsl.build.Checker;
import governance.dsl.build.Diagnostic;
import governance.dsl.build.Workspace;
import governance.dsl.importer.ComparisonEntry;
import governance.dsl.importer.FilledWorkbook.OutcomeEntry;
import governance.dsl.importer.FollowUpImport;
import governance.dsl.importer.ImportedValue;
import governance.dsl.importer.OutcomeFollowUp;
import governance.dsl.kolada.KoladaSource.Kpi;
import governance.dsl.kolada.KoladaSource.YearValues;
import governance.dsl.model.Comparisons;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.Period;
import governance.dsl.styrmodell.ComparisonGroup;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Plan;
import governance.dsl.styrmodell.SourceKind;
import governance.dsl.styrmodell.SplitGroup;

/**
 * {@code govc kolada}: the values of every measure with a Kolada source, for the municipality of the
 * model and the years, as follow-ups in the language. One follow-up per year, {@code kolada_<år>},
 * in its own file {@code uppfoljning-kolada-<år>.styr}; it has no point, owner or year of its own
 * (it reports values, not an occasion), so it is never "the latest follow-up" and never a second
 * follow-up for a point. Written by the rules of {@code govc import} ({@link OutcomeFollowUp}).
 * With jämförelsegrupper in the model, each group's average is fetched too and written beside the
 * outcomes as jämförelsevärden ({@code jämförelsevärde … grupp "G33908"}), never as utfall.
 * Everything is fetched and checked before anything is written: on any problem, no file is.
 */
public final class KoladaFetch {

	/** One file to write: its new text, and what changes. */
	public record Output(Path file, String text, FollowUpImport.Change change, int added, int replaced) {
	}

	/** The files to write (none when there are problems), the problems, and notes that stop nothing. */
	public record Result(List<Output> outputs, List<String> problems, List<String> notes) {
		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/** A measure with a Kolada source. */
	private record Source(Measure measure, String kpi) {
	}

	/**
	 * @param workspace the folder with the model's .styr files
	 * @param source    where Kolada's answers come from
	 * @param years     the years to fetch, or null for the years of the municipality's plans
	 * @param output    the file for a new follow-up (one year only), or null for the default name
	 * @param force     whether values that differ from those already written may be replaced
	 */
	public Result run(Path workspace, KoladaSource source, List<Integer> years, Path output, boolean force)
			throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Loaded loaded = load(workspace, problems);
		if (loaded == null) {
			return new Result(List.of(), problems, notes);
		}
		GovernanceView view = loaded.view();
		String municipality = view.definition() == null ? null : view.definition().getKoladaId();
		if (municipality == null || municipality.isBlank()) {
			problems.add(Messages.get("kolada.noMunicipality", view.id()));
		} else if (!municipality.strip().matches("\\d{4}")) {
			problems.add(Messages.get("kolada.badMunicipality", municipality));
		}
		List<Integer> wanted = years != null ? years : planYears(view);
		if (wanted.isEmpty()) {
			problems.add(Messages.get("kolada.noYears"));
		}
		if (output != null && wanted.size() > 1) {
			problems.add(Messages.get("kolada.outputOneYear", output));
		}
		if (!problems.isEmpty()) {
			return new Result(List.of(), problems, notes);
		}
		municipality = municipality.strip();

		// Every KPI once, in the order of its first measure.
		Map<String, Kpi> kpis = new LinkedHashMap<>();
		Map<String, Map<Integer, YearValues>> values = new LinkedHashMap<>();
		for (Source measure : loaded.sources()) {
			if (values.containsKey(measure.kpi())) {
				continue;
			}
			try {
				kpis.put(measure.kpi(), source.kpi(measure.kpi()));
				Map<Integer, YearValues> byYear = new TreeMap<>();
				source.values(measure.kpi(), municipality, wanted).forEach(v -> byYear.put(v.year(), v));
				values.put(measure.kpi(), byYear);
			} catch (KoladaException e) {
				problems.add(e.getMessage());
				values.put(measure.kpi(), Map.of());
				if (e.fatal()) {
					break;
				}
			}
		}
		// The averages of the model's jämförelsegrupper, by group, KPI and year: stored apart, as jämförelsevärden.
		Map<String, Map<String, Map<Integer, YearValues>>> groupValues = new LinkedHashMap<>();
		if (problems.isEmpty()) {
			groups: for (ComparisonGroup group : Comparisons.groups(view.definition())) {
				String id = group.getKoladaId().strip();
				try {
					source.group(id);
				} catch (KoladaException e) {
					problems.add(e.getMessage());
					if (e.fatal()) {
						break;
					}
					continue;
				}
				Map<String, Map<Integer, YearValues>> byKpi = new LinkedHashMap<>();
				for (String kpi : values.keySet()) {
					try {
						Map<Integer, YearValues> byYear = new TreeMap<>();
						source.values(kpi, id, wanted).forEach(v -> byYear.put(v.year(), v));
						byKpi.put(kpi, byYear);
					} catch (KoladaException e) {
						problems.add(e.getMessage());
						if (e.fatal()) {
							break groups;
						}
					}
				}
				groupValues.put(id, byKpi);
			}
		}
		if (!problems.isEmpty()) {
			return new Result(List.of(), problems, notes);
		}

		List<Output> outputs = new ArrayList<>();
		OutcomeFollowUp writer = new OutcomeFollowUp(loaded.check(), view, workspace);
		for (int year : wanted) {
			List<OutcomeEntry> entries = new ArrayList<>();
			for (Source measure : loaded.sources()) {
				YearValues found = values.get(measure.kpi()).get(year);
				if (found == null) {
					notes.add(Messages.get("kolada.noValue", measure.measure().getName(), measure.kpi(), year));
					continue;
				}
				entries.add(entry(measure, found, kpis.get(measure.kpi()), municipality));
			}
			List<ComparisonEntry> comparisons = new ArrayList<>();
			for (Source measure : loaded.sources()) {
				groupValues.forEach((group, byKpi) -> {
					YearValues found = byKpi.get(measure.kpi()).get(year);
					if (found == null) {
						notes.add(Messages.get("kolada.noGroupValue", group, measure.measure().getName(), measure.kpi(), year));
					} else {
						comparisons.add(new ComparisonEntry(measure.measure(), group, found.byGender().get(KoladaApi.TOTAL),
								footnote(measure.kpi(), kpis.get(measure.kpi())),
								Messages.get("kolada.where.group", measure.kpi(), group, year)));
					}
				});
			}
			if (entries.isEmpty() && comparisons.isEmpty()) {
				continue;
			}
			String id = "kolada_" + year;
			FollowUp existing = view.followUps().stream().filter(f -> id.equals(f.getName())).findFirst().orElse(null);
			Path target = null;
			if (existing != null) {
				Path file = Path.of(existing.eResource().getURI().toFileString());
				if (output != null && !output.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
					problems.add(Messages.get("kolada.otherFile", id, file));
					continue;
				}
			} else {
				target = output != null ? output : workspace.resolve(Messages.get("kolada.fileName", year));
				if (Files.exists(target) && !force) {
					problems.add(Messages.get("kolada.exists", target));
					continue;
				}
			}
			FollowUpImport.Result result = writer.write(existing, target, id, Messages.get("kolada.title", year),
					Messages.get("kolada.fileComment", municipality), Period.year(year), entries, comparisons, force, "kolada.update");
			problems.addAll(result.problems());
			notes.addAll(result.notes());
			if (result.ok()) {
				outputs.add(new Output(result.file(), result.text(), result.change(), result.added(), result.replaced()));
			}
		}
		return new Result(problems.isEmpty() ? outputs : List.of(), problems, notes);
	}

	/** The checked model, its one municipality with Kolada measures, and those measures. */
	record Loaded(Checker.Result check, GovernanceView view, List<Source> sources) {
	}

	/** The KPIs of the workspace's measures, in order, for the metadata. */
	public static List<String> kpis(Path workspace, List<String> problems) throws IOException {
		Loaded loaded = load(workspace, problems);
		return loaded == null ? List.of()
				: new ArrayList<>(new TreeSet<>(loaded.sources().stream().map(Source::kpi).toList()));
	}

	static Loaded load(Path workspace, List<String> problems) throws IOException {
		if (!Files.isDirectory(workspace)) {
			problems.add(Messages.get("kolada.noWorkspace", workspace));
			return null;
		}
		List<Path> files = Workspace.collect(List.of(workspace), new ArrayList<>());
		if (files.isEmpty()) {
			problems.add(Messages.get("kolada.noWorkspace", workspace));
			return null;
		}
		Checker.Result check = new Checker().check(files);
		if (check.hasErrors()) {
			problems.add(Messages.get("kolada.modelErrors", workspace));
			check.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).limit(10)
					.forEach(d -> problems.add(d.format()));
			return null;
		}
		List<File> roots = new ArrayList<>();
		for (Resource resource : check.workspace().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof File file) {
				roots.add(file);
			}
		}
		List<GovernanceView> withKolada = new ArrayList<>();
		Map<GovernanceView, List<Source>> sources = new LinkedHashMap<>();
		for (GovernanceView view : GovernanceView.of(roots).values()) {
			List<Source> found = new ArrayList<>();
			for (Measure measure : view.measures()) {
				if (measure.getSource() != null && measure.getSource().getKind() == SourceKind.KOLADA
						&& measure.getSource().getReference() != null && !measure.getSource().getReference().isBlank()) {
					found.add(new Source(measure, measure.getSource().getReference().strip()));
				}
			}
			if (!found.isEmpty()) {
				withKolada.add(view);
				sources.put(view, found);
			}
		}
		if (withKolada.isEmpty()) {
			problems.add(Messages.get("kolada.noMeasures", workspace));
			return null;
		}
		if (withKolada.size() > 1) {
			problems.add(Messages.get("kolada.severalMunicipalities", workspace,
					String.join(", ", withKolada.stream().map(GovernanceView::id).toList())));
			return null;
		}
		GovernanceView view = withKolada.get(0);
		return new Loaded(check, view, sources.get(view));
	}

	/** The years the municipality's plans cover, in order. */
	private static List<Integer> planYears(GovernanceView view) {
		TreeSet<Integer> years = new TreeSet<>();
		for (Plan plan : view.plans()) {
			Period period = plan.getPeriod() == null ? null : Period.parse(plan.getPeriod());
			if (period != null && period.isPlausible()) {
				for (int year = period.first(); year <= period.last(); year++) {
					years.add(year);
				}
			}
		}
		return new ArrayList<>(years);
	}

	/** Kolada's values of a year as an utfall: T the total, K and M the split groups marked kön, null I.U. */
	private static OutcomeEntry entry(Source source, YearValues found, Kpi kpi, String municipality) {
		Measure measure = source.measure();
		Map<SplitGroup, ImportedValue> splits = new LinkedHashMap<>();
		for (SplitGroup group : measure.getSplits()) {
			String gender = genderOf(group);
			if (gender != null && found.byGender().containsKey(gender)) {
				splits.put(group, value(found.byGender().get(gender)));
			}
		}
		return new OutcomeEntry(measure, value(found.byGender().get(KoladaApi.TOTAL)), splits,
				footnote(source.kpi(), kpi), Messages.get("kolada.where", source.kpi(), municipality, found.year()));
	}

	/** "Kolada N15419", with Kolada's publication date where its metadata gives one: never today's date. */
	private static String footnote(String id, Kpi kpi) {
		return kpi == null || kpi.publicationDate() == null ? Messages.get("kolada.footnote", id)
				: Messages.get("kolada.footnote.published", id, kpi.publicationDate());
	}

	private static ImportedValue value(BigDecimal number) {
		return number == null ? new ImportedValue.Missing(null) : new ImportedValue.Measured(number, null, false, null, null);
	}

	/** K for a group of women or girls, M for men or boys, by its id or title; null for any other group. */
	static String genderOf(SplitGroup group) {
		if (group == null || group.eIsProxy() || !group.isSex()) {
			return null;
		}
		String words = (group.getName() + " " + (group.getTitle() == null ? "" : group.getTitle())).toLowerCase(Locale.ROOT);
		if (words.contains("kvinn") || words.contains("flick")) {
			return KoladaApi.WOMEN;
		}
		if (words.contains("män") || words.contains("pojk") || words.matches(".*\\bman\\b.*")) {
			return KoladaApi.MEN;
		}
		return null;
	}
}
