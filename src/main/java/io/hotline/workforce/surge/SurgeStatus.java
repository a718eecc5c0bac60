package io.hotline.workforce.surge;

import java.time.Instant;
import java.util.List;

/**
 * Whether a surge is on, since when and why (the figures the trigger saw), and the
 * measures on while it lasts.
 */
record SurgeStatus(boolean on, Instant since, String reason, Long offered, Double forecast, double factor, int minutes,
		List<String> measures, Instant checkedAt) {

}
