package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import governance.dsl.model.GovernanceView;
import governance.dsl.model.Publishing;
import governance.dsl.styrmodell.File;
import governance.dsl.tests.TestWorkspace;

/** How a municipality publishes its handbook: colour and contrast, website, logo, publication date. */
class PublishingTest {

	@Test
	void aColourIsAHexCodeOfThreeOrSixDigitsAndNothingElse() {
		assertEquals("#00606b", Publishing.colour("#00606B"));
		assertEquals("#2277cc", Publishing.colour(" #27c "));
		assertNull(Publishing.colour("grön"), "a colour name is no profile colour");
		assertNull(Publishing.colour("00606b"));
		assertNull(Publishing.colour("#00606"));
		assertNull(Publishing.colour(null));
	}

	@Test
	void contrastIsWcags() {
		assertEquals(21.0, Publishing.contrast("#000000", "#ffffff"), 0.01);
		assertEquals(1.0, Publishing.contrast("#00606b", "#00606b"), 0.01);
		assertEquals(4.54, Publishing.contrast("#767676", "#ffffff"), 0.01);
	}

	@Test
	void aDarkColourStaysAndALightOneGetsTheLightestDarkerShadeWhiteTextStandsOn() {
		assertTrue(Publishing.hasContrast("#00606b"));
		assertEquals("#00606b", Publishing.onWhiteText("#00606b"));
		assertFalse(Publishing.hasContrast("#ffcc00"));
		String shade = Publishing.onWhiteText("#ffcc00");
		assertTrue(Publishing.contrast(shade, "#ffffff") >= 4.5, shade);
		assertEquals("#8e7200", shade, "the same hue, each channel scaled down just enough");
		assertEquals("#000000", Publishing.onWhiteText("#000"));
		assertNull(Publishing.onWhiteText("gul"));
	}

	@Test
	void aWebsiteIsAWebAddressWithAHost() {
		assertTrue(Publishing.isWebsite("https://www.perstorp.se"));
		assertTrue(Publishing.isWebsite("http://kommun.se/styrning"));
		assertFalse(Publishing.isWebsite("www.perstorp.se"), "without https:// a browser reads it as a file");
		assertFalse(Publishing.isWebsite("https://"));
		assertFalse(Publishing.isWebsite("ftp://kommun.se"));
		assertFalse(Publishing.isWebsite("https://www.kommun .se"));
	}

	@Test
	void aLogoIsAnImageAndKeepsItsTypeUnderTheHandbooksName() {
		assertEquals("logotyp.svg", Publishing.logoFileName("bilder/Perstorp.SVG"));
		assertEquals("logotyp.jpg", Publishing.logoFileName("logga.jpeg"));
		assertNull(Publishing.logoFileName("logga.pdf"));
	}

	private static final String MODEL = """
			kommun k "Kommunen"
			styrmodell m "Modell" {
			  uppföljningstillfälle delår "Delårsrapport" månad augusti
			  %s
			}
			""";

	private static Optional<Publishing.Date> date(String modelLine, String... followUps) {
		TestWorkspace workspace = new TestWorkspace().file("modell.styr", MODEL.formatted(modelLine));
		for (int i = 0; i < followUps.length; i++) {
			workspace.file("u" + i + ".styr", "kommun k\n" + followUps[i]);
		}
		List<File> files = new ArrayList<>();
		for (String name : workspace.names()) {
			assertTrue(workspace.resource(name).getErrors().isEmpty(), name + ": " + workspace.resource(name).getErrors());
			files.add((File) workspace.resource(name).getContents().get(0));
		}
		GovernanceView view = GovernanceView.of(files).get("k");
		return Publishing.date(view.definition(), view.followUps());
	}

	@Test
	void theDateTheModelStatesComesFirst() {
		Publishing.Date date = date("publicerad 2024-09-30",
				"uppföljning d \"Delår\" { tillfälle delår år 2024 datum 2024-08-31 }").orElseThrow();
		assertEquals("2024-09-30", date.label());
		assertTrue(date.stated());
	}

	@Test
	void elseTheLatestFollowUpsDate() {
		Publishing.Date date = date("", "uppföljning d \"Delår\" { tillfälle delår år 2024 datum 2024-08-31 }",
				"uppföljning d23 \"Delår 2023\" { tillfälle delår år 2023 datum 2023-09-15 }").orElseThrow();
		assertEquals("2024-08-31", date.iso());
		assertFalse(date.stated());
	}

	@Test
	void elseTheMonthTheLatestFollowUpIsMade() {
		Publishing.Date date = date("", "uppföljning d \"Delår\" { tillfälle delår år 2024 }").orElseThrow();
		assertEquals("augusti 2024", date.label());
		assertEquals("2024-08", date.iso());
	}

	@Test
	void withoutFollowUpsOrAStatedDateThereIsNone() {
		assertTrue(date("").isEmpty(), "never the clock");
	}
}
