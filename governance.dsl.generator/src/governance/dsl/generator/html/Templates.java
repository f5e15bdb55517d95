package governance.dsl.generator.html;

import java.util.Map;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The handbook's jte templates (governance.dsl.generator/jte), compiled to classes of this package at build
 * time: no template is read or compiled at run time, so the jar, govc-all.jar and the Maven plugin
 * need only these classes. Html content type: every {@code ${...}} is escaped for where it stands.
 */
final class Templates {

	/** This class's loader: the Maven plugin runs in its own class realm, not the thread's. */
	private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
			Templates.class.getClassLoader(), Templates.class.getPackageName());

	private Templates() {
	}

	/** The template {@code name} ("Layout.jte") with its parameters, as a string. */
	static String render(String name, Map<String, Object> parameters) {
		StringOutput output = new StringOutput(16 * 1024);
		ENGINE.render(name, parameters, output);
		return output.toString();
	}

	/** A template with one parameter as content for another (a page's body inside the layout). */
	static Content content(String name, Object parameter) {
		return output -> ENGINE.render(name, parameter, output);
	}
}
