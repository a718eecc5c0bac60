package io.hotline.classification;

/**
 * A text's features: its TF-IDF vector (indices 0 to the vocabulary's size), then its
 * sentence embedding, scaled, in the dimensions after.
 */
record Featurizer(TfIdf tfidf, int embeddingChars, float embeddingWeight) {

	private static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

	/**
	 * Learns the TF-IDF weights from the given rows of the corpus; {@code remap}, as long
	 * as the corpus's dictionary, receives each numbered term's index.
	 */
	static Featurizer fit(Recipe recipe, Corpus corpus, int[] rows, int[] remap) {
		TfIdf tfidf = recipe.tfidf() ? TfIdf.fit(recipe.terms(), corpus.terms(), rows, recipe.minDf(), remap) : null;
		return new Featurizer(tfidf, recipe.embeddingChars(), recipe.embeddingWeight());
	}

	int vocabularySize() {
		return (this.tfidf != null) ? this.tfidf.size() : 0;
	}

	int dimension() {
		return vocabularySize() + (embeddings() ? SentenceEmbeddings.dimension() : 0);
	}

	boolean embeddings() {
		return this.embeddingChars > 0;
	}

	/**
	 * The features of a text, given in its normalized form and, if this featurizer wants
	 * one, its embedding.
	 */
	SparseVector vector(String normalized, float[] embedding) {
		SparseVector v = (this.tfidf != null) ? this.tfidf.vector(normalized) : EMPTY;
		return embeddings() ? v.append(vocabularySize(), embedding, this.embeddingWeight) : v;
	}

	/** The features of a row of the corpus, whose terms {@code remap} maps. */
	SparseVector vector(Corpus corpus, int row, int[] remap) {
		SparseVector v = (this.tfidf != null) ? this.tfidf.vector(corpus.terms().texts()[row], remap) : EMPTY;
		return embeddings() ? v.append(vocabularySize(), corpus.embeddings()[row], this.embeddingWeight) : v;
	}

}
