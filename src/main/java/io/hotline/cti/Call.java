package io.hotline.cti;

import java.time.Instant;

/**
 * A call: its status ({@code RINGING}, {@code ANSWERED} or {@code ENDED}), numbers,
 * agent, times, recording reference, transcript and the order it produced.
 */
public record Call(String callId, String status, String caller, String callee, String agent, Instant rangAt,
		Instant answeredAt, Instant endedAt, String recordingUrl, String transcript, Long orderId) {

}
