package governance.dsl.kolada;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import governance.dsl.Messages;
import governance.dsl.build.FileSystemFailure;
import governance.dsl.kolada.KoladaSource.Group;
import governance.dsl.kolada.KoladaSource.Kpi;
import governance.dsl.kolada.KoladaSource.YearValues;

/**
 * Saved answers of Kolada's API in a folder, for a machine without network access (--från):
 * {@code data-<kpi>-<kommun>.json} is the answer to {@code /data/kpi/<kpi>/municipality/<kommun>}
 * (any years: those not asked for are left out), {@code kpi-<kpi>.json} the answer to
 * {@code /kpi/<kpi>} (optional: without it, no unknown-KPI check and no publication date). A saved
 * answer is one file with all its values: one that points to a next page is refused, not half read.
 * A jämförelsegrupp's values are {@code data-<kpi>-<gruppid>.json}, its metadata (optional)
 * {@code group-<gruppid>.json}, the answer to {@code /municipality_groups/<gruppid>}.
 */
public final class SavedResponses implements KoladaSource {

	private final Path folder;

	public SavedResponses(Path folder) {
		this.folder = folder;
	}

	public static String dataFile(String kpi, String municipality) {
		return "data-" + kpi + "-" + municipality + ".json";
	}

	public static String kpiFile(String kpi) {
		return "kpi-" + kpi + ".json";
	}

	@Override
	public Kpi kpi(String id) throws KoladaException {
		Path file = folder.resolve(kpiFile(id));
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Kpi kpi = KoladaJson.kpi(read(file), file.toString(), id);
		if (kpi == null) {
			throw new KoladaException(Messages.get("kolada.unknownKpi.saved", id, file), false);
		}
		return kpi;
	}

	public static String groupFile(String group) {
		return "group-" + group + ".json";
	}

	@Override
	public Group group(String id) throws KoladaException {
		Path file = folder.resolve(groupFile(id));
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Group group = KoladaJson.group(read(file), file.toString(), id);
		if (group == null) {
			throw new KoladaException(Messages.get("kolada.unknownGroup.saved", id, file), false);
		}
		return group;
	}

	@Override
	public List<YearValues> values(String kpi, String municipality, List<Integer> years) throws KoladaException {
		Path file = folder.resolve(dataFile(kpi, municipality));
		if (!Files.isRegularFile(file)) {
			throw new KoladaException(Messages.get("kolada.savedMissing", file, kpi, municipality), false);
		}
		KoladaJson.Page page = KoladaJson.page(read(file), file.toString(), kpi, municipality, years);
		if (page.next() != null) {
			throw new KoladaException(Messages.get("kolada.savedPaged", file), false);
		}
		return KoladaJson.merged(page.values());
	}

	private static String read(Path file) throws KoladaException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new KoladaException(Messages.get("kolada.savedUnreadable", file, FileSystemFailure.reason(e)), false);
		}
	}
}
