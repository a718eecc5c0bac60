package io.hotline.workforce.surge;

import java.time.Instant;
import java.util.List;

/**
 * Whether a surge is on, since when and why (the figures the last check saw, the trigger
 * it compared them with), the measures set on for a surge ({@code measures}) and those in
 * effect now ({@code active}: the same while the surge is on, none while it is off).
 */
record SurgeStatus(boolean on, Instant since, String reason, Long offered, Double forecast, double factor, int minutes,
		List<String> measures, List<String> active, Instant checkedAt) {

}
