package io.hotline.conversation.task;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.hotline.conversation.Dialogue;
import io.hotline.conversation.DialogueModels;
import io.hotline.conversation.HeldOutFigures;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code train-dialogue-models [--data ../shared/data/dialogue] [--output DIR] [--folds
 * 5] [--scored-folds N]}: with {@code --folds}, prints the held-out figures of grouped
 * k-fold runs ({@link HeldOutFigures}); with {@code --output}, trains on every labelled
 * dialogue of the data folder's {@code *.jsonl} and writes the model files there (the
 * shipped ones are {@code src/main/resources/conversation/}). No database.
 */
public class TrainDialogueModelsTask implements StandaloneTask {

	static final String SHARED_DATA = "../shared/data/dialogue";

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "train-dialogue-models";
	}

	@Override
	public String description() {
		return "train the dialogue models (quality, summary, topics) on labelled JSONL dialogues; held-out figures";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		List<Dialogue> dialogues = DialogueFiles.readFolder(Path.of(options.get("data").orElse(SHARED_DATA)));
		int folds = options.intValue("folds", 0);
		if (options.get("output").isEmpty() && folds == 0) {
			throw new IllegalArgumentException(
					"give --output DIR to write models, --folds K for held-out figures, or both");
		}
		this.out.println(String.format(Locale.ROOT, "%d dialogues", dialogues.size()));
		if (folds > 0) {
			if (folds < 2) {
				throw new IllegalArgumentException("--folds must be at least 2");
			}
			int scored = options.intValue("scored-folds", folds);
			long start = System.nanoTime();
			HeldOutFigures figures = HeldOutFigures.of(dialogues, folds, Math.max(1, Math.min(scored, folds)));
			this.out.println(String.format(Locale.ROOT, "held out (%d of %d grouped folds, %.0f s):", scored, folds,
					(System.nanoTime() - start) / 1e9));
			figures.lines().forEach((line) -> this.out.println("  " + line));
		}
		if (options.get("output").isPresent()) {
			Path output = Path.of(options.required("output"));
			if (!Files.isDirectory(output)) {
				throw new IllegalArgumentException("--output " + output + " is not a folder");
			}
			long start = System.nanoTime();
			DialogueModels.train(dialogues).write(output);
			this.out.println(String.format(Locale.ROOT, "trained on all in %.0f s, wrote %s",
					(System.nanoTime() - start) / 1e9, output));
		}
		return 0;
	}

}
