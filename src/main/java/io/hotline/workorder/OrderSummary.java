package io.hotline.workorder;

import java.time.Instant;

/**
 * An order as a line of a list (queue, inbox, search result), with the latest entry of
 * its timeline so that a queue shows why an order is there (a return's reason, a
 * reopening), its sign deadline and district, and its category's name (the path of names,
 * as {@link OrderView} has it; from the catalog in memory, not a join).
 */
public record OrderSummary(long id, String number, Status status, OrderType type, Channel channel, Urgency urgency,
		String title, String content, String address, String categoryCode, Caller caller, Long mainUnitId,
		Instant deadline, Integer pendingExtensionDays, boolean supervised, Instant createdAt, int version,
		LastEvent lastEvent, Instant signDeadline, String districtCode, String categoryName) {

	/** The latest timeline entry, null for an order that has none. */
	public record LastEvent(EventType type, String note, Instant at, String actor) {

	}

}
