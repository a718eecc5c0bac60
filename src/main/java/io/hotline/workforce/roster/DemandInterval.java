package io.hotline.workforce.roster;

import java.time.LocalDateTime;

/**
 * Agents required on a queue in one interval of the month (from staffing), and how much
 * an agent missing there weighs (peaks may weigh more).
 */
public record DemandInterval(String queue, int index, LocalDateTime start, int required, int weight) {

	/** The queue every shift without a required skill covers. */
	public static final String GENERAL = "";

}
