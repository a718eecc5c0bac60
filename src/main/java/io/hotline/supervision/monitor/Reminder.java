package io.hotline.supervision.monitor;

import java.time.Instant;

/**
 * 督办通知, 催办 or 督办升级 ({@code kind} OPENED, REMIND, ESCALATED) about a case, to a unit, to
 * the dispatchers (a case whose order has no unit) or to the supervisors.
 */
record Reminder(long id, long caseId, long orderId, String orderNumber, MonitorKind caseKind, Long unitId,
		String audience, String kind, int seq, String message, Instant createdAt, Instant readAt, String readBy) {

}
