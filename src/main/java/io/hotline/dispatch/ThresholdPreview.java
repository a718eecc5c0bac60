package io.hotline.dispatch;

/**
 * What a category's threshold for automatic dispatch would have done to the orders the
 * model version learned from (out of fold): for orders registered with the category, and
 * for orders without one whose predicted category it is.
 */
public record ThresholdPreview(int modelVersion, String categoryCode, double threshold, Expectation registered,
		Expectation predicted) {

	/**
	 * Of {@code orders}, how many would have gone automatically, their share, and the
	 * share of those that went to the right unit (expected precision; null when none).
	 */
	public record Expectation(int orders, int automatic, Double share, Double precision) {

	}

}
