package io.hotline.dispatch;

import java.time.Instant;

/**
 * A category's threshold: an order of the category whose first suggestion is at least
 * this probable is dispatched automatically.
 */
public record CategoryThreshold(String categoryCode, String categoryName, double threshold, String updatedBy,
		Instant updatedAt) {

}
