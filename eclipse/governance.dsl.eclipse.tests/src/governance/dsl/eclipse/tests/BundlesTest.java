package governance.dsl.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The project's bundles in OSGi: they resolve, say what they export, and carry a real version. */
class BundlesTest {

	private static final List<String> PROJECT_BUNDLES = List.of("governance.dsl", "governance.dsl.ide", "governance.dsl.eclipse");
	private final BundleContext context = FrameworkUtil.getBundle(BundlesTest.class).getBundleContext();

	@Test
	void everyBundleResolves() {
		List<String> unresolved = Arrays.stream(context.getBundles())
				.filter(bundle -> bundle.getState() == Bundle.INSTALLED)
				.map(bundle -> bundle.getSymbolicName() + " " + bundle.getVersion()).toList();
		assertEquals(List.of(), unresolved);
		for (String name : PROJECT_BUNDLES) {
			assertNotNull(bundle(name), name);
		}
	}

	@Test
	void theServersStartingPointLoadsFromThePlugIn() throws Exception {
		Bundle plugIn = bundle("governance.dsl.eclipse");
		assertNotNull(plugIn.loadClass("governance.dsl.eclipse.StyrmodellConnectionProvider"));
		assertNotNull(plugIn.loadClass("governance.dsl.ide.server.StyrmodellLanguageServer"));
	}

	/** The plug-in imports LSP4E's server package optionally; here it is wired to the stand-in. */
	@Test
	void thePlugInsImportOfLsp4eIsOptionalAndWired() {
		Bundle plugIn = bundle("governance.dsl.eclipse");
		assertTrue(plugIn.getHeaders().get("Import-Package").contains("org.eclipse.lsp4e.server;version=\"0.1.0\";resolution:=optional"),
				plugIn.getHeaders().get("Import-Package"));
		List<String> wired = new ArrayList<>();
		for (BundleWire wire : plugIn.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
			wired.add(String.valueOf(wire.getCapability().getAttributes().get("osgi.wiring.package")));
		}
		assertTrue(wired.contains("org.eclipse.lsp4e.server"), wired.toString());
	}

	/**
	 * Every bundle of the project is 1.0.0 with the same qualifier, the commit's time: never the
	 * literal "qualifier", with which p2 could not see an update.
	 */
	@Test
	void theProjectsBundlesCarryTheCommitsQualifier() {
		Set<String> qualifiers = new TreeSet<>();
		for (String name : PROJECT_BUNDLES) {
			Version version = bundle(name).getVersion();
			assertEquals("1.0.0", version.getMajor() + "." + version.getMinor() + "." + version.getMicro(), name);
			assertTrue(Pattern.matches("v\\d{8}-\\d{4}", version.getQualifier()), name + " " + version);
			qualifiers.add(version.getQualifier());
		}
		assertEquals(1, qualifiers.size(), qualifiers.toString());
	}

	/** A package that holds classes but is not exported is a manifest that drifted from the code. */
	@Test
	void everyPackageOfTheLanguageBundlesIsExported() {
		for (String name : List.of("governance.dsl", "governance.dsl.ide")) {
			Bundle bundle = bundle(name);
			Set<String> exported = new TreeSet<>();
			for (String clause : bundle.getHeaders().get("Export-Package").split(",(?=[a-zA-Z])")) {
				exported.add(clause.split(";")[0].trim());
			}
			Set<String> withClasses = new TreeSet<>();
			for (URL entry : Collections.list(bundle.findEntries("/", "*.class", true))) {
				String path = entry.getPath();
				withClasses.add(path.substring(1, path.lastIndexOf('/')).replace('/', '.'));
			}
			withClasses.removeAll(exported);
			assertEquals(Set.of(), withClasses, name);
		}
	}

	private Bundle bundle(String name) {
		return Arrays.stream(context.getBundles()).filter(bundle -> name.equals(bundle.getSymbolicName())).findFirst()
				.orElse(null);
	}
}
