package governance.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The serializer writes back every model the parser reads: each example is copied without its
 * text, written out from the model alone, read again, and compared element by element.
 */
class SerializerRoundTripTest {

	static List<String> examples() {
		return TestWorkspace.exampleNames();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleSurvivesSerialization(String example) throws IOException {
		TestWorkspace original = TestWorkspace.example(example);
		EcoreUtil.resolveAll(original.resourceSet());
		List<String> names = original.names();

		// Copy all files together, so references between them point at the copies.
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<EObject> roots = names.stream().map(original::root).map(EObject.class::cast).toList();
		List<EObject> copies = new ArrayList<>(copier.copyAll(roots));
		copier.copyReferences();
		XtextResourceSet copySet = TestWorkspace.injector().getInstance(XtextResourceSet.class);
		for (int i = 0; i < names.size(); i++) {
			Resource resource = copySet.createResource(URI.createURI("memory:/copy/" + names.get(i)));
			resource.getContents().add(copies.get(i));
		}

		ISerializer serializer = TestWorkspace.injector().getInstance(ISerializer.class);
		TestWorkspace reread = new TestWorkspace();
		for (int i = 0; i < names.size(); i++) {
			String text = serializer.serialize(copies.get(i), SaveOptions.newBuilder().format().getOptions());
			reread.file(names.get(i), text);
			assertTrue(reread.resource(names.get(i)).getErrors().isEmpty(),
					names.get(i) + " does not parse after serialization:\n" + text);
		}
		EcoreUtil.resolveAll(reread.resourceSet());
		for (String name : names) {
			EObject before = original.root(name);
			EObject after = reread.root(name);
			assertTrue(new EcoreUtil.EqualityHelper().equals(before, after), name + " changed in the round trip");
		}
	}
}
