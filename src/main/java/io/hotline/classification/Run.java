package io.hotline.classification;

import java.util.List;

/**
 * One cross-validation of an algorithm on examples: the corpus, the out-of-fold scores
 * (and the members trained on all examples when asked) and their evaluation, each fold's
 * probabilities calibrated by temperatures fitted on the other folds ({@code heldOut}: a
 * row per example, a column per label).
 */
record Run(Corpus corpus, CrossValidation.Result result, Evaluation evaluation, double[][] heldOut) {

	static Run of(List<Example> examples, Algorithm algorithm, int folds, long seed, boolean full) {
		check(examples);
		int count = Math.max(2, Math.min(folds, examples.size()));
		return of(examples, algorithm, Folds.stratified(examples.stream().map(Example::label).toList(), count, seed),
				full);
	}

	static Run of(List<Example> examples, Algorithm algorithm, Folds folds, boolean full) {
		check(examples);
		if (folds.assignment().length != examples.size()) {
			throw new IllegalArgumentException(folds + " do not fit " + examples.size() + " examples");
		}
		Corpus corpus = Corpus.of(examples, algorithm.members());
		CrossValidation.Result result = CrossValidation.run(algorithm.members(), corpus, folds, full);
		double[][][] scores = result.scores();
		double[][] uncalibrated = new double[corpus.size()][corpus.labels().size()];
		for (int m = 0; m < scores.length; m++) {
			LinearHead.Loss loss = algorithm.members().get(m).loss();
			for (int row = 0; row < corpus.size(); row++) {
				double[] p = loss.probabilities(scores[m][row]);
				for (int k = 0; k < p.length; k++) {
					uncalibrated[row][k] += p[k] / scores.length;
				}
			}
		}
		double[][] calibrated = Calibration.crossFitted(scores, corpus.classes(), folds, algorithm.stacked());
		return new Run(corpus, result,
				Evaluation.of(corpus.labels(), corpus.classes(), uncalibrated, calibrated, folds.count()), calibrated);
	}

	/** The calibration of the model on all examples, from every out-of-fold score. */
	Calibration calibration(Algorithm algorithm) {
		return Calibration.fit(this.result.scores(), this.corpus.classes(),
				java.util.stream.IntStream.range(0, this.corpus.size()).toArray(), algorithm.stacked());
	}

	private static void check(List<Example> examples) {
		if (examples.stream().map(Example::label).distinct().count() < 2) {
			throw new IllegalArgumentException("a classifier needs examples of at least 2 labels");
		}
	}

}
