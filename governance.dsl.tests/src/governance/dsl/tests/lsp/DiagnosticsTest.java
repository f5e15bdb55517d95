package governance.dsl.tests.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Diagnostics as the planner types, and which files of a workspace the server reads at all. */
class DiagnosticsTest extends LanguageServerTestBase {

	@Test
	void theExampleOpensWithoutDiagnostics() {
		openExample("linkoping");
		for (String file : List.of("bun.styr", "kf.styr", "kfn.styr", "ks.styr", "modell.styr",
				"uppfoljning-delar-2019.styr")) {
			Assertions.assertEquals(List.of(), diagnosticsOf(file), file);
		}
		Assertions.assertEquals(6, getDiagnostics().size(), getDiagnostics().keySet().toString());
	}

	@Test
	void anErrorAppearsAsYouTypeAndGoesWhenFixed() {
		openExample("linkoping");
		openFile("bun.styr");
		String original = text("bun.styr");
		change("bun.styr", original.replace("    målområde ekonomi\n", "    målområde ekonomin\n"));
		Assertions.assertEquals(List.of("61:15 Error Målområdet 'ekonomin' finns inte. Menade du ekonomi?"),
				diagnosticsOf("bun.styr"));
		change("bun.styr", original);
		Assertions.assertEquals(List.of(), diagnosticsOf("bun.styr"));
	}

	@Test
	void oneGarbageLineGivesItsOwnSyntaxErrorAndNothingElse() {
		openExample("linkoping");
		openFile("bun.styr");
		String original = text("bun.styr");
		change("bun.styr", original.replace("    målområde ekonomi\n", "    målområde ekonomi\n    det här ska bort\n"));
		Assertions.assertEquals(List.of("62:5 Error 'det' hör inte hit. Här väntas ett av: nivå, ägare, ansvarig, målområde, "
				+ "önskat läge, beskrivning, period, leder till, grunduppdrag, styrdokument, agenda2030, beslut, …"),
				diagnosticsOf("bun.styr"));
		for (String file : List.of("kf.styr", "kfn.styr", "ks.styr", "modell.styr", "uppfoljning-delar-2019.styr")) {
			Assertions.assertEquals(List.of(), diagnosticsOf(file), file);
		}
	}

	@Test
	void diagnosticsCarryTheLanguagesCodesNotXtextsClassNames() {
		openExample("linkoping");
		openFile("bun.styr");
		String original = text("bun.styr");
		change("bun.styr", original.replace("    målområde ekonomi\n", "    målområde ekonomin\n    det här ska bort\n")
				.replace("leder till kf_m3", "leder till kf_m3\n    beskrivning \"\""));
		List<String> codes = getDiagnostics().get(uri("bun.styr")).stream()
				.map(d -> d.getSource() + " " + d.getCode().getLeft()).sorted().toList();
		Assertions.assertFalse(codes.isEmpty());
		for (String code : codes) {
			Assertions.assertTrue(code.startsWith("styrmodell styrmodell."), code);
		}
		Assertions.assertTrue(codes.contains("styrmodell styrmodell.syntax"), codes.toString());
	}

	@Test
	void aChangeInOneFileIsCheckedInTheFilesThatReferToIt() {
		openExample("linkoping");
		openFile("kf.styr");
		// Renaming the council goal by hand breaks the committee goals that lead to it.
		change("kf.styr", text("kf.styr").replace("mål kf_m1 \"", "mål kf_m0 \"").replace("mål kf_m1\n", "mål kf_m0\n"));
		Assertions.assertEquals(List.of("14:16 Error Målet 'kf_m1' finns inte. Menade du kf_m0, kf_m2, kf_m3?"),
				diagnosticsOf("bun.styr"));
	}

	@Test
	void copiesUnderBuildAndDependencyFoldersAreNotIndexed() {
		write("target/classes/kf.styr", text0("kf.styr"));
		write("node_modules/plan/kf.styr", text0("kf.styr"));
		write(".git/kf.styr", text0("kf.styr"));
		openExample("linkoping");
		// No "id used twice" on kf.styr, and nothing at all for the copies.
		Assertions.assertEquals(List.of(), diagnosticsOf("kf.styr"));
		Assertions.assertEquals(List.of(uri("bun.styr"), uri("kf.styr"), uri("kfn.styr"), uri("ks.styr"), uri("modell.styr"),
				uri("uppfoljning-delar-2019.styr")), getDiagnostics().keySet().stream().sorted().toList());
		// A build that writes another copy later is ignored as well.
		didCreateWatchedFiles(write("target/copy/kf.styr", text0("kf.styr")));
		Assertions.assertEquals(List.of(), diagnosticsOf("kf.styr"));
		Assertions.assertEquals(6, getDiagnostics().size());
	}

	@Test
	void aPipeOrADeviceNamedStyrIsNotRead() throws Exception {
		// Before: the server's first build opened the pipe and waited for a writer for ever.
		Path pipe = workspace.resolve("ror.styr");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
				"mkfifo is missing: the test of a pipe in the workspace is skipped");
		Files.createSymbolicLink(workspace.resolve("noll.styr"), Path.of("/dev/zero"));
		openExample("linkoping");
		Assertions.assertEquals(List.of(uri("bun.styr"), uri("kf.styr"), uri("kfn.styr"), uri("ks.styr"), uri("modell.styr"),
				uri("uppfoljning-delar-2019.styr")), getDiagnostics().keySet().stream().sorted().toList());
	}

	@Test
	void aFileOpenedWithoutAFolderIsCheckedOnItsOwn() {
		// As an editor that opens one file, not a folder: no root and no workspace folders.
		String file = write("loose/bun.styr", text0("bun.styr"));
		initialize(params -> {
			params.setRootUri(null);
			params.setWorkspaceFolders(null);
			params.getCapabilities().setWorkspace(null);
		});
		open(file, text0("bun.styr"));
		// The other files of the municipality are not there, so the references to them are missing.
		Assertions.assertEquals("8:9 Error Organisationen 'bun' finns inte. Det finns inget sådant att hänvisa till än.",
				diagnosticsOf("loose/bun.styr").get(0));
	}

	private static String text0(String exampleFile) {
		return read(java.nio.file.Path.of("examples", "linkoping", exampleFile));
	}
}
