package io.hotline.classification;

/**
 * How to train: the algorithm, and the folds of the cross-validation inside training that
 * calibrates the probabilities and measures the model (the same seed, the same folds).
 */
public record Training(Algorithm algorithm, int folds, long seed) {

	public static final Training DEFAULT = new Training(Algorithm.DEFAULT, 5, 42);

	public Training {
		if (folds < 2) {
			throw new IllegalArgumentException("training needs at least 2 folds, not " + folds);
		}
	}

	public Training with(Algorithm algorithm) {
		return new Training(algorithm, this.folds, this.seed);
	}

}
