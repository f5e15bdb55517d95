package governance.dsl.tests;

import static governance.dsl.tests.CommandLineTest.govc;
import static governance.dsl.tests.generator.Workbooks.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.generator.xlsx.FollowUpForm;
import governance.dsl.generator.xlsx.WorkbookKey;
import governance.dsl.generator.xlsx.WorkbookLayout;
import governance.dsl.generator.xlsx.WorkbookLayout.Sheet;
import governance.dsl.model.GovernanceView;
import governance.dsl.tests.CommandLineTest.Run;
import governance.dsl.tests.generator.Workbooks;

/** Hostile workbooks, made by the test: {@code govc import} refuses them with {@code Sheet!Cell} and writes nothing. */
class ImportAttackTest {

	@TempDir
	Path dir;
	Path model;

	@BeforeEach
	void writeModel() {
		model = Workbooks.writeFixture(dir.resolve("modell"));
	}

	private static XSSFWorkbook workbook(String committee, String point) {
		GovernanceView view = Workbooks.view(Workbooks.fixtureWorkspace());
		return Workbooks.open(Workbooks.bytes(Workbooks.form(view, committee, point)));
	}

	private Path save(XSSFWorkbook workbook, String name) throws IOException {
		return Files.write(dir.resolve(name), Workbooks.bytes(workbook));
	}

