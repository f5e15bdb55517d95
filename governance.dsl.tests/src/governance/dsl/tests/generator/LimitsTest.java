package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.tests.CommandLineTest;

/** Check refuses what build cannot write: no input that checks clean ends in an internal error in the build. */
class LimitsTest {

	@TempDir
	Path dir;

	@Test
	void numbersWithMoreDigitsThanADoubleHoldsAreRefusedByCheck() throws IOException {
		// Before: both checked clean and the build ended in "internt fel" (NumberFormatException).
		Path model = Workbooks.writeFixture(dir.resolve("modell"));
		String huge = "1".repeat(400);
		String tenTo308 = "1" + "0".repeat(308);
		Files.writeString(model.resolve("sn.styr"), Workbooks.FIXTURE.get("sn.styr")
				.replace("målvärde 2024: 40", "utgångsvärde 2023: " + tenTo308 + "\n      målvärde 2024: −" + tenTo308
						+ "\n      utfall 2023: " + huge),
				StandardCharsets.UTF_8);
		CommandLineTest.Run check = CommandLineTest.govc("check", model.toString());
		assertEquals(1, check.exitCode(), check.out());
		Path file = model.resolve("sn.styr");
		assertEquals(List.of(
				file + ":13:26: error: Talet har 309 siffror; högst 15 går att räkna med exakt: skriv det med färre siffror,"
						+ " till exempel i en större enhet (mnkr i stället för kr).",
				file + ":14:22: error: Talet har 309 siffror; högst 15 går att räkna med exakt: skriv det med färre siffror,"
						+ " till exempel i en större enhet (mnkr i stället för kr).",
				file + ":15:20: error: Talet har 400 siffror; högst 15 går att räkna med exakt: skriv det med färre siffror,"
						+ " till exempel i en större enhet (mnkr i stället för kr)."),
				check.out().lines().filter(l -> l.contains("Talet har")).toList(), check.out());
		Path out = dir.resolve("ut");
		CommandLineTest.Run build = CommandLineTest.govc("build", model.toString(), "-o", out.toString());
		assertEquals(1, build.exitCode(), build.out() + build.err());
		assertFalse(build.err().contains("internt fel"), build.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void fifteenDigitsAreFine() throws IOException {
		Path model = Workbooks.writeFixture(dir.resolve("modell"));
		Files.writeString(model.resolve("sn.styr"), Workbooks.FIXTURE.get("sn.styr")
				.replace("målvärde 2024: 40", "målvärde 2024: 40\n      utfall 2023: 123 456 789,012345\n"
						+ "      utfall 2022: −0,000000000000001"),
				StandardCharsets.UTF_8);
		CommandLineTest.Run check = CommandLineTest.govc("check", model.toString());
		assertFalse(check.out().contains("Talet har"), check.out());
	}

	@Test
	void anAnalysisLongerThanACellHoldsBuildsAndIsCutVisiblyInTheWorkbook() throws IOException {
		// Before: "internt fel: IllegalArgumentException: The maximum length of cell contents (text) is 32767 characters".
		Path model = Workbooks.writeFixture(dir.resolve("modell"));
		String analysis = "Lång analys. ".repeat(40_000 / 13 + 1).substring(0, 40_000);
		Files.writeString(model.resolve("uppfoljning.styr"), """
				kommun testby

				uppföljning bun_delår_2024 "Delårsrapport 2024" {
				  tillfälle delår
				  ägare bun
				  år 2024
				  mål bun_m1 bedöms delvis analys "%s"
				}
				""".formatted(analysis), StandardCharsets.UTF_8);
		Path out = dir.resolve("ut");
		CommandLineTest.Run build = CommandLineTest.govc("build", model.toString(), "-o", out.toString());
		assertEquals(0, build.exitCode(), build.out() + build.err());
		List<String> longTexts = new ArrayList<>();
		try (Stream<Path> files = Files.list(out.resolve("spreadsheets"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
				try (XSSFWorkbook workbook = Workbooks.open(file)) {
					for (Sheet sheet : workbook) {
						for (Row row : sheet) {
							for (Cell cell : row) {
								if (cell.getCellType() == CellType.STRING
										&& cell.getStringCellValue().startsWith("Lång analys.")) {
									longTexts.add(cell.getStringCellValue());
								}
							}
						}
					}
				}
			}
		}
		assertEquals(1, longTexts.size(), "the analysis in bun's workbook");
		assertEquals(32_767, longTexts.get(0).length());
		assertTrue(longTexts.get(0).endsWith("…"));
	}
}
