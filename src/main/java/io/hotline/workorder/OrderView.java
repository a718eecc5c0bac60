package io.hotline.workorder;

import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it to one user: the caller masked where their role does not
 * need them.
 */
public record OrderView(long id, String number, Status status, OrderType type, Channel channel, Urgency urgency,
		String title, String content, String address, LocationView location, String categoryCode, Caller caller,
		Long mainUnitId, List<Long> coUnitIds, Instant signDeadline, Instant deadline, Integer pendingExtensionDays,
		boolean supervised, Satisfaction satisfaction, Boolean resolved, int dispatchCount, int returnCount,
		int reopenCount, String requestId, Instant createdAt, Instant updatedAt, Instant closedAt, int version,
		List<EventView> events) {

	/** One entry of the timeline. */
	public record EventView(EventType type, Instant at, String actor, String note, Status status, Long unitId) {

	}

}
