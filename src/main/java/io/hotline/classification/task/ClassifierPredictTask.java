package io.hotline.classification.task;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.hotline.classification.ExampleCsv;
import io.hotline.classification.Prediction;
import io.hotline.classification.TextClassifier;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code classifier-predict --model MODEL --input TEST.csv --output PRED.csv}: writes
 * {@code label,probability} for each row of a CSV whose header names {@code text}, in the
 * order of the rows (a {@code label} column of the input is ignored).
 */
public class ClassifierPredictTask implements StandaloneTask {

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "classifier-predict";
	}

	@Override
	public String description() {
		return "predict with a text classifier: --model MODEL --input TEST.csv (text) --output PRED.csv (label,probability)";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path model = Path.of(options.required("model"));
		Path input = Path.of(options.required("input"));
		Path output = Path.of(options.required("output"));
		TextClassifier classifier = TextClassifier.load(model);
		List<String> texts = ExampleCsv.texts(input);
		long started = System.nanoTime();
		List<Prediction> predictions = texts.parallelStream().map(classifier::predict).toList();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (output.toAbsolutePath().getParent() != null) {
			java.nio.file.Files.createDirectories(output.toAbsolutePath().getParent());
		}
		ExampleCsv.writePredictions(output, predictions);
		this.out.printf(Locale.ROOT, "%,d rows predicted by %s (%s, trained %s) in %.1f s, written to %s%n",
				predictions.size(), model, classifier.algorithm().id(), classifier.provenance().trainedAt(), seconds,
				output);
		return 0;
	}

}
