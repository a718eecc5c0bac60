package io.hotline.classification;

import java.util.List;

/**
 * The result of a cross-validation: the evaluation of the out-of-fold predictions and how
 * long each fold's training took (wall clock; the folds train in parallel).
 */
public record CrossValidated(Evaluation evaluation, List<Long> foldMillis) {

	public CrossValidated {
		foldMillis = List.copyOf(foldMillis);
	}

}
