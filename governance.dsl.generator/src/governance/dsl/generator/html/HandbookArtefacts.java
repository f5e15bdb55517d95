package governance.dsl.generator.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

import governance.dsl.generator.ArtefactGenerator;
import governance.dsl.generator.Edition;
import governance.dsl.generator.Output;
import governance.dsl.model.GovernanceView;
import governance.dsl.model.Publishing;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalArea;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.Organisation;

/**
 * {@code handbook/}: a static Swedish handbook of one municipality's governance model that works
 * opened straight from the file system. A page per målområde, goal, organisation and indicator, shared pages
 * for indicators, assignments, activities, documents, follow-up, the årshjul, traceability, the
 * glossary and search; a style sheet (with print styles) and a search script. No timestamps and a
 * fixed order, so the same model always gives the same bytes.
 */
public class HandbookArtefacts implements ArtefactGenerator {

	private final Edition edition;

	/** The default edition, the public one. */
	public HandbookArtefacts() {
		this(Edition.DEFAULT);
	}

	public HandbookArtefacts(Edition edition) {
		this.edition = edition;
	}

	@Override
	public String folder() {
		return "handbook";
	}

	@Override
	public void generate(GovernanceView view, Output output) throws IOException {
		for (Map.Entry<String, String> file : files(view).entrySet()) {
			output.write(file.getKey(), file.getValue());
		}
		// The logo, copied as it is (the checker made sure the file exists).
		Path logo = Publishing.logoFile(view.definition());
		String name = view.definition() == null ? null : Publishing.logoFileName(view.definition().getLogo());
		if (logo != null && name != null && Files.isRegularFile(logo)) {
			output.write(name, Files.readAllBytes(logo));
		}
	}

	/** Every file of the handbook by its name, in the order they are written. */
	public Map<String, String> files(GovernanceView view) {
		Handbook handbook = new Handbook(view, edition);
		List<Page> pages = new ArrayList<>();
		pages.add(StartPage.render(handbook));
		for (GoalArea area : view.areas()) {
			pages.add(AreaPage.render(handbook, area));
		}
		for (Goal goal : view.goals()) {
			pages.add(GoalPage.render(handbook, goal));
		}
		pages.add(OrganisationPage.render(handbook));
		for (Organisation organisation : view.organisations()) {
			pages.add(CommitteePage.render(handbook, organisation));
		}
		pages.add(MeasuresPage.render(handbook));
		for (Measure measure : view.measures()) {
			pages.add(IndicatorPage.render(handbook, measure));
		}
		pages.add(AssignmentsPage.render(handbook));
		pages.add(ActivitiesPage.render(handbook));
		pages.add(DocumentsPage.render(handbook));
		pages.add(FollowUpPage.render(handbook));
		pages.add(AnnualCyclePage.render(handbook));
		pages.add(TraceabilityPage.render(handbook));
		pages.add(GlossaryPage.render(handbook));
		pages.add(SearchPage.render(handbook));

		Map<String, String> files = new LinkedHashMap<>();
		for (Page page : pages) {
			files.put(page.file, Layout.render(handbook, page));
		}
		files.put("style.css", handbook.profileColour() == null ? resource("style.css")
				: resource("style.css") + "\n/* The municipality's profile colour (profilfärg), white text stands on it. */\n:root { --header: "
						+ handbook.profileColour() + "; --header-dark: " + handbook.profileColourDark() + "; }\n");
		files.put(SearchPage.SCRIPT, resource(SearchPage.SCRIPT));
		files.put(SearchPage.INDEX, SearchPage.index(handbook));
		return files;
	}

	private static String resource(String name) {
		try (InputStream in = HandbookArtefacts.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
