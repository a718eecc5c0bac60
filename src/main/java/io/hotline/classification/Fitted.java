package io.hotline.classification;

import java.util.ArrayList;
import java.util.List;

/** A featurizer and the linear head trained on its features. */
record Fitted(Featurizer featurizer, LinearHead head, LinearHead.Loss loss) {

	/**
	 * Trains on the given rows of the corpus; answers it with the scores of the rows in
	 * {@code scored}, written into {@code scores}.
	 */
	static Fitted train(Recipe recipe, Corpus corpus, int[] rows, int[] scored, double[][] scores) {
		int[] remap = new int[(corpus.terms() != null) ? corpus.terms().dictionary().length : 0];
		Featurizer featurizer = Featurizer.fit(recipe, corpus, rows, remap);
		List<SparseVector> x = new ArrayList<>(rows.length);
		int[] y = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			x.add(featurizer.vector(corpus, rows[i], remap));
			y[i] = corpus.classes()[rows[i]];
		}
		LinearHead head = (recipe.nb() > 0)
				? NbSvm.train(x, y, corpus.labels().size(), featurizer.dimension(), featurizer.vocabularySize(),
						recipe.loss(), recipe.c(), recipe.nb(), recipe.balanced())
				: LinearHead.train(x, y, corpus.labels().size(), featurizer.dimension(), recipe.loss(), recipe.c(),
						recipe.balanced());
		for (int row : scored) {
			scores[row] = head.scores(featurizer.vector(corpus, row, remap));
		}
		return new Fitted(featurizer, head, recipe.loss());
	}

}
