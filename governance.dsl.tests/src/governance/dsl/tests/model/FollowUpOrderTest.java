package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.GovernanceView;
import governance.dsl.styrmodell.File;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.tests.TestWorkspace;

/** One order of follow-ups: the year followed up, then when the follow-up is made. */
class FollowUpOrderTest {

	private static final String MODEL = """
			kommun k "Kommunen"
			styrmodell m "Modell" {
			  uppföljningstillfälle månadsrapport "Månadsrapport"
			  uppföljningstillfälle delår "Delårsrapport" månad augusti
			  uppföljningstillfälle årsredovisning "Årsredovisning" månad december
			  uppföljningstillfälle kvartal4 "Kvartalsuppföljning 4" månad januari året efter
			}
			""";

	private static TestWorkspace workspace(String... followUps) {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", MODEL);
		for (int i = 0; i < followUps.length; i++) {
			workspace.file("u" + i + ".styr", "kommun k\n" + followUps[i]);
		}
		for (String name : workspace.names()) {
			assertTrue(workspace.resource(name).getErrors().isEmpty(), name + ": " + workspace.resource(name).getErrors());
		}
		return workspace;
	}

	private static List<String> order(TestWorkspace workspace) {
		List<File> files = new ArrayList<>();
		workspace.names().forEach(name -> files.add((File) workspace.resource(name).getContents().get(0)));
		GovernanceView view = GovernanceView.of(files).get("k");
		return view.followUps().stream().map(FollowUp::getName).toList();
	}

	@Test
	void theAnnualReportIsLatestAfterAJanuaryMonthlyReportAndTheInterimReport() {
		TestWorkspace workspace = workspace(
				"uppföljning årsred \"Årsredovisning 2020\" { tillfälle årsredovisning år 2020 }",
				"uppföljning jan \"Månadsrapport januari 2020\" { tillfälle månadsrapport år 2020 månad januari }",
				"uppföljning aug \"Delårsrapport augusti 2020\" { tillfälle delår år 2020 }",
				"uppföljning dec19 \"Årsredovisning 2019\" { tillfälle årsredovisning år 2019 }");
		assertEquals(List.of("dec19", "jan", "aug", "årsred"), order(workspace));
	}

	@Test
	void aDateOrThePointsYearAfterPlacesAReportMadeInTheNextYear() {
		TestWorkspace workspace = workspace(
				"uppföljning q4 \"Kvartal 4 2023\" { tillfälle kvartal4 år 2023 }",
				"uppföljning aug \"Delårsrapport 2023\" { tillfälle delår år 2023 }",
				"uppföljning feb \"Månadsrapport februari 2024\" { tillfälle månadsrapport år 2024 datum 2024-03-05 }",
				"uppföljning jan \"Månadsrapport januari 2024\" { tillfälle månadsrapport år 2024 månad januari }");
		assertEquals(List.of("aug", "q4", "jan", "feb"), order(workspace));
		List<File> files = new ArrayList<>();
		workspace.names().forEach(name -> files.add((File) workspace.resource(name).getContents().get(0)));
		FollowUp q4 = GovernanceView.of(files).get("k").followUps().get(1);
		assertEquals("2024-01", FollowUpOrder.when(q4).toString());
	}
}
