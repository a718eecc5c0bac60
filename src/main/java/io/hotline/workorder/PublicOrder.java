package io.hotline.workorder;

import java.time.Instant;

/**
 * The fields of an order that a public interface (Open311) answers, read with the note of
 * its latest reply ({@code REPLIED} or {@code FINISHED}) in one query for a whole search.
 * The caller's name is there only so that it can be scrubbed from the texts published.
 */
public record PublicOrder(long id, String number, Status status, OrderType type, Channel channel, String categoryCode,
		String content, String address, String districtCode, String streetCode, GeoPoint point, Instant createdAt,
		Instant updatedAt, Instant deadline, Long mainUnitId, String latestReply, String callerName) {

}
