package io.hotline.workforce.staffing;

import java.time.LocalDateTime;

/** Calls offered (forecast or observed) in the interval starting at {@code start}. */
public record IntervalCalls(LocalDateTime start, double calls) {
}
