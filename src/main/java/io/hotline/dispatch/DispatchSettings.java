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
 * @param retrainCron when the model is retrained (Beijing time; {@code -} for never)
 * @param trainOnStart whether a platform without a model trains its first one at start
 */
@ConfigurationProperties("hotline.dispatch")
record DispatchSettings(Integer maxOrders, Integer folds, Integer minOrders, String categoryAlgorithm,
		String unitAlgorithm, String retrainCron, Boolean trainOnStart) {

	DispatchSettings {
		maxOrders = maxOrders == null ? 10_000 : maxOrders;
		folds = folds == null ? 3 : folds;
		minOrders = minOrders == null ? 50 : minOrders;
		// hundreds of categories: one linear model per category, the embeddings' share
		// not worth its time
		categoryAlgorithm = categoryAlgorithm == null ? "chars-svm" : categoryAlgorithm;
		unitAlgorithm = unitAlgorithm == null ? "chars-svm" : unitAlgorithm;
		retrainCron = retrainCron == null ? "0 30 2 * * SUN" : retrainCron;
		trainOnStart = trainOnStart == null || trainOnStart;
	}

}
