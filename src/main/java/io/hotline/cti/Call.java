package io.hotline.cti;

import java.time.Instant;

/**
 * A call: its status ({@code QUEUED}, {@code RINGING}, {@code ANSWERED} or
 * {@code ENDED}), numbers, agent, times, recording reference, transcript and the order it
 * produced; the queue it entered, when, when the caller gave up waiting (abandoned) and
 * the agent's after-call work.
 */
public record Call(String callId, String status, String caller, String callee, String agent, Instant rangAt,
		Instant answeredAt, Instant endedAt, String recordingUrl, String transcript, Long orderId, String queue,
		Instant queuedAt, Instant abandonedAt, Instant wrapUpStartedAt, Instant wrapUpEndedAt) {

	/** The same call with the caller's number as this text. */
	Call withCaller(String shown) {
		return new Call(this.callId, this.status, shown, this.callee, this.agent, this.rangAt, this.answeredAt,
				this.endedAt, this.recordingUrl, this.transcript, this.orderId, this.queue, this.queuedAt,
				this.abandonedAt, this.wrapUpStartedAt, this.wrapUpEndedAt);
	}

}
