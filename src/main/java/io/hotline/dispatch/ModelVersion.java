package io.hotline.dispatch;

import java.time.Instant;
import java.util.Map;

/**
 * A version of the dispatch model: {@code TRAINING}, {@code READY} or {@code FAILED}
 * (with why), whether it is the one in use, what started it ({@code start},
 * {@code schedule}, {@code manual}), from how many closed orders, and its evaluation (out
 * of fold: the category and unit classifiers, and the first suggestion's accuracy, top-3
 * accuracy and calibration error for orders registered with a category and without).
 */
public record ModelVersion(int version, String status, boolean active, String trigger, String requestedBy,
		Instant requestedAt, Instant finishedAt, Integer examples, Map<String, Object> evaluation, String failure) {

	public static final String TRAINING = "TRAINING";

	public static final String READY = "READY";

	public static final String FAILED = "FAILED";

}
