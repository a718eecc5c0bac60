package io.hotline.classification;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Out-of-fold probabilities of a classifier's training examples: for each example (in the
 * order they were given), each label's probability from the fold model that did not see
 * it, calibrated on the other folds.
 */
public final class HeldOut {

	private final List<String> labels;

	private final double[][] probabilities;

	HeldOut(List<String> labels, double[][] probabilities) {
		this.labels = List.copyOf(labels);
		this.probabilities = probabilities;
	}

	public int size() {
		return this.probabilities.length;
	}

	/** Every label's held-out probability for one example, most probable first. */
	public List<Prediction.Scored> of(int example) {
		double[] p = this.probabilities[example];
		return IntStream.range(0, p.length)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer k) -> -p[k]))
			.map((k) -> new Prediction.Scored(this.labels.get(k), p[k]))
			.toList();
	}

}
