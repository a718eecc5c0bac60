package io.hotline.workorder;

import java.time.Instant;

/**
 * The fields of an order that a public interface (Open311) answers, read with the note of
 * its latest reply ({@code REPLIED} or {@code FINISHED}) in one query for a whole search.
 */
public record PublicOrder(long id, String number, Status status, String categoryCode, String content, String address,
		GeoPoint point, Instant createdAt, Instant updatedAt, Instant deadline, Long mainUnitId, String latestReply) {

}
