package governance.dsl.generator.html;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import governance.dsl.model.GovernanceView;

/**
 * Where every element of the handbook lives: a page of its own (goal, målområde, organisation,
 * indicator) or an
 * anchor on a shared page. Names come from ids, transliterated to plain ASCII so that they work in
 * every file system and URL; two ids that transliterate alike get a number, in model order, so the
 * names are the same in every build. All links are relative: the pages lie side by side in one folder.
 */
final class Site {

	static final String START = "index.html";
	static final String ORGANISATION = "organisation.html";
	static final String MEASURES = "matt.html";
	static final String ASSIGNMENTS = "uppdrag.html";
	static final String ACTIVITIES = "aktiviteter.html";
	static final String DOCUMENTS = "styrdokument.html";
	static final String FOLLOW_UP = "uppfoljning.html";
	static final String CYCLE = "arshjul.html";
	static final String TRACE = "sparbarhet.html";
	static final String GLOSSARY = "begrepp.html";
	static final String SEARCH = "sok.html";

	/** Names taken per prefix ("mal-", "omrade-" ...), so that a transliteration never collides. */
	private final Set<String> taken = new HashSet<>();
	private final Map<EObject, String> slugs = new IdentityHashMap<>();
	private final Map<EObject, String> hrefs = new IdentityHashMap<>();
	private final Map<String, Integer> ids = new HashMap<>();

	Site(GovernanceView view) {
		view.areas().forEach(a -> page(a, "omrade-"));
		view.goals().forEach(g -> page(g, "mal-"));
		view.organisations().forEach(o -> page(o, "org-"));
		view.measures().forEach(m -> page(m, "matt-"));
		view.assignments().forEach(a -> hrefs.put(a, ASSIGNMENTS + "#" + anchor(a, "uppdrag-")));
		view.activities().forEach(a -> hrefs.put(a, ACTIVITIES + "#" + anchor(a, "aktivitet-")));
		view.plans().forEach(p -> hrefs.put(p, DOCUMENTS + "#" + anchor(p, "plan-")));
		view.documents().forEach(d -> hrefs.put(d, DOCUMENTS + "#" + anchor(d, "sd-")));
		view.missions().forEach(m -> hrefs.put(m, DOCUMENTS + "#" + anchor(m, "gu-")));
		view.visions().forEach(v -> hrefs.put(v, START + "#" + anchor(v, "vision-")));
		view.followUps().forEach(f -> hrefs.put(f, FOLLOW_UP + "#" + anchor(f, "uf-")));
	}

	private void page(EObject object, String prefix) {
		hrefs.put(object, anchor(object, prefix) + ".html");
	}

	private String anchor(EObject object, String prefix) {
		String base = prefix + slug(SimpleAttributeResolver.NAME_RESOLVER.apply(object));
		String name = base;
		for (int n = 2; !taken.add(name); n++) {
			name = base + "-" + n;
		}
		slugs.put(object, name);
		return name;
	}

	/** "bun_m1" → "bun_m1", "sd_jämställdhet" → "sd_jamstalldhet", "Öppen Å" → "oppen-a". */
	static String slug(String id) {
		if (id == null || id.isBlank()) {
			return "x";
		}
		String plain = Normalizer.normalize(id.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "x" : slug;
	}

	/** The link to an element, or null if the handbook has no place for it (another municipality's). */
	String href(EObject object) {
		return object == null ? null : hrefs.get(object);
	}

	boolean has(EObject object) {
		return href(object) != null;
	}

	/** The page (file name) of a goal, målområde, organisation or indicator. */
	String file(EObject object) {
		String href = href(object);
		return href == null ? null : href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
	}

	/** The element's anchor or page name without ".html": unique in the handbook, usable as an HTML id. */
	String id(EObject object) {
		return slugs.get(object);
	}

	/** A fresh HTML id for a page part (a chart, a table caption), unique in the handbook. */
	String freshId(String base) {
		int n = ids.merge(base, 1, Integer::sum);
		return n == 1 ? base : base + "-" + n;
	}
}
