package governance.dsl.diff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import governance.dsl.Messages;
import governance.dsl.styrmodell.File;

/**
 * One side parsed in memory into a resource set of its own, indexed as {@code govc check} indexes
 * a workspace, and linked. Syntax errors, and linking errors when the side is linked as a whole,
 * are kept as the side's errors: the diff compares what parsed and the reports warn first.
 */
public final class ParsedSide {

	private final DiffSide side;
	private final Map<File, DiffSide.SideFile> files = new LinkedHashMap<>();
	private final List<String> errors = new ArrayList<>();

	private ParsedSide(DiffSide side) {
		this.side = side;
	}

	public DiffSide side() {
		return side;
	}

	/** The side's syntax and linking errors, as "bun.styr:6:5: error: …". */
	public List<String> errors() {
		return errors;
	}

	/** The parsed files, in key order, each with the file it came from. */
	public Map<File, DiffSide.SideFile> files() {
		return files;
	}

	/**
	 * Parses every file of the side. {@code linked}: the side is a whole workspace, so every
	 * reference must resolve; otherwise (single files, as git's external diff gives them) references
	 * to other files are left as written.
	 */
	public static ParsedSide parse(Injector injector, DiffSide side, boolean linked) throws DiffFailure {
		ParsedSide parsed = new ParsedSide(side);
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<String> errors = parsed.errors;
		Map<Resource, DiffSide.SideFile> resources = new LinkedHashMap<>();
		for (DiffSide.SideFile file : side.files().values()) {
			if (file.text().isBlank()) {
				continue; // an empty file (or one git gives as /dev/null) holds no elements
			}
			// A made-up location per side: the two sides never share a resource.
			URI uri = URI.createFileURI("/styrmodell-diff/" + Integer.toHexString(System.identityHashCode(parsed)) + "/"
					+ file.key());
			Resource resource = resourceSet.createResource(uri);
			try {
				resource.load(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new DiffFailure(Messages.get("diff.unreadable", file.shown(), e.getMessage()));
			}
			resources.put(resource, file);
		}
		index(injector, resourceSet);
		for (Map.Entry<Resource, DiffSide.SideFile> entry : resources.entrySet()) {
			Resource resource = entry.getKey();
			if (linked && resource instanceof LazyLinkingResource) {
				EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
			}
			for (Resource.Diagnostic error : resource.getErrors()) {
				// Without the rest of the workspace, a reference to another file cannot resolve: not an error here.
				if (linked || isSyntaxError(error)) {
					errors.add(entry.getValue().shown() + ":" + error.getLine() + ":" + Math.max(1, error.getColumn())
							+ ": error: " + error.getMessage());
				}
			}
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof File file) {
				parsed.files.put(file, entry.getValue());
			}
		}
		return parsed;
	}

	private static boolean isSyntaxError(Resource.Diagnostic error) {
		return !(error instanceof XtextLinkingDiagnostic);
	}

	/** Each file described once and the index installed, as {@code Checker} does: lookups are map accesses. */
	private static void index(Injector injector, XtextResourceSet resourceSet) {
		IResourceServiceProvider.Registry registry = injector.getInstance(IResourceServiceProvider.Registry.class);
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			IResourceServiceProvider provider = registry.getResourceServiceProvider(resource.getURI());
			if (provider != null) {
				descriptions.add(provider.getResourceDescriptionManager().getResourceDescription(resource));
			}
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}
}
