package io.hotline.classification;

/**
 * How an algorithm turns texts into features and learns from them: TF-IDF of
 * {@code terms} seen in at least {@code minDf} texts (none when {@code terms} is null),
 * the sentence embedding of the first {@code embeddingChars} characters scaled by
 * {@code embeddingWeight} (none when 0), and a linear head of {@code loss} with
 * regularisation {@code c}, its classes weighed by the inverse of their size when
 * {@code balanced}; with {@code nb} above 0, NBSVM with that smoothing (see
 * {@link NbSvm}).
 */
record Recipe(Terms terms, int minDf, int embeddingChars, float embeddingWeight, LinearHead.Loss loss, double c,
		boolean balanced, double nb) {

	boolean tfidf() {
		return this.terms != null;
	}

	boolean embeddings() {
		return this.embeddingChars > 0;
	}

}
