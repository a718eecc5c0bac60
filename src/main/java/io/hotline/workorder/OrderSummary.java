package io.hotline.workorder;

import java.time.Instant;

/** An order as a line of a list (queue, inbox, search result). */
public record OrderSummary(long id, String number, Status status, OrderType type, Channel channel, Urgency urgency,
		String title, String content, String address, String categoryCode, Caller caller, Long mainUnitId,
		Instant deadline, boolean supervised, Instant createdAt, int version) {

}
