package io.hotline.supervision.monitor;

import java.time.Instant;

/** 督办件, as listed: the case with its order's number and state and the unit's name. */
record SupervisionCase(long id, long orderId, String orderNumber, String orderStatus, String title, MonitorKind kind,
		String kindLabel, Long unitId, String unitName, String status, Instant openedAt, Instant deadline,
		int reminders, Instant escalatedAt, Instant closedAt, String closedBy, String closeNote) {

}
