package governance.dsl.generator.html;

import java.util.ArrayList;
import java.util.List;

import gg.jte.Content;

/** A page's facts as label and value (Facts.jte, {@code <dl class="fakta">}); a value is text, a link or a template's content. */
final class Facts {

	record Fact(String label, Content value) {
	}

	private final List<Fact> facts = new ArrayList<>();

	/** A fact whose value is plain text; nothing when the value is null. */
	Facts text(String key, String value) {
		if (value != null) {
			facts.add(new Fact(Html.msg(key), output -> output.writeUserContent(value)));
		}
		return this;
	}

	/** A fact whose value is a technical id, set as code: in the planners' edition only. */
	Facts id(Handbook handbook, String key, String value) {
		if (handbook.edition.showsInternals()) {
			facts.add(new Fact(Html.msg(key), Templates.content("Code.jte", value)));
		}
		return this;
	}

	/** A fact whose value is rendered by a template. */
	Facts content(String key, Content value) {
		facts.add(new Fact(Html.msg(key), value));
		return this;
	}

	/** A fact whose value is a link (or the title alone); nothing when there is none. */
	Facts link(String key, Handbook.Link link) {
		if (link != null) {
			facts.add(new Fact(Html.msg(key), Templates.content("Link.jte", link)));
		}
		return this;
	}

	/** A fact whose value is links, comma-separated. */
	Facts links(String key, List<Handbook.Link> links) {
		facts.add(new Fact(Html.msg(key), Templates.content("Links.jte", links)));
		return this;
	}

	List<Fact> list() {
		return List.copyOf(facts);
	}
}
