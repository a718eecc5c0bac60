package io.hotline.conversation.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.hotline.conversation.Dialogue;

/** Dialogue files (JSON Lines, UTF-8), read whole or refused naming the file and line. */
final class DialogueFiles {

	private DialogueFiles() {
	}

	static List<Dialogue> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no dialogue file at " + file.toAbsolutePath().normalize());
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (MalformedInputException ex) {
			throw new IllegalArgumentException(file + " is not UTF-8 text");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read " + file, ex);
		}
		List<Dialogue> dialogues = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			try {
				if (lines.get(i).isBlank()) {
					throw new IllegalArgumentException("line " + (i + 1) + ": empty (one dialogue a line)");
				}
				dialogues.add(Dialogue.parse(lines.get(i), i + 1));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(file + " " + ex.getMessage(), ex);
			}
		}
		return dialogues;
	}

	/** Every {@code *.jsonl} of a folder, by name. */
	static List<Dialogue> readFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("no dialogue data folder at " + folder.toAbsolutePath().normalize()
					+ ": give --data DIR (the shared data's data/dialogue)");
		}
		List<Dialogue> dialogues = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			files.filter((f) -> f.getFileName().toString().endsWith(".jsonl"))
				.sorted()
				.forEach((f) -> dialogues.addAll(read(f)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not list " + folder, ex);
		}
		if (dialogues.isEmpty()) {
			throw new IllegalArgumentException("no *.jsonl dialogues in " + folder);
		}
		return dialogues;
	}

}
