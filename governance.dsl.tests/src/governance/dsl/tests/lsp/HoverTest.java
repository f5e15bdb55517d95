package governance.dsl.tests.lsp;

import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hover, on the Linköping example: what a planner reads when pointing at a goal, an indicator or an id. */
class HoverTest extends LanguageServerTestBase {

	@BeforeEach
	void openLinkoping() {
		openExample("linkoping");
	}

	private Hover hover(String file, Position position) throws Exception {
		openFile(file);
		return languageServer.hover(new HoverParams(document(file), position)).get();
	}

	@Test
	void aCouncilGoalShowsItsDesiredStateAreaMeasuresAgainstTargetsAndLatestAssessment() throws Exception {
		// Pointing at the council goal where a committee goal leads to it.
		Hover hover = hover("bun.styr", positionOf("bun.styr", "leder till kf_m1", 0, 12));
		Assertions.assertEquals("markdown", hover.getContents().getRight().getKind());
		Assertions.assertEquals("""
				**Mål** `kf_m1`: Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i

				Önskat läge: Linköping växer med blandad bebyggelse, gröna och trygga offentliga miljöer och ett starkt näringsliv.

				Målområde: Samhälle · Nivå: Kommun · Ägare: Kommunfullmäktige · Period: 2019-2022

				Mått:
				- `kf_m1_i1` Andel invånare som känner sig trygga utomhus i sitt bostadsområde när det är mörkt: utfall 2019: I.U., inget målvärde för perioden
				- `kf_m1_i2` Antal färdigställda bostäder per år: utfall 2019: 1 240 bostäder (prognos), målvärde 2019–2022: minst 1 200 bostäder: uppnått

				Senaste bedömning: Delvis uppfyllt (Delårsrapport augusti 2019)""", hover.getContents().getRight().getValue());
		// The hovered id is what the editor highlights.
		Assertions.assertEquals("[14:16 - 14:21]", show(hover.getRange()));
	}

	@Test
	void aCommitteeGoalShowsTheGoalItLeadsTo() throws Exception {
		Hover hover = hover("bun.styr", positionOf("bun.styr", "mål bun_m3 ", 0, 5));
		Assertions.assertEquals("""
				**Mål** `bun_m3`: Barn- och ungdomsnämndens verksamhet har en ekonomi i balans

				Målområde: Ekonomi · Nivå: Styrelse och nämnd · Ägare: Barn- och ungdomsnämnden · Period: 2019-2022

				Leder till: `kf_m3` Linköpings kommun har en stabil och god ekonomi

				Mått:
				- `bun_m3_i1` Budgetavvikelse i förhållande till nämndens kommunbidrag: utfall 2019: -0,8 % (prognos), målvärde 2019–2022: minst 0 %: inte uppnått

				Senaste bedömning: Ej uppfyllt (Delårsrapport augusti 2019)""", hover.getContents().getRight().getValue());
	}

	@Test
	void anIndicatorShowsItsTargetsAndItsOutcomesFromTheFollowUp() throws Exception {
		Hover hover = hover("kf.styr", positionOf("kf.styr", "indikator kf_m1_i2", 0, 12));
		Assertions.assertEquals("""
				**Indikator** `kf_m1_i2`: Antal färdigställda bostäder per år

				Nämndindikator för samhällsbyggnadsnämnden; målvärdet beslutas av nämnden.

				Mål: `kf_m1` Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i · Enhet: bostäder · Riktning: högre · Källa: SCB: SCB, bostadsbyggande

				Utgångsvärde: 2018: 1 180 bostäder (prognos)

				Målvärden:
				- 2019–2022: minst 1 200 bostäder

				Utfall:
				- 2019: 1 240 bostäder (prognos) (Delårsrapport augusti 2019)""", hover.getContents().getRight().getValue());
	}

	@Test
	void anOrganisationShowsItsKindAndTitle() throws Exception {
		Hover hover = hover("bun.styr", positionOf("bun.styr", "ägare bun", 0, 6));
		Assertions.assertEquals("**Nämnd** `bun`: Barn- och ungdomsnämnden", hover.getContents().getRight().getValue());
	}

	@Test
	void anAreaShowsItsDescription() throws Exception {
		Hover hover = hover("bun.styr", positionOf("bun.styr", "målområde ekonomi", 0, 10));
		Assertions.assertEquals("""
				**Målområde** `ekonomi`: Ekonomi

				Målområdet har både ett yttre och inre fokus och beskriver vad kommunen ska uppnå för en stabil och god ekonomi.""",
				hover.getContents().getRight().getValue());
	}

	@Test
	void theModelDefinitionShowsWhenTheHandbookIsPublished() throws Exception {
		// Linköping states no date: the latest follow-up's (the delårsrapport of 2019-08-31) is the publication date.
		Hover hover = hover("modell.styr", positionOf("modell.styr", "styrmodell linkopingsmodellen", 0, 14));
		String value = hover.getContents().getRight().getValue();
		Assertions.assertTrue(value.startsWith("**Styrmodell** `linkopingsmodellen`: Kommungemensam modell för mål- och verksamhetsstyrning\n\n"), value);
		Assertions.assertTrue(value.endsWith("\n\nPublicerad: 2019-08-31"), value);
	}

	@Test
	void aProfileColourWithoutContrastShowsTheShadeTheHandbookUsesAndTheStatedDate() throws Exception {
		String text = text("modell.styr").replace("  kolada \"0580\"\n", "  kolada \"0580\"\n  logotyp \"logga.svg\"\n"
				+ "  profilfärg \"#ffcc00\"\n  webbplats \"https://www.linkoping.se\"\n  publicerad 2019-10-01\n");
		write("logga.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		write("modell.styr", text);
		openWith("modell.styr", text);
		String value = languageServer.hover(new HoverParams(document("modell.styr"),
				positionOf("modell.styr", "styrmodell linkopingsmodellen", 0, 14))).get().getContents().getRight().getValue();
		Assertions.assertTrue(value.endsWith("\n\nLogotyp: logga.svg · Profilfärg: #ffcc00 (kontrast 1,5:1 mot vit text; "
				+ "handboken använder #8e7200) · Webbplats: https://www.linkoping.se · Publicerad: 2019-10-01"), value);
	}

	@Test
	void nothingOnAKeyword() throws Exception {
		Hover hover = hover("bun.styr", positionOf("bun.styr", "målområde ekonomi", 0, 2));
		// Xtext answers "no hover" with empty contents.
		Assertions.assertEquals("", hover.getContents().getRight().getValue());
		assertNull(hover.getRange());
	}
}
