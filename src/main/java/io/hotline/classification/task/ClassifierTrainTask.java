package io.hotline.classification.task;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.hotline.classification.Algorithm;
import io.hotline.classification.Evaluation;
import io.hotline.classification.Example;
import io.hotline.classification.ExampleCsv;
import io.hotline.classification.TextClassifier;
import io.hotline.classification.Training;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code classifier-train --input TRAIN.csv --model MODEL [--algorithm combined]
 * [--folds 5] [--seed 42]}: trains a text classifier from a CSV whose header names
 * {@code label} and {@code text}, prints its cross-validated figures and writes it to the
 * model file.
 */
public class ClassifierTrainTask implements StandaloneTask {

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "classifier-train";
	}

	@Override
	public String description() {
		return "train a text classifier: --input TRAIN.csv (label,text) --model MODEL [--algorithm "
				+ Algorithm.DEFAULT.id() + "] [--folds 5] [--seed 42]";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path input = Path.of(options.required("input"));
		Path model = Path.of(options.required("model"));
		Algorithm algorithm = options.get("algorithm").map(Algorithm::of).orElseGet(ClassifierTrainTask::byDefault);
		Training training = new Training(algorithm, options.intValue("folds", Training.DEFAULT.folds()),
				options.intValue("seed", (int) Training.DEFAULT.seed()));
		List<Example> examples = ExampleCsv.examples(input);
		long labels = examples.stream().map(Example::label).distinct().count();
		this.out.printf(Locale.ROOT, "training %s on %,d examples of %d labels from %s%n", algorithm.id(),
				examples.size(), labels, input);
		TextClassifier classifier = TextClassifier.train(examples, training);
		classifier.save(model);
		Evaluation evaluation = classifier.evaluation();
		this.out.printf(Locale.ROOT, "trained in %.1f s (%d-fold cross-validation inside, for calibration)%n",
				classifier.provenance().trainingMillis() / 1e3, evaluation.folds());
		describe(evaluation).forEach(this.out::println);
		this.out.printf(Locale.ROOT, "model written to %s (%,d KB)%n", model, Files.size(model) / 1024);
		return 0;
	}

	/**
	 * The default algorithm, or where its sentence embeddings cannot run here, the best
	 * without them, saying so: a model is better than none.
	 */
	private static Algorithm byDefault() {
		return Algorithm.DEFAULT.unavailable().map((why) -> {
			System.err.println("warning: " + Algorithm.DEFAULT.id() + " cannot compute sentence embeddings here (" + why
					+ "); training " + Algorithm.WITHOUT_EMBEDDINGS.id() + " instead");
			return Algorithm.WITHOUT_EMBEDDINGS;
		}).orElse(Algorithm.DEFAULT);
	}

	/** The evaluation's lines for a person. */
	static List<String> describe(Evaluation evaluation) {
		StringBuilder labels = new StringBuilder("F1 by label:");
		evaluation.f1ByLabel().forEach((label, f1) -> labels.append(String.format(Locale.ROOT, " %s %.3f", label, f1)));
		return List.of(String.format(Locale.ROOT,
				"cross-validated: macro-F1 %.4f, accuracy %.4f, expected calibration error %.3f before calibration, %.3f after",
				evaluation.macroF1(), evaluation.accuracy(), evaluation.uncalibratedEce(), evaluation.calibratedEce()),
				labels.toString());
	}

}
