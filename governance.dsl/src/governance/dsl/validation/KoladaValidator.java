package governance.dsl.validation;

import static governance.dsl.styrmodell.StyrmodellPackage.Literals.SOURCE__REFERENCE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import governance.dsl.Messages;
import governance.dsl.kolada.KoladaSource.Kpi;
import governance.dsl.kolada.KpiMetadata;
import governance.dsl.model.Comparisons;
import governance.dsl.styrmodell.ComparisonGroup;
import governance.dsl.styrmodell.ComparisonValue;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;
import governance.dsl.styrmodell.Source;
import governance.dsl.styrmodell.SourceKind;

/**
 * A measure's Kolada source against the KPI metadata kept in the workspace (kolada-kpi.json, written
 * by govc kolada --metadata): offline and deterministic, and silent where the workspace has none.
 */
public class KoladaValidator extends StyrmodellCheck {


	@Check
	public void checkKoladaSource(Measure measure) {
		Source source = measure.getSource();
		if (source == null || source.getKind() != SourceKind.KOLADA || source.getReference() == null) {
			return;
		}
		String id = source.getReference().strip();
		if (!KpiMetadata.isKpiId(id)) {
			return; // MeasureValidator says that the id is no Kolada id
		}
		Map<String, Kpi> kpis = metadata(measure);
		if (kpis == null) {
			return;
		}
		Kpi kpi = kpis.get(id);
		if (kpi == null) {
			List<String> near = nearest(id, kpis.keySet());
			errorAt(IssueCodes.KOLADA_UNKNOWN, source, SOURCE__REFERENCE, id, KpiMetadata.FILE_NAME,
					near.isEmpty() ? Messages.get("styrmodell.koladaUnknown.noneNear")
							: Messages.get("styrmodell.koladaUnknown.near", String.join(", ", near)));
		} else if (Boolean.FALSE.equals(kpi.dividedByGender()) && measure.isMeasuresPeople()) {
			warningAt(IssueCodes.KOLADA_NOT_BY_GENDER, source, SOURCE__REFERENCE, id, measure.getName());
		} else if (Boolean.TRUE.equals(kpi.dividedByGender()) && !measure.isMeasuresPeople()) {
			warningAt(IssueCodes.KOLADA_BY_GENDER, source, SOURCE__REFERENCE, id, measure.getName());
		}
	}

	/** A jämförelsegrupp is one of Kolada's municipality groups ("G33908"), each declared once. */
	@Check
	public void checkComparisonGroups(ModelDefinition definition) {
		Set<String> seen = new HashSet<>();
		for (ComparisonGroup group : definition.getComparisonGroups()) {
			String id = group.getKoladaId() == null ? "" : group.getKoladaId().strip();
			if (!KpiMetadata.isGroupId(id)) {
				errorAt(IssueCodes.COMPARISON_GROUP_INVALID, group, Literals.COMPARISON_GROUP__KOLADA_ID, id);
			} else if (!seen.add(id)) {
				errorAt(IssueCodes.COMPARISON_GROUP_TWICE, group, Literals.COMPARISON_GROUP__KOLADA_ID, id);
			}
		}
	}

	/** A jämförelsevärde is for a year and a group the model declares, once per measure in a follow-up. */
	@Check
	public void checkComparisons(FollowUp followUp) {
		if (followUp.getComparisons().isEmpty()) {
			return;
		}
		ModelDefinition definition = definition(followUp);
		Set<List<Object>> seen = new HashSet<>();
		for (ComparisonValue value : followUp.getComparisons()) {
			Integer year = Comparisons.year(value);
			if (year == null) {
				errorAt(IssueCodes.COMPARISON_NOT_YEAR, value, Literals.COMPARISON_VALUE__PERIOD, value.getPeriod());
			}
			String id = Comparisons.groupId(value);
			if (Comparisons.group(definition, id) == null) {
				List<String> declared = Comparisons.groups(definition).stream().map(g -> g.getKoladaId().strip()).toList();
				errorAt(IssueCodes.COMPARISON_GROUP_UNKNOWN, value, Literals.COMPARISON_VALUE__GROUP, id,
						declared.isEmpty() ? Messages.get("styrmodell.comparisonGroupUnknown.none")
								: Messages.get("styrmodell.comparisonGroupUnknown.declared", String.join(", ", declared)),
						id);
			} else if (year != null && value.getMeasure() != null && !value.getMeasure().eIsProxy()
					&& !seen.add(List.of(value.getMeasure(), year, id))) {
				errorAt(IssueCodes.COMPARISON_TWICE, value, Literals.COMPARISON_VALUE__MEASURE, value.getMeasure().getName(),
						year, id);
			}
		}
	}

	/**
	 * One value per measure, year and group in the whole workspace: a jämförelsevärde that another
	 * file states differently is an error (in the same follow-up: {@link #checkComparisons}).
	 */
	@Check(org.eclipse.xtext.validation.CheckType.NORMAL)
	public void checkComparisonAcrossFiles(ComparisonValue value) {
		if (value.eResource() == null) {
			return;
		}
		String namespace = governance.dsl.model.ModelView.namespaceOf(value);
		String measure = governance.dsl.index.StyrmodellResourceDescriptionStrategy.referenceText(value,
				Literals.COMPARISON_VALUE__MEASURE, namespace);
		Integer year = Comparisons.year(value);
		String group = Comparisons.groupId(value);
		if (measure == null || year == null || group == null) {
			return;
		}
		governance.dsl.index.WorkspaceIndex.IndexedComparison other = index.comparisons(value).stream()
				.filter(c -> !c.file().equals(value.eResource().getURI()) && c.value().measure().equals(measure)
						&& c.value().year() == year && c.value().group().equals(group)
						&& Comparisons.conflicts(Comparisons.number(value), c.value().number()))
				.min(Comparator.comparing((governance.dsl.index.WorkspaceIndex.IndexedComparison c) -> c.file().toString())
						.thenComparingInt(c -> c.value().line()))
				.orElse(null);
		if (other != null) {
			BigDecimal number = other.value().number();
			errorAt(IssueCodes.COMPARISON_CONFLICT, value, Literals.COMPARISON_VALUE__MEASURE,
					value.getMeasure() == null || value.getMeasure().eIsProxy() ? measure : value.getMeasure().getName(),
					year, group, number == null ? Messages.get("value.missing") : governance.dsl.model.Values.number(number),
					OneTruthValidator.location(other.file(), other.value().line()));
		}
	}

	/** The metadata in the file's folder or the nearest folder above it, once per validated file. */
	@SuppressWarnings("unchecked")
	private Map<String, Kpi> metadata(EObject context) {
		Object found = cached("koladaMetadata", () -> {
			Map<String, Kpi> kpis = context.eResource() == null ? null : KpiMetadata.forFile(context.eResource().getURI());
			return kpis == null ? Boolean.FALSE : kpis;
		});
		return found instanceof Map<?, ?> map ? (Map<String, Kpi>) map : null;
	}

	/** The ids of the metadata nearest to the written one (at most two edits away), up to three, in order. */
	static List<String> nearest(String id, Iterable<String> ids) {
		List<String> near = new ArrayList<>();
		int best = 3;
		for (String candidate : ids) {
			int distance = distance(id, candidate);
			if (distance < best) {
				best = distance;
				near.clear();
			}
			if (distance == best) {
				near.add(candidate);
			}
		}
		near.sort(Comparator.naturalOrder());
		return near.size() > 3 ? near.subList(0, 3) : near;
	}

	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				d[i][j] = i == 0 ? j : j == 0 ? i
						: Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
								d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
			}
		}
		return d[a.length()][b.length()];
	}
}
