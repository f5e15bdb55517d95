package governance.dsl.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import governance.dsl.model.Texts;
import governance.dsl.model.Texts.Block;

/** Written texts as paragraphs and bullet lists, without the file's layout. */
class TextsTest {

	@Test
	void linesWithoutABlankLineReadAsOneParagraph() {
		assertEquals(List.of(Block.paragraph("Inre effektivitet: bra. Yttre effektivitet: sämre.")),
				Texts.blocks("Inre effektivitet: bra.\n      Yttre effektivitet:   sämre."));
		assertEquals("Inre effektivitet: bra. Yttre effektivitet: sämre.",
				Texts.normalized("Inre effektivitet: bra.\n      Yttre effektivitet:   sämre."));
		assertFalse(Texts.isStructured("En rad.\nEn till."));
	}

	@Test
	void aNameFromOutsideIsPutOnOneLine() {
		assertEquals("bok kommun k mål x.xlsx", Texts.oneLine("bok\nkommun k\r\nmål x.xlsx"));
		assertEquals("a b c", Texts.oneLine("a\u2028b\u202Ec\u0000"));
		assertEquals("Linköping – uppföljning.xlsx", Texts.oneLine("Linköping – uppföljning.xlsx"));
	}

	@Test
	void aBlankLineSeparatesParagraphs() {
		assertEquals(List.of(Block.paragraph("Första."), Block.paragraph("Andra.")), Texts.blocks("Första.\n   \n\nAndra.\r\n"));
		assertTrue(Texts.isStructured("Första.\n\nAndra."));
	}

	@Test
	void linesStartingWithABulletAreAListWhoseItemsMayWrap() {
		List<Block> blocks = Texts.blocks("""
				Åtgärder:
				- Fler lärare
				  i matematik
				– Läxhjälp
				• Mentorer

				Uppföljning i oktober.""");
		assertEquals(List.of(Block.paragraph("Åtgärder:"), new Block(true, List.of("Fler lärare i matematik", "Läxhjälp", "Mentorer")),
				Block.paragraph("Uppföljning i oktober.")), blocks);
		assertEquals("Åtgärder:\n\n- Fler lärare i matematik\n- Läxhjälp\n- Mentorer\n\nUppföljning i oktober.",
				Texts.normalized("Åtgärder:\n- Fler lärare\n  i matematik\n– Läxhjälp\n• Mentorer\n\nUppföljning i oktober."));
	}

	@Test
	void aDashWithoutSpaceIsNoBulletAndNothingIsNoBlock() {
		assertEquals(List.of(Block.paragraph("-3 % mot budget")), Texts.blocks("-3 % mot budget"));
		assertEquals(List.of(), Texts.blocks(null));
		assertEquals(List.of(), Texts.blocks("  \n "));
		assertEquals(null, Texts.normalized(null));
	}
}
