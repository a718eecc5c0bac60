package io.hotline.workorder;

import java.time.Instant;
import java.util.List;

import io.hotline.org.UnitId;

/** What changes about an order over its life, as stored. */
public record State(Status status, UnitId mainUnitId, List<UnitId> coUnitIds, Instant signDeadline, Instant deadline,
		Integer extensionDays, String extensionReason, boolean supervised, Counts counts, Satisfaction satisfaction,
		Boolean resolved, Instant updatedAt, Instant closedAt, int version) {

	static State registered(Instant at) {
		return new State(Status.REGISTERED, null, List.of(), null, null, null, null, false, Counts.NONE, null, null, at,
				null, 0);
	}

}
