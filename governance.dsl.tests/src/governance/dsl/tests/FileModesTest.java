package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.tests.CommandLineTest.Run;
import governance.dsl.tests.generator.Workbooks;

/** What the tools write gets the modes the umask gives, and format keeps a file's own mode. */
class FileModesTest {

	@TempDir
	Path dir;

	/** The modes a new file and a new folder get here: what the umask gives. */
	Set<PosixFilePermission> fileMode;
	Set<PosixFilePermission> folderMode;

	@BeforeEach
	void umask() throws IOException {
		assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
				"hoppas över: filsystemet har inga POSIX-rättigheter");
		fileMode = Files.getPosixFilePermissions(Files.createFile(dir.resolve("referens.txt")));
		folderMode = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("referens")));
	}

	@Test
	void theBuildsFilesAndFoldersGetTheUmasksModes() throws IOException {
		// Before: the output folder was 0700 (Files.createTempDirectory), whatever the umask.
		Path out = dir.resolve("ut");
		Run run = govc("build", "examples/perstorp", "-o", out.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		try (Stream<Path> walk = Files.walk(out)) {
			for (Path path : walk.toList()) {
				assertEquals(PosixFilePermissions.toString(Files.isDirectory(path) ? folderMode : fileMode),
						PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), out.relativize(path).toString());
			}
		}
	}

	@Test
	void formatKeepsTheFilesOwnMode() throws IOException {
		// Before: a formatted file became 0600 (Files.createTempFile moved over it).
		Path file = Files.writeString(dir.resolve("messy.styr"), "kommun test   plan p \"Plan\"{ägare kf}");
		Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
		Files.setPosixFilePermissions(file, own);
		assertEquals(0, govc("format", file.toString()).exitCode());
		assertEquals("kommun test\n\nplan p \"Plan\" {\n  ägare kf\n}\n", Files.readString(file));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void anImportedFollowUpGetsTheUmasksMode() throws IOException {
		// Before: the written follow-up was 0600.
		Path model = Workbooks.writeFixture(dir.resolve("modell"));
		XSSFWorkbook workbook = Workbooks.open(Workbooks.bytes(
				Workbooks.form(Workbooks.view(Workbooks.fixtureWorkspace()), "bun", "delår")));
		Workbooks.fill(workbook, Sheet.INDICATORS, "J" + rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null), 82);
		Path file = Files.write(dir.resolve("bun.xlsx"), Workbooks.bytes(workbook));
		Path output = model.resolve("uppfoljning.styr");
		Run run = govc("import", file.toString(), "--modell", model.toString(), "-o", output.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(PosixFilePermissions.toString(fileMode),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(output)));
	}
}
