package io.hotline.workforce.staffing;

import java.time.LocalDateTime;

/**
 * What one interval needs.
 *
 * @param agents agents on the phones to reach the service level
 * @param scheduled agents to roster, shrinkage added
 * @param serviceLevel the share answered within the target with {@code agents}
 * @param abandonment the share abandoning with {@code agents} (0 under Erlang C)
 */
public record IntervalStaffing(LocalDateTime start, double calls, int agents, int scheduled, double serviceLevel,
		double abandonment) {
}
