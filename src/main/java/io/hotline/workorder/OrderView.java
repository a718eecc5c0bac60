package io.hotline.workorder;

import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it to one user: the caller masked where their role does not
 * need them.
 */
public record OrderView(long id, String number, Status status, OrderType type, Channel channel, Urgency urgency,
		String title, String content, String address, LocationView location, String categoryCode, String categoryName,
		Caller caller, Long mainUnitId, List<Long> coUnitIds, Instant signDeadline, Instant deadline,
		Integer pendingExtensionDays, boolean supervised, Satisfaction satisfaction, Boolean resolved,
		int dispatchCount, int returnCount, int reopenCount, String requestId, Instant createdAt, Instant updatedAt,
		Instant closedAt, int version, List<EventView> events) {

	/**
	 * One entry of the timeline: {@code actor} is the user name, {@code actorName} their
	 * display name; {@code note} is the note as stored (in Chinese where the platform
	 * wrote it), {@code text} the note in the reader's language, {@code noteKey} and
	 * {@code noteArgs} the fact behind a note the platform wrote.
	 */
	public record EventView(EventType type, Instant at, String actor, String actorName, String note, String text,
			String noteKey, List<String> noteArgs, Status status, Long unitId) {

	}

}
