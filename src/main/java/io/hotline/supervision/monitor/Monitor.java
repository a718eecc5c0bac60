package io.hotline.supervision.monitor;

import java.time.Instant;

/**
 * A monitor's settings: whether it opens cases, its threshold, the case's deadline in
 * working days, the hours between reminders and the reminders after which the case
 * escalates; {@code autoRedo} only on the DISSATISFIED monitor.
 */
record Monitor(MonitorKind kind, boolean enabled, int threshold, int caseDays, int remindHours, int escalateAfter,
		boolean autoRedo, String updatedBy, Instant updatedAt) {

}
