package governance.dsl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic, deterministic workspace: Linköping's model definition (from the bundled
 * example), a council plan, and committees with goals, indicators (five years of outcomes split
 * by sex) and activities, plus a follow-up per committee. It checks without errors.
 */
public final class SyntheticWorkspace {

	public enum Size {
		/** One committee: about 1,000 lines. */
		SMALL(1, 1, 6),
		/** Linköping-sized: 15 committees × 20 goals, about 25,000 lines in about 20 files. */
		MUNICIPALITY(1, 15, 20),
		/** 50 municipalities of that size: about 1.2 million lines. */
		REGION(50, 15, 20);

		final int municipalities;
		final int committees;
		final int goalsPerCommittee;

		Size(int municipalities, int committees, int goalsPerCommittee) {
			this.municipalities = municipalities;
			this.committees = committees;
			this.goalsPerCommittee = goalsPerCommittee;
		}
	}

	static final int INDICATORS_PER_GOAL = 3;
	static final int ACTIVITIES_PER_GOAL = 10;
	private static final String[] AREAS = { "samhälle", "medborgare", "ekonomi", "verksamhet", "medarbetare" };

	private SyntheticWorkspace() {
	}

	/** Writes the workspace and returns the number of lines written. */
	public static long write(Size size, Path root, String modelDefinition) throws IOException {
		long lines = 0;
		for (int m = 1; m <= size.municipalities; m++) {
			String id = size.municipalities == 1 ? "linkoping" : String.format("k%02d", m);
			Path folder = size.municipalities == 1 ? root : root.resolve(id);
			Files.createDirectories(folder);
			lines += write(folder.resolve("modell.styr"),
					modelDefinition.replace("kommun linkoping \"Linköpings kommun\"", "kommun " + id + " \"Kommun " + id + "\""));
			lines += write(folder.resolve("kf.styr"), council(id));
			Random random = new Random(m);
			for (int c = 1; c <= size.committees; c++) {
				lines += write(folder.resolve(String.format("n%02d.styr", c)), committee(id, c, size.goalsPerCommittee, random));
			}
			lines += write(folder.resolve("uppfoljning-2022.styr"), followUp(id, size));
		}
		return lines;
	}

	private static long write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return text.chars().filter(c -> c == '\n').count();
	}

	private static String council(String id) {
		StringBuilder text = new StringBuilder("kommun " + id + "\n\nplan kf_budget \"Budget 2019 med plan för 2020–2022\" {\n"
				+ "  ägare kf\n  period 2019-2022\n  beslut \"KF 2018-11-27 § 412\"\n");
		for (int g = 1; g <= 5; g++) {
			text.append("\n  mål kf_m").append(g).append(" \"Kommunövergripande mål ").append(g).append(" är uppnått\" {\n")
					.append("    målområde ").append(AREAS[g - 1]).append('\n')
					.append("    önskat läge \"Ett önskat läge för målområdet ").append(AREAS[g - 1]).append(".\"\n")
					.append("    agenda2030 11.").append(g).append('\n');
			indicators(text, "kf_m" + g, new Random(g));
			text.append("  }\n");
		}
		return text.append("}\n").toString();
	}

	private static String committee(String id, int c, int goals, Random random) {
		String committee = String.format("n%02d", c);
		StringBuilder text = new StringBuilder("kommun " + id + "\n\nnämnd " + committee + " \"Nämnd " + c
				+ "\" nivå nämnd\nförvaltning " + committee + "_förv \"Förvaltning " + c + "\" under " + committee
				+ "\n\nplan " + committee + "_internbudget \"Internbudget 2019 för nämnd " + c + "\" {\n  ägare "
				+ committee + "\n  period 2019-2022\n  beslut \"Nämnd " + c + " 2018-12-12 § 100\"\n");
		for (int g = 1; g <= goals; g++) {
			String goal = committee + "_m" + g;
			String area = AREAS[(c + g) % AREAS.length];
			text.append("\n  mål ").append(goal).append(" \"Invånarna upplever att område ").append(g)
					.append(" fungerar väl\" {\n    målområde ").append(area).append('\n');
			if (area.equals("medarbetare")) {
				text.append("    beslutas av ks\n");
			}
			text.append("    leder till kf_m").append(1 + (c * 7 + g) % 5).append('\n');
			indicators(text, goal, random);
			text.append("  }\n");
			for (int a = 1; a <= ACTIVITIES_PER_GOAL; a++) {
				text.append(a == 1 ? "\n" : "").append("  aktivitet ").append(goal).append("_a").append(a).append(" \"Aktivitet ").append(a)
						.append(" för mål ").append(g).append("\" {\n    ansvarig \"Enhetschef ").append(a)
						.append("\"\n    start 2020-0").append(1 + a % 9).append("-01\n    slut 2021-0")
						.append(1 + a % 9).append("-28\n    bidrar till ").append(goal).append("\n  }\n");
			}
		}
		return text.append("}\n").toString();
	}

	private static void indicators(StringBuilder text, String goal, Random random) {
		for (int i = 1; i <= INDICATORS_PER_GOAL; i++) {
			int base = 40 + random.nextInt(40);
			text.append("\n    indikator ").append(goal).append("_i").append(i).append(" \"Andel invånare som är nöjda, mått ")
					.append(i).append("\" {\n      enhet %\n      riktning högre\n      avser personer\n")
					.append("      uppdelning kvinnor, män\n      utgångsvärde 2018: ").append(base).append(" kvinnor: ")
					.append(base + 2).append(" män: ").append(base - 2).append('\n').append("      målvärde 2022: större än ")
					.append(base + 5).append('\n');
			for (int year = 2019; year <= 2022; year++) {
				int value = base + random.nextInt(8);
				text.append("      utfall ").append(year).append(": ").append(value).append(" kvinnor: ").append(value + 1)
						.append(" män: ").append(value - 1).append(year == 2022 ? " prognos" : "").append('\n');
			}
			text.append("    }\n");
		}
	}

	private static String followUp(String id, Size size) {
		StringBuilder text = new StringBuilder("kommun " + id + "\n\nuppföljning delår_2022 \"Delårsrapport augusti 2022\" {\n"
				+ "  tillfälle delårsrapport\n  år 2022\n");
		String[] labels = { "uppfyllt", "delvis", "ej_uppfyllt" };
		for (int g = 1; g <= 5; g++) {
			text.append("  mål kf_m").append(g).append(" bedöms ").append(labels[g % 3])
					.append(" analys \"Utvecklingen går i rätt riktning.\"\n");
		}
		for (int c = 1; c <= size.committees; c++) {
			for (int g = 1; g <= size.goalsPerCommittee; g++) {
				text.append(String.format("  mål n%02d_m%d bedöms %s analys \"Analys av målet.\"%n", c, g, labels[(c + g) % 3]));
			}
		}
		return text.append("}\n").toString();
	}
}
