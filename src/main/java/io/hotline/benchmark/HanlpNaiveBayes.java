package io.hotline.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.classification.classifiers.NaiveBayesClassifier;
import com.hankcs.hanlp.classification.utilities.io.ConsoleLogger;
import com.hankcs.hanlp.classification.utilities.io.ILogger;
import io.hotline.classification.Example;
import io.hotline.classification.Prediction;

/**
 * The baseline: HanLP portable's own text classifier, naive Bayes over the words of its
 * segmenter with chi-square feature selection
 * ({@code com.hankcs.hanlp.classification.classifiers.NaiveBayesClassifier}), its
 * probabilities taken as they are. Its progress messages are silenced.
 */
final class HanlpNaiveBayes {

	static {
		ConsoleLogger.logger = new ILogger() {

			@Override
			public void out(String format, Object... args) {
			}

			@Override
			public void err(String format, Object... args) {
			}

			@Override
			public void start(String format, Object... args) {
			}

			@Override
			public void finish(String format, Object... args) {
			}

		};
	}

	private final NaiveBayesClassifier classifier = new NaiveBayesClassifier();

	HanlpNaiveBayes(List<Example> examples) {
		Map<String, List<String>> byLabel = new LinkedHashMap<>();
		examples.forEach((e) -> byLabel.computeIfAbsent(e.label(), (l) -> new ArrayList<>()).add(e.text()));
		Map<String, String[]> corpus = new LinkedHashMap<>();
		byLabel.forEach((label, texts) -> corpus.put(label, texts.toArray(String[]::new)));
		this.classifier.train(corpus);
	}

	Prediction predict(String text) {
		List<Prediction.Scored> ranked = this.classifier.predict(text.isBlank() ? "。" : text)
			.entrySet()
			.stream()
			.map((e) -> new Prediction.Scored(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingDouble(Prediction.Scored::probability).reversed())
			.toList();
		return new Prediction(ranked, List.of());
	}

}