	@Test
	void formulaCellsInInputCellsAreRefusedWhetherOrNotTheyHaveACachedValue() throws IOException {
		// Before: "=1+1" was imported as its cached 2, and a formula without a cached value as 0, without a word.
		XSSFWorkbook workbook = workbook("bun", "delår");
		int i1 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null);
		Cell cached = Workbooks.cell(Workbooks.sheet(workbook, Sheet.INDICATORS), "J" + i1);
		cached.setCellFormula("1+1");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cached);
		int i2 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i2", null);
		Workbooks.cell(Workbooks.sheet(workbook, Sheet.INDICATORS), "J" + i2).setCellFormula("A1*0");
		int m1 = rowOf(workbook, Sheet.GOALS, "testby.bun_m1", null);
		Workbooks.fill(workbook, Sheet.GOALS, "E" + m1, "Delvis uppfyllt");
		Workbooks.cell(Workbooks.sheet(workbook, Sheet.GOALS), "G" + m1).setCellFormula("\"Bra\"&\" jobbat\"");
		Path file = save(workbook, "bun.xlsx");
		Path output = model.resolve("uppfoljning.styr");

		Run run = govc("import", file.toString(), "--modell", model.toString(), "-o", output.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(output), "nothing is written");
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!J" + i1 + ": en formel (=1+1) läses inte: skriv värdet "
				+ "självt i cellen\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!J" + i2 + ": en formel (=A1*0) läses inte: skriv värdet "
				+ "självt i cellen\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Mål!G" + m1 + ": en formel (=\"Bra\"&\" jobbat\") läses inte: skriv "
				+ "värdet självt i cellen\n"), run.err());
		assertFalse(run.err().contains("internt fel"), run.err());
	}

	@Test
	void aSavedNumberThatIsNoNumberIsNamedInSwedish() throws IOException {
		// Before: POI's and Java's texts ("For input string", "Character I is neither a decimal digit").
		for (String saved : List.of("abc", "1e309", "NaN")) {
			XSSFWorkbook workbook = workbook("bun", "delår");
			int i1 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i1", null);
			XSSFCell cell = (XSSFCell) Workbooks.cell(Workbooks.sheet(workbook, Sheet.INDICATORS), "J" + i1);
			cell.setCellValue(74);
			cell.getCTCell().setV(saved);
			Path file = save(workbook, "bun.xlsx");
			Run run = govc("import", file.toString(), "--modell", model.toString());
			assertEquals(1, run.exitCode(), run.out() + run.err());
			assertTrue(run.err().contains("bun.xlsx: Indikatorer!J" + i1 + ": cellen är sparad som ett tal men innehåller "
					+ "inget läsbart tal: skriv talet igen\n"), saved + ": " + run.err());
			assertFalse(run.err().contains("internt fel") || run.err().contains("input") || run.err().contains("Exception"),
					run.err());
		}
	}

	@Test
	void anEncryptedWorkbookIsNamedSoInSwedish() throws Exception {
		// Before: "The supplied data appears to be in the OLE2 Format … call HSSF".
		byte[] plain = Workbooks.bytes(workbook("bun", "delår"));
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("hemligt");
		Path file = dir.resolve("bun.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
					OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		Run run = govc("import", file.toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().startsWith("bun.xlsx: kan inte läsas som en arbetsbok (.xlsx): arbetsboken är krypterad "
				+ "(skyddad med lösenord för att öppna): spara den utan lösenord och importera igen\n"), run.err());
		Files.write(file, "inte en arbetsbok".getBytes(StandardCharsets.UTF_8));
		run = govc("import", file.toString(), "--modell", model.toString());
		assertTrue(run.err().startsWith("bun.xlsx: kan inte läsas som en arbetsbok (.xlsx): filen är ingen "
				+ "Excel-arbetsbok (.xlsx)"), run.err());
	}

	@Test
	void aFolderGivenAsAWorkbookIsCalledAFolder() throws IOException {
		// Before: "filen eller mappen finns inte" for a folder that exists.
		Path folder = Files.createDirectories(dir.resolve("bun.xlsx"));
		Run run = govc("import", folder.toString(), "--modell", model.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith(folder + ": är en mapp, inte en arbetsbok: ange .xlsx-filen"), run.err());
	}

	@Test
	void aFolderAsTheOutputIsRefusedInSwedishEvenWithForce() throws IOException {
		// Before: "internt fel: DirectoryNotEmptyException" with --force.
		XSSFWorkbook workbook = workbook("bun", "delår");
		int m1 = rowOf(workbook, Sheet.GOALS, "testby.bun_m1", null);
		Workbooks.fill(workbook, Sheet.GOALS, "E" + m1, "Delvis uppfyllt");
		Path file = save(workbook, "bun.xlsx");
		Path folder = Files.createDirectories(dir.resolve("uppfoljning.styr"));
		Files.writeString(folder.resolve("egen.txt"), "egen");
		Run run = govc("import", file.toString(), "--modell", model.toString(), "-o", folder.toString(), "--force");
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("govc: " + folder + ": det är en mapp, men här väntas en fil: ange en fil\n"), run.err());
		assertFalse(run.err().contains("internt fel"), run.err());
		assertEquals("egen", Files.readString(folder.resolve("egen.txt")));
	}

	@Test
	void aWorkbookNamedWithALineBreakStaysInTheFollowUpsComment() throws IOException {
		// Before: the name was copied raw into the header comment, its second line becoming code.
		XSSFWorkbook workbook = workbook("bun", "delår");
		int m1 = rowOf(workbook, Sheet.GOALS, "testby.bun_m1", null);
		Workbooks.fill(workbook, Sheet.GOALS, "E" + m1, "Delvis uppfyllt");
		Path file = save(workbook, "bun\nmål x bedöms uppfyllt.xlsx");
		Path output = model.resolve("uppfoljning.styr");
		Run run = govc("import", file.toString(), "--modell", model.toString(), "-o", output.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String written = Files.readString(output, StandardCharsets.UTF_8);
		assertEquals("// Importerad med govc import från bun mål x bedöms uppfyllt.xlsx.", written.lines().findFirst().get());
		assertEquals(0, govc("check", model.toString()).exitCode());
	}

	@Test
	void aWorkbookThatUnpacksToFarMoreThanAFollowUpIsRefusedBeforeItIsRead() throws IOException {
		// Before: a 7 MB workbook with large sheets, or unreferenced 95 MB parts, took gigabytes and was accepted.
		byte[] workbook = Workbooks.bytes(workbook("bun", "delår"));
		Path bomb = dir.resolve("bun.xlsx");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb));
				var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			// A part nothing refers to, 80 MB of zeros: a few hundred kilobytes packed.
			out.putNextEntry(new java.util.zip.ZipEntry("xl/media/tom.bin"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 80; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		assertTrue(Files.size(bomb) < 2 * 1024 * 1024, "the file itself is small");
		Path output = model.resolve("uppfoljning.styr");
		Run run = govc("import", bomb.toString(), "--modell", model.toString(), "-o", output.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(output), "nothing is written");
		assertTrue(run.err().contains("bun.xlsx: delen xl/media/tom.bin packas upp till mer än en uppföljningsmall kan "
				+ "innehålla (högst 32 MB en del, 64 MB allt). Importera den arbetsbok som govc build skrev, ifylld."),
				run.err());
	}

	/** The metadata row with the key, on the hidden sheet. */
	private static Row metaRow(XSSFWorkbook workbook, String key) {
		for (Row row : workbook.getSheet(WorkbookLayout.META_SHEET)) {
			if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no " + key);
	}

	private static String meta(XSSFWorkbook workbook, String key) {
		Cell cell = metaRow(workbook, key).getCell(1);
		return cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
				? Integer.toString((int) cell.getNumericCellValue()) : cell.getStringCellValue();
	}

	/** What a forger does: recompute the fingerprint from the workbook's own (edited) hidden ids, with some key. */
	private static void refingerprint(XSSFWorkbook workbook, WorkbookKey key) {
		Map<Sheet, List<String>> ids = new EnumMap<>(Sheet.class);
		for (Sheet sheet : Sheet.values()) {
			List<String> rows = new ArrayList<>();
			XSSFSheet found = Workbooks.sheet(workbook, sheet);
			for (int r = WorkbookLayout.FIRST_ROW; r <= found.getLastRowNum(); r++) {
				Row row = found.getRow(r);
				Cell id = row == null ? null : row.getCell(0);
				if (id == null || id.getStringCellValue().isBlank()) {
					continue;
				}
				if (sheet == Sheet.INDICATORS) {
					Cell group = row.getCell(1);
					rows.add(id.getStringCellValue() + "|" + (group == null ? "" : group.getStringCellValue()));
				} else {
					rows.add(id.getStringCellValue());
				}
			}
			ids.put(sheet, rows);
		}
		String fingerprint = FollowUpForm.fingerprint(key, meta(workbook, "kommun"), meta(workbook, "modell"),
				meta(workbook, "nämnd"), meta(workbook, "tillfälle"), meta(workbook, "år"), meta(workbook, "period"), ids);
		Cell cell = metaRow(workbook, "fingeravtryck").getCell(1);
		cell.setBlank(); // else POI keeps an inline string's old text
		cell.setCellValue(fingerprint);
	}

	@Test
	void aRowForAnotherCommitteesGoalIsRefusedEvenWithARecomputedFingerprint() throws IOException {
		// Before: bun's workbook with bun_m2's hidden id changed to the council's kf_m1 and the fingerprint
		// recomputed imported "mål kf_m1 bedöms uppfyllt".
		XSSFWorkbook workbook = workbook("bun", "delår");
		int row = rowOf(workbook, Sheet.GOALS, "testby.bun_m2", null);
		Workbooks.fill(workbook, Sheet.GOALS, "A" + row, "testby.kf_m1");
		Workbooks.fill(workbook, Sheet.GOALS, "E" + row, "Uppfyllt");
		int i3 = rowOf(workbook, Sheet.INDICATORS, "testby.bun_i3", null);
		Workbooks.fill(workbook, Sheet.INDICATORS, "A" + i3, "testby.sn_i1");
		Workbooks.fill(workbook, Sheet.INDICATORS, "J" + i3, 12);
		// Even with the workspace's own key (an insider, or --overifierad) the rows must belong.
		refingerprint(workbook, Workbooks.TEST_KEY);
		Path output = model.resolve("uppfoljning.styr");

		Run run = govc("import", save(workbook, "bun.xlsx").toString(), "--modell", model.toString(), "-o",
				output.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(output), "nothing is written");
		assertTrue(run.err().contains("bun.xlsx: Mål!A" + row + ": 'testby.kf_m1' hör inte till arbetsboken för "
				+ "Barn- och utbildningsnämnden: fyll i varje rad i sin egen nämnds arbetsbok\n"), run.err());
		assertTrue(run.err().contains("bun.xlsx: Indikatorer!A" + i3 + ": 'testby.sn_i1' hör inte till arbetsboken för "
				+ "Barn- och utbildningsnämnden: fyll i varje rad i sin egen nämnds arbetsbok\n"), run.err());
	}

	private static void setMeta(XSSFWorkbook workbook, String key, String value) {
		Cell cell = metaRow(workbook, key).getCell(1);
		cell.setBlank();
		cell.setCellValue(value);
	}

	private Run importInto(Path workbook, String... more) {
		List<String> args = new ArrayList<>(List.of("import", workbook.toString(), "--modell", model.toString(), "-o",
				model.resolve("uppfoljning.styr").toString()));
		args.addAll(List.of(more));
		return govc(args.toArray(String[]::new));
	}

	@Test
	void aFingerprintRecomputedWithoutTheKeyIsRefused() throws IOException {
		// Before: the fingerprint was an unkeyed SHA-256 of public ids, and anyone could recompute it.
		XSSFWorkbook workbook = workbook("bun", "delår");
		int row = rowOf(workbook, Sheet.GOALS, "testby.bun_m2", null);
		Workbooks.sheet(workbook, Sheet.GOALS).removeRow(Workbooks.sheet(workbook, Sheet.GOALS).getRow(row - 1));
		refingerprint(workbook, WorkbookKey.random());
		Run run = importInto(save(workbook, "bun.xlsx"));
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("bun.xlsx: arbetsboken är inte gjord för nämnden 'testby.bun'"), run.err());
		assertFalse(Files.exists(model.resolve("uppfoljning.styr")));
	}

	@Test
	void aChangedCommitteeOrYearIsRefusedNamingIt() throws IOException {
		XSSFWorkbook committee = workbook("bun", "delår");
		setMeta(committee, "nämnd", "testby.sn");
		Run otherCommittee = importInto(save(committee, "bun.xlsx"));
		assertEquals(1, otherCommittee.exitCode(), otherCommittee.out() + otherCommittee.err());
		assertTrue(otherCommittee.err().contains("bun.xlsx: arbetsboken är inte gjord för nämnden 'testby.sn'"),
				otherCommittee.err());

		XSSFWorkbook year = workbook("bun", "delår");
		String original = meta(year, "år");
		String changed = Integer.toString(Integer.parseInt(original) + 1);
		setMeta(year, "år", changed);
		setMeta(year, "period", changed);
		Run otherYear = importInto(save(year, "bun2.xlsx"));
		assertEquals(1, otherYear.exitCode(), otherYear.out() + otherYear.err());
		assertTrue(otherYear.err().contains("bun2.xlsx: året eller perioden (" + changed + ") har ändrats"), otherYear.err());
	}

	@Test
	void withoutTheKeyImportRefusesUnlessToldUnverified() throws IOException {
		Files.delete(model.resolve(WorkbookKey.FILE));
		XSSFWorkbook workbook = workbook("bun", "delår");
		Workbooks.fillAsAPlanner(workbook);
		Path file = save(workbook, "bun.xlsx");
		Run refused = importInto(file);
		assertEquals(1, refused.exitCode(), refused.out() + refused.err());
		assertTrue(refused.err().contains("Arbetsböckerna kan inte verifieras: nyckeln saknas"), refused.err());
		assertFalse(Files.exists(model.resolve("uppfoljning.styr")));

		Run unverified = importInto(file, "--overifierad");
		assertEquals(0, unverified.exitCode(), unverified.out() + unverified.err());
		assertTrue(unverified.err().contains("fingeravtrycket är inte verifierat (--overifierad)"), unverified.err());

		Path keyFile = dir.resolve("nyckel");
		Files.writeString(keyFile, Workbooks.TEST_KEY_TEXT);
		Files.delete(model.resolve("uppfoljning.styr"));
		Run named = importInto(file, "--nyckel", keyFile.toString());
		assertEquals(0, named.exitCode(), named.out() + named.err());
	}

	@Test
	void buildMakesTheKeyBesideTheWorkspaceAndNeverWritesItOut() throws IOException {
		Path workspace = dir.resolve("arbetsyta");
		Files.createDirectories(workspace);
		for (Path file : Files.list(model).filter(f -> f.toString().endsWith(".styr")).toList()) {
			Files.copy(file, workspace.resolve(file.getFileName()));
		}
		Path out = dir.resolve("ut");
		Run build = govc("build", workspace.toString(), "-o", out.toString());
		assertEquals(0, build.exitCode(), build.out() + build.err());
		Path keyFile = workspace.resolve(WorkbookKey.FILE);
		String key = Files.readString(keyFile).strip();
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
		assertEquals(WorkbookKey.FILE + "\n", Files.readString(workspace.resolve(".gitignore")));
		byte[] secret = java.util.Base64.getDecoder().decode(key);
		try (var files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
				assertFalse(text.contains(key) || text.contains(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1)),
						"the key is in " + file);
			}
		}
		// The workbook the build wrote imports with the key it left.
		Path workbook;
		try (var files = Files.list(out.resolve("spreadsheets"))) {
			workbook = files.filter(f -> f.getFileName().toString().startsWith("bun-")).sorted().findFirst().orElseThrow();
		}
		Run imported = govc("import", workbook.toString(), "--modell", workspace.toString());
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
	}
}
