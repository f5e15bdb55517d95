package governance.dsl.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import governance.dsl.Messages;

/**
 * What a returned workbook may hold before it is opened: a committee's follow-up workbook is a few
 * megabytes when unpacked, so a file that unpacks to far more (a zip bomb of moderate ratio, or
 * large parts that nothing refers to) is refused with a message before POI reads it into memory.
 * Each part is inflated and counted, not trusted by the size its header declares.
 */
final class WorkbookBounds {

	/** Parts in a workbook: ours has about twenty. */
	static final int MAX_PARTS = 1_000;
	/** One part unpacked: the largest sheet of a large committee is a few megabytes. */
	static final long MAX_PART_BYTES = 32L * 1024 * 1024;
	/** All parts unpacked together. */
	static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

	private WorkbookBounds() {
	}

	/** Refuses a workbook that unpacks to more than a follow-up workbook can need; a non-zip passes to POI's message. */
	static void check(Path file, String name) throws ImportRefusal {
		long total = 0;
		int parts = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (++parts > MAX_PARTS) {
					throw new ImportRefusal(Messages.get("import.tooManyParts", name, MAX_PARTS));
				}
				long part = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						part += read;
						total += read;
						if (part > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
							throw new ImportRefusal(Messages.get("import.tooLarge", name, entry.getName(),
									MAX_PART_BYTES / (1024 * 1024), MAX_TOTAL_BYTES / (1024 * 1024)));
						}
					}
				}
			}
		} catch (IOException e) {
			// Not a zip at all, or a damaged one: POI's reading says so in the import's own message.
		}
	}
}
