package io.hotline.classification;

import io.hotline.classification.LinearHead.Loss;

/**
 * The settings of the algorithms, chosen by 5-fold cross-validation on the Teddy 2020
 * messages (three seeds; {@code docs/classification.md}): character 1–2-grams beat 1–3
 * and 2–4, the n-grams of a message's first 32 characters (its title) as features of
 * their own add about half a point, and little regularisation (C = 1 for the SVM) does
 * best.
 */
final class Recipes {

	static final Terms CHARS = new Terms(1, 2, false, 32);

	static final Recipe CHARS_LR = new Recipe(CHARS, 2, 0, 0, Loss.LOGISTIC, 30, true, 0);

	static final Recipe CHARS_SVM = new Recipe(CHARS, 2, 0, 0, Loss.SVM, 1, true, 0);

	static final Recipe CHARS_NBSVM = new Recipe(CHARS, 2, 0, 0, Loss.SVM, 1, false, 0.03);

	static final Recipe WORDS_SVM = new Recipe(new Terms(1, 2, true, 32), 2, 0, 0, Loss.SVM, 1, true, 0);

	static final Recipe EMBEDDING_LR = new Recipe(null, 2, 64, 1, Loss.LOGISTIC, 10, false, 0);

	static final Recipe CHARS_EMBEDDING_SVM = new Recipe(CHARS, 2, 64, 0.5f, Loss.SVM, 1, true, 0);

	private Recipes() {
	}

}
