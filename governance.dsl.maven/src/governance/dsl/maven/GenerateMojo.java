package governance.dsl.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import governance.dsl.Messages;
import governance.dsl.build.ArtefactBuild;
import governance.dsl.build.Diagnostic;
import governance.dsl.build.FileSystemFailure;
import governance.dsl.generator.Edition;
import governance.dsl.generator.Generators;
import governance.dsl.generator.xlsx.WorkbookKey;

/**
 * {@code styrmodell:generate}: what {@code govc build} does, in a Maven build. Diagnostics are
 * logged as path:line:col; an error fails the build and writes nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

	/** The folder with the model's .styr files (searched recursively). */
	@Parameter(property = "styrmodell.sourceDirectory", defaultValue = "${project.basedir}", required = true)
	private File sourceDirectory;

	/** Where handbook/, spreadsheets/ and json/ are written. */
	@Parameter(property = "styrmodell.outputDirectory", defaultValue = "${project.build.directory}/styrmodell", required = true)
	private File outputDirectory;

	/**
	 * The file with the key for the workbooks' fingerprints; default: the environment variable
	 * STYRMODELL_NYCKEL, else .styrmodell-nyckel in the source folder (made, and git-ignored, when absent).
	 */
	@Parameter(property = "styrmodell.nyckel")
	private File nyckel;

	/**
	 * The handbook's edition: {@code publik} (default; for the municipality's website, without ids,
	 * tool texts and the lists of what is not linked) or {@code planering} (the planners', with them).
	 */
	@Parameter(property = "styrmodell.utgava", defaultValue = "publik")
	private String utgava;

	/**
	 * Delete files in the output folder that an earlier build did not write (a CNAME, a .git/), as
	 * {@code govc build --ta-bort-okända}; without it the build stops and names them.
	 */
	@Parameter(property = "styrmodell.taBortOkanda", defaultValue = "false")
	private boolean taBortOkanda;

	@Parameter(property = "styrmodell.skip", defaultValue = "false")
	private boolean skip;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Styrmodell: skipped");
			return;
		}
		Edition edition = Edition.of(utgava).orElseThrow(() -> new MojoFailureException(
				"Styrmodell: " + Messages.get("build.editionUnknown", utgava)));
		ArtefactBuild.Result result;
		try {
			WorkbookKey key = WorkbookKey.forBuild(nyckel == null ? null : nyckel.toPath(),
					System.getenv(WorkbookKey.ENVIRONMENT), sourceDirectory.toPath());
			result = new ArtefactBuild(Generators.all(key, edition)).deleteForeign(taBortOkanda)
					.build(List.of(sourceDirectory.toPath()), outputDirectory.toPath());
		} catch (WorkbookKey.KeyProblem e) {
			throw new MojoFailureException("Styrmodell: " + e.getMessage());
		} catch (IOException e) {
			// A full disk or a path through a file: the Swedish sentence, not Java's.
			throw new MojoFailureException(FileSystemFailure.describe(e), e);
		}
		for (java.nio.file.Path stale : result.removedStale()) {
			getLog().info(Messages.get("build.removedStale", stale));
		}
		for (Diagnostic diagnostic : result.check().diagnostics()) {
			switch (diagnostic.severity()) {
				case ERROR -> getLog().error(diagnostic.format());
				case WARNING -> getLog().warn(diagnostic.format());
				default -> getLog().info(diagnostic.format());
			}
		}
		if (result.refusal() != null) {
			throw new MojoFailureException(result.refusal());
		}
		if (!result.written()) {
			throw new MojoFailureException(Messages.get("build.notWritten"));
		}
		getLog().info(Messages.get("build.written", result.check().workspace().getFiles().size(), outputDirectory));
	}
}
