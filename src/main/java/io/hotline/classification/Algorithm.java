package io.hotline.classification;

import java.util.Arrays;
import java.util.List;

/**
 * The algorithms compared on the same folds; {@link #DEFAULT} is the best by macro-F1 in
 * {@code docs/classification.md}. Each is one linear model, the average of several (each
 * calibrated, then the average calibrated again) or, when {@link #stacked()}, their
 * calibrated log-probabilities combined by a {@link Stacker}.
 */
public enum Algorithm {

	/**
	 * Character 1–2-grams and the n-grams of the first 32 characters, logistic
	 * regression.
	 */
	CHARS_LR("chars-lr", Recipes.CHARS_LR),

	/** The same features, a linear SVM, classes weighed by the inverse of their size. */
	CHARS_SVM("chars-svm", Recipes.CHARS_SVM),

	/** The same features scaled per class by their naive Bayes log-count ratio, SVM. */
	CHARS_NBSVM("chars-nbsvm", Recipes.CHARS_NBSVM),

	/** The same features and HanLP's words and word pairs, linear SVM. */
	WORDS_SVM("chars-words-svm", Recipes.WORDS_SVM),

	/**
	 * The bge-small-zh-v1.5 sentence embedding of the first 64 characters, logistic
	 * regression.
	 */
	EMBEDDING_LR("embedding-lr", Recipes.EMBEDDING_LR),

	/**
	 * The average of {@link #CHARS_NBSVM} and an SVM on the character features beside the
	 * sentence embedding of the first 64 characters.
	 */
	COMBINED("combined", Recipes.CHARS_NBSVM, Recipes.CHARS_EMBEDDING_SVM),

	/**
	 * The members of {@link #COMBINED}, combined by a logistic regression on their
	 * calibrated log-probabilities (stacking) instead of their average.
	 */
	STACKED("stacked", true, Recipes.CHARS_NBSVM, Recipes.CHARS_EMBEDDING_SVM);

	public static final Algorithm DEFAULT = STACKED;

	/** The best of those that need no sentence embeddings, where they cannot run. */
	public static final Algorithm WITHOUT_EMBEDDINGS = CHARS_NBSVM;

	private final String id;

	private final List<Recipe> members;

	private final boolean stacked;

	Algorithm(String id, Recipe... members) {
		this(id, false, members);
	}

	Algorithm(String id, boolean stacked, Recipe... members) {
		this.id = id;
		this.stacked = stacked;
		this.members = List.of(members);
	}

	/** The name used on the command line and in model files. */
	public String id() {
		return this.id;
	}

	/** Whether it computes sentence embeddings (slow: seconds for thousands of texts). */
	public boolean embeddings() {
		return this.members.stream().anyMatch(Recipe::embeddings);
	}

	/**
	 * Why this algorithm cannot run on this machine (its embedding model does not load),
	 * empty if it can.
	 */
	public java.util.Optional<String> unavailable() {
		return embeddings() ? SentenceEmbeddings.unavailable() : java.util.Optional.empty();
	}

	/** Whether a {@link Stacker} combines the members instead of their average. */
	boolean stacked() {
		return this.stacked;
	}

	List<Recipe> members() {
		return this.members;
	}

	public static Algorithm of(String id) {
		return Arrays.stream(values())
			.filter((a) -> a.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown algorithm '" + id + "'; the algorithms are "
					+ Arrays.stream(values()).map(Algorithm::id).toList()));
	}

}
