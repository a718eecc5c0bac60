package io.hotline.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the dispatch model (智能派单).
 *
 * @param maxOrders the most recent closed orders a model learns from
 * ({@code HOTLINE_DISPATCH_MAX_ORDERS})
 * @param folds the folds of the cross-validation that calibrates and measures a model
 * @param minOrders fewer closed orders than this train no model
 * @param categoryAlgorithm the classifier of categories
 * ({@code classification.Algorithm})
 * @param unitAlgorithm the classifier of handling units
 * @param unitLabels the most frequent units that the unit classifier learns
 * @param retrainCron when the model is retrained (Beijing time; {@code -} for never)
 * @param trainOnStart whether a platform without a model trains its first one at start
 * @param firstOrders the latest closed orders the first model at start learns from, so
 * that suggestions come within minutes; a model of {@code maxOrders} follows at once
 */
@ConfigurationProperties("hotline.dispatch")
record DispatchSettings(Integer maxOrders, Integer folds, Integer minOrders, String categoryAlgorithm,
		String unitAlgorithm, Integer unitLabels, String retrainCron, Boolean trainOnStart, Integer firstOrders) {

	DispatchSettings {
		maxOrders = maxOrders == null ? 10_000 : maxOrders;
		folds = folds == null ? 3 : folds;
		minOrders = minOrders == null ? 50 : minOrders;
		// hundreds of categories and units: the embeddings' share is not worth their time
		categoryAlgorithm = categoryAlgorithm == null ? "chars-svm" : categoryAlgorithm;
		unitAlgorithm = unitAlgorithm == null ? "chars-svm" : unitAlgorithm;
		unitLabels = unitLabels == null ? 60 : unitLabels;
		retrainCron = retrainCron == null ? "0 30 2 * * SUN" : retrainCron;
		trainOnStart = trainOnStart == null || trainOnStart;
		firstOrders = firstOrders == null ? 2_000 : firstOrders;
	}

}
