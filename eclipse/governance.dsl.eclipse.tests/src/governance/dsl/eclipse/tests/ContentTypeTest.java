package governance.dsl.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.content.IContentTypeManager;
import org.junit.jupiter.api.Test;

/** A .styr file is a Styrmodell file to Eclipse: a kind of text, in UTF-8. */
class ContentTypeTest {

	@Test
	void aStyrFileGetsTheStyrmodellContentType() {
		IContentTypeManager manager = Platform.getContentTypeManager();
		assertNotNull(manager, "no content type manager: Declarative Services (Felix SCR) not started");
		IContentType type = manager.findContentTypeFor("kf.styr");
		assertNotNull(type);
		assertEquals(Ids.CONTENT_TYPE, type.getId());
		assertEquals("Styrmodell", type.getName());
		assertTrue(type.isKindOf(manager.getContentType(IContentTypeManager.CT_TEXT)));
		assertEquals("UTF-8", type.getDefaultCharset());
	}

	@Test
	void otherFilesDoNot() {
		IContentType type = Platform.getContentTypeManager().findContentTypeFor("kf.styr.txt");
		assertTrue(type == null || !Ids.CONTENT_TYPE.equals(type.getId()));
	}
}
