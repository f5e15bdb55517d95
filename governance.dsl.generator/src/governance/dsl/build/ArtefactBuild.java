package governance.dsl.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

import governance.dsl.Messages;
import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Output;
import governance.dsl.model.GovernanceView;
import governance.dsl.styrmodell.File;

/**
 * {@code govc build}: check the workspace, then generate every artefact into a temporary folder
 * beside the output and move it into place. A model with errors writes nothing; a failure never
 * leaves a half-written tree; an existing folder is replaced only if an earlier build made it.
 */
public class ArtefactBuild {

	/** Marks a folder as a build's output, which a later build may replace. */
	public static final String MARKER = ".styrmodell-build";

	private final List<ArtefactGenerator> generators;

	public ArtefactBuild(List<ArtefactGenerator> generators) {
		this.generators = List.copyOf(generators);
	}

	public record Result(Checker.Result check, boolean written, String refusal) {
	}

	public Result build(List<Path> inputs, Path output) throws IOException {
		Checker.Result check = new Checker().check(inputs);
		if (check.hasErrors()) {
			return new Result(check, false, null);
		}
		Path target = output.toAbsolutePath().normalize();
		String refusal = refusalToReplace(target);
		if (refusal != null) {
			return new Result(check, false, refusal);
		}
		List<File> files = new ArrayList<>();
		for (Resource resource : check.workspace().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof File file) {
				files.add(file);
			}
		}
		Map<String, GovernanceView> views = GovernanceView.of(files);
		Files.createDirectories(target.getParent());
		Path temporary = FileModes.createTemporaryFolder(target.getParent(), "." + target.getFileName() + "-");
		try {
			for (ArtefactGenerator generator : generators) {
				for (GovernanceView view : views.values()) {
					// One municipality writes straight into the folder; several get a folder each.
					Path folder = temporary.resolve(generator.folder());
					generator.generate(view, new Output(views.size() == 1 || generator.namesFilesByMunicipality() ? folder
							: folder.resolve(view.id())));
				}
			}
			Files.writeString(temporary.resolve(MARKER), Messages.get("build.marker"));
			replace(target, temporary);
		} finally {
			deleteTree(temporary);
		}
		return new Result(check, true, null);
	}

	/** Why an existing path must not be replaced, or null if it may be. */
	private static String refusalToReplace(Path target) throws IOException {
		if (!Files.exists(target)) {
			return null;
		}
		if (!Files.isDirectory(target)) {
			return Messages.get("build.notAFolder", target);
		}
		try (var entries = Files.list(target)) {
			if (entries.findAny().isEmpty() || Files.exists(target.resolve(MARKER))) {
				return null;
			}
		}
		return Messages.get("build.foreignFolder", target, MARKER);
	}

	private static void replace(Path target, Path fresh) throws IOException {
		Path old = null;
		if (Files.exists(target)) {
			old = FileModes.createTemporaryFolder(target.getParent(), "." + target.getFileName() + "-old-");
			Files.delete(old);
			Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
		}
		try {
			Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			if (old != null) {
				Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
			}
			throw e;
		}
		if (old != null) {
			deleteTree(old);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
