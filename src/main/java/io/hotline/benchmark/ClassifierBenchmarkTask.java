package io.hotline.benchmark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.hotline.classification.Algorithm;
import io.hotline.classification.CrossValidated;
import io.hotline.classification.Evaluation;
import io.hotline.classification.Example;
import io.hotline.classification.ExampleCsv;
import io.hotline.classification.Folds;
import io.hotline.classification.Prediction;
import io.hotline.classification.TextClassifier;
import io.hotline.classification.Training;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code benchmark-classifier [--input ../shared/data/teddy2020/dispatch_train.csv]
 * [--folds 5] [--seed 42] [--algorithms chars-svm,combined,…] [--latency-texts 1000]}:
 * cross-validates every algorithm of the text classifier and HanLP's naive Bayes on the
 * same stratified folds (macro-F1, accuracy, calibration error, training time per fold),
 * then trains each on every example as {@code classifier-train} does and measures the
 * prediction latency per text, one thread, after a warm-up.
 */
public class ClassifierBenchmarkTask implements StandaloneTask {

	static final String SHARED_INPUT = "../shared/data/teddy2020/dispatch_train.csv";

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "benchmark-classifier";
	}

	@Override
	public String description() {
		return "cross-validate the text classifier's algorithms beside HanLP's naive Bayes, training time, latency";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path input = options.file("input", SHARED_INPUT, "labelled texts (a header label,text)");
		List<Example> examples = ExampleCsv.examples(input);
		List<String> truth = examples.stream().map(Example::label).toList();
		Folds folds = Folds.stratified(truth, options.intValue("folds", 5), options.intValue("seed", 42));
		List<Algorithm> algorithms = options.get("algorithms")
			.map((ids) -> Arrays.stream(ids.split(",")).map(String::strip).map(Algorithm::of).toList())
			.orElse(List.of(Algorithm.values()));
		print("machine: %d cores, Java %s, max heap %d MiB; %,d texts of %d labels from %s; %d folds, seed %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, examples.size(), truth.stream().distinct().count(), input,
				folds.count(), options.get("seed").orElse("42"));
		print("%-18s %8s %8s %15s  %s", "algorithm", "macro-F1", "accuracy", "ECE before→after",
				"training per fold (s, wall clock)");
		for (Algorithm algorithm : algorithms) {
			row(algorithm.id(), TextClassifier.crossValidate(examples, algorithm, folds));
		}
		row("hanlp-naive-bayes", baseline(examples, folds));
		int latencyTexts = Math.min(examples.size(), options.intValue("latency-texts", 1000));
		List<String> texts = examples.stream().map(Example::text).limit(latencyTexts).toList();
		print("trained on all %,d texts (with the cross-validation inside that calibrates), then predicting %,d texts"
				+ " one at a time after as many warm-up predictions:", examples.size(), texts.size());
		for (Algorithm algorithm : algorithms) {
			long started = System.nanoTime();
			TextClassifier classifier = TextClassifier.train(examples, Training.DEFAULT.with(algorithm));
			full(algorithm.id(), System.nanoTime() - started, latency(classifier::predict, texts));
		}
		long started = System.nanoTime();
		HanlpNaiveBayes hanlp = new HanlpNaiveBayes(examples);
		full("hanlp-naive-bayes", System.nanoTime() - started, latency(hanlp::predict, texts));
		return 0;
	}

	private static CrossValidated baseline(List<Example> examples, Folds folds) {
		List<Prediction> predictions = new ArrayList<>(java.util.Collections.nCopies(examples.size(), null));
		List<Long> millis = new ArrayList<>();
		for (int fold = 0; fold < folds.count(); fold++) {
			long started = System.nanoTime();
			HanlpNaiveBayes model = new HanlpNaiveBayes(
					Arrays.stream(folds.train(fold)).mapToObj(examples::get).toList());
			millis.add((System.nanoTime() - started) / 1_000_000);
			for (int row : folds.test(fold)) {
				predictions.set(row, model.predict(examples.get(row).text()));
			}
		}
		return new CrossValidated(
				Evaluation.of(folds.count(), examples.stream().map(Example::label).toList(), predictions), millis);
	}

	private static Latencies latency(Function<String, Prediction> predict, List<String> texts) {
		texts.forEach(predict::apply);
		long[] nanos = new long[texts.size()];
		long started = System.nanoTime();
		for (int i = 0; i < nanos.length; i++) {
			long one = System.nanoTime();
			predict.apply(texts.get(i));
			nanos[i] = System.nanoTime() - one;
		}
		return new Latencies(nanos, System.nanoTime() - started, 0);
	}

	private void row(String name, CrossValidated result) {
		Evaluation e = result.evaluation();
		print("%-18s %8.4f %8.4f %7.3f → %.3f  %s", name, e.macroF1(), e.accuracy(), e.uncalibratedEce(),
				e.calibratedEce(),
				String.join(" ", result.foldMillis().stream().map((m) -> seconds(m * 1e6)).toList()));
	}

	private void full(String name, long trainingNanos, Latencies latencies) {
		print("%-18s training %6s s, prediction p50 %.2f ms, p99 %.2f ms, max %.2f ms per text", name,
				seconds(trainingNanos), latencies.percentileMillis(50), latencies.percentileMillis(99),
				latencies.percentileMillis(100));
	}

	private static String seconds(double nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
	}

	private void print(String format, Object... args) {
		this.out.println(String.format(Locale.ROOT, format, args));
	}

}
