package governance.dsl.generator.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx as POI wrote it) with the same content, entries in a fixed order and a
 * fixed time: POI stamps every entry with the current time. {@code [Content_Types].xml} stays
 * first, as Office expects; the rest follow by name.
 */
final class DeterministicZip {

	/**
	 * The time of every entry and of the document's metadata: the one the poms give the jars
	 * (project.build.outputTimestamp). Not 1980-01-01 00:00, which java.util.zip takes for "before
	 * 1980" and then stamps in the local time zone.
	 */
	static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private DeterministicZip() {
	}

	static byte[] rewrite(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>(
				Comparator.comparing((String name) -> !name.equals(CONTENT_TYPES)).thenComparing(Comparator.naturalOrder()));
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (!entry.isDirectory()) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry fixed = new ZipEntry(entry.getKey());
				// Local time, not an instant: the same DOS time field in every time zone.
				fixed.setTimeLocal(FIXED_TIME);
				out.putNextEntry(fixed);
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
