package io.hotline.classification;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Out-of-fold scores: for each fold and member, a model trained on the other folds scores
 * the fold's texts, so that every text is scored by models that never saw it. The folds
 * and members train in parallel, and, when asked, the members on every row beside them.
 */
final class CrossValidation {

	private CrossValidation() {
	}

	/**
	 * The scores of each member for each row ({@code scores[member][row][class]}), the
	 * milliseconds each fold's training took (its members added), the members trained on
	 * every row (null when not asked) and the milliseconds of their training.
	 */
	record Result(double[][][] scores, long[] foldMillis, Fitted[] full, long fullMillis) {

	}

	static Result run(List<Recipe> members, Corpus corpus, Folds folds, boolean full) {
		int trainings = folds.count() + (full ? 1 : 0);
		double[][][] scores = new double[members.size()][corpus.size()][];
		long[][] millis = new long[members.size()][trainings];
		Fitted[] fullModels = full ? new Fitted[members.size()] : null;
		int[] all = IntStream.range(0, corpus.size()).toArray();
		IntStream.range(0, members.size() * trainings).parallel().forEach((task) -> {
			int member = task / trainings;
			int fold = task % trainings;
			long started = System.nanoTime();
			if (fold == folds.count()) {
				fullModels[member] = Fitted.train(members.get(member), corpus, all, new int[0], scores[member]);
			}
			else {
				Fitted.train(members.get(member), corpus, folds.train(fold), folds.test(fold), scores[member]);
			}
			millis[member][fold] = (System.nanoTime() - started) / 1_000_000;
		});
		long[] foldMillis = new long[folds.count()];
		long fullMillis = 0;
		for (long[] memberMillis : millis) {
			for (int fold = 0; fold < folds.count(); fold++) {
				foldMillis[fold] += memberMillis[fold];
			}
			fullMillis += full ? memberMillis[folds.count()] : 0;
		}
		return new Result(scores, foldMillis, fullModels, fullMillis);
	}

}
