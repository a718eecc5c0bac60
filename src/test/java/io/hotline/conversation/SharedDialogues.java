package io.hotline.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared dialogue data ({@code ../shared/data/dialogue}; from a worktree elsewhere,
 * the system property {@code shared.dir} names the shared folder, as for the other
 * real-data tests). Tests that need it are skipped where it is absent.
 */
public final class SharedDialogues {

	private SharedDialogues() {
	}

	public static Path folder() {
		return Path.of(System.getProperty("shared.dir", "../shared"), "data", "dialogue");
	}

	/**
	 * The labelled dialogues of both files; the test is skipped where they are absent.
	 */
	public static List<Dialogue> all() {
		Path folder = folder();
		assumeTrue(
				Files.isRegularFile(folder.resolve("dch_train.jsonl"))
						&& Files.isRegularFile(folder.resolve("csds_train.jsonl")),
				"the shared dialogue data is not at " + folder.toAbsolutePath().normalize() + "; skipped");
		List<Dialogue> dialogues = new ArrayList<>();
		for (String name : List.of("csds_train.jsonl", "dch_train.jsonl")) {
			try {
				List<String> lines = Files.readAllLines(folder.resolve(name));
				for (int i = 0; i < lines.size(); i++) {
					dialogues.add(Dialogue.parse(lines.get(i), i + 1));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return dialogues;
	}

}
