package governance.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import governance.dsl.generator.xlsx.WorkbookKey;

/** The workspace's workbook key: made once by a build, kept secret, the same MAC for the same key. */
class WorkbookKeyTest {

	@TempDir
	Path workspace;

	@Test
	void buildMakesAPrivateGitIgnoredKeyOnceAndImportFindsIt() throws Exception {
		Files.writeString(workspace.resolve(".gitignore"), "out/");
		assertNull(WorkbookKey.forImport(null, null, workspace), "an import never makes a key");
		WorkbookKey first = WorkbookKey.forBuild(null, null, workspace);
		Path file = workspace.resolve(WorkbookKey.FILE);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals("out/\n" + WorkbookKey.FILE + "\n", Files.readString(workspace.resolve(".gitignore")));
		WorkbookKey second = WorkbookKey.forBuild(null, null, workspace);
		assertEquals(first.mac("bun"), second.mac("bun"), "a second build uses the same key");
		assertEquals(first.mac("bun"), WorkbookKey.forImport(null, null, workspace).mac("bun"));
		assertEquals("out/\n" + WorkbookKey.FILE + "\n", Files.readString(workspace.resolve(".gitignore")), "named once");
		String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
		assertFalse(first.toString().contains(secret));
	}

	@Test
	void optionAndEnvironmentComeBeforeTheWorkspaceFile() throws Exception {
		String environment = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
		WorkbookKey fromEnvironment = WorkbookKey.forBuild(null, environment, workspace);
		assertFalse(Files.exists(workspace.resolve(WorkbookKey.FILE)), "a given key makes no file");
		Path named = workspace.resolve("annan-nyckel");
		Files.writeString(named, "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=\n");
		WorkbookKey fromOption = WorkbookKey.forImport(named, environment, workspace);
		assertNotEquals(fromEnvironment.mac("bun"), fromOption.mac("bun"));
		assertEquals(fromEnvironment.mac("bun"), WorkbookKey.forImport(null, environment, workspace).mac("bun"));
		assertEquals(32, fromOption.mac("bun").length());
	}

	@Test
	void aBrokenKeyIsASwedishMessage() {
		var notBase64 = assertThrows(WorkbookKey.KeyProblem.class, () -> WorkbookKey.forBuild(null, "inte en nyckel!", workspace));
		assertTrue(notBase64.getMessage().contains("base64"), notBase64.getMessage());
		var shortKey = assertThrows(WorkbookKey.KeyProblem.class, () -> WorkbookKey.forBuild(null, "AAEC", workspace));
		assertTrue(shortKey.getMessage().contains("minst 16"), shortKey.getMessage());
		var missing = assertThrows(WorkbookKey.KeyProblem.class,
				() -> WorkbookKey.forImport(workspace.resolve("finns-inte"), null, workspace));
		assertTrue(missing.getMessage().contains("går inte att läsa"), missing.getMessage());
	}
}
