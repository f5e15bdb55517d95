package governance.dsl.generator.xlsx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, set up for many small workbooks: rows are written straight to XML
 * rather than through XMLBeans, which is several times faster. Every row stays reachable until the
 * end (row heights and formula results are set last), strings are inline, and the sheet data is
 * kept in memory instead of temporary files. The zip is stored uncompressed: {@link DeterministicZip}
 * compresses it once, when it fixes the entry order and times.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	StreamingWorkbook() {
		super(new XSSFWorkbook(), -1, false, false);
		// A follow-up workbook is far below 4 GB; Zip64 headers would only trouble the rewrite.
		setZip64Mode(Zip64Mode.Never);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new InMemorySheetData(new ByteArrayOutputStream());
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
		zip.setLevel(Deflater.NO_COMPRESSION);
		return zip;
	}

	/** Only the workbook underneath needs closing: POI's own close() would delete temporary files there are none of. */
	@Override
	public void close() throws IOException {
		getXSSFWorkbook().close();
	}

	private static final class InMemorySheetData extends SheetDataWriter {
		private final ByteArrayOutputStream bytes;

		InMemorySheetData(ByteArrayOutputStream bytes) throws IOException {
			super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)));
			this.bytes = bytes;
		}

		/** POI closes the writer (which flushes it) before it reads the sheet back. */
		@Override
		public InputStream getWorksheetXMLInputStream() {
			return new ByteArrayInputStream(bytes.toByteArray());
		}
	}
}
