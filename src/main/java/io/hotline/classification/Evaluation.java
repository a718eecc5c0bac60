package io.hotline.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a model did in cross-validation on its training texts: macro-F1, accuracy and the
 * expected calibration error (ECE, 10 bins) of its probabilities before and after
 * calibration, and each label's F1.
 */
public record Evaluation(int folds, int examples, double macroF1, double accuracy, double uncalibratedEce,
		double calibratedEce, Map<String, Double> f1ByLabel) {

	public Evaluation {
		f1ByLabel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(f1ByLabel));
	}

	static Evaluation of(List<String> labels, int[] truth, double[][] uncalibrated, double[][] calibrated, int folds) {
		int[] predicted = new int[truth.length];
		for (int i = 0; i < truth.length; i++) {
			predicted[i] = Metrics.argmax(calibrated[i]);
		}
		double[] f1 = Metrics.f1(predicted, truth, labels.size());
		Map<String, Double> byLabel = new LinkedHashMap<>();
		for (int k = 0; k < labels.size(); k++) {
			byLabel.put(labels.get(k), f1[k]);
		}
		return new Evaluation(folds, truth.length, Metrics.macroF1(predicted, truth, labels.size()),
				Metrics.accuracy(predicted, truth), Metrics.ece(uncalibrated, truth), Metrics.ece(calibrated, truth),
				byLabel);
	}

	/**
	 * The evaluation of another classifier's predictions (a baseline) against the true
	 * labels, its probabilities taken as they are.
	 */
	public static Evaluation of(int folds, List<String> truth, List<Prediction> predictions) {
		TreeSet<String> names = new TreeSet<>(truth);
		predictions.forEach((p) -> p.labels().forEach((s) -> names.add(s.label())));
		List<String> labels = List.copyOf(names);
		int[] classes = truth.stream().mapToInt(labels::indexOf).toArray();
		double[][] probabilities = new double[truth.size()][labels.size()];
		for (int i = 0; i < truth.size(); i++) {
			for (Prediction.Scored scored : predictions.get(i).labels()) {
				probabilities[i][labels.indexOf(scored.label())] = scored.probability();
			}
		}
		return of(labels, classes, probabilities, probabilities, folds);
	}

}
