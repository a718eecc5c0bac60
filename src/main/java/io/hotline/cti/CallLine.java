package io.hotline.cti;

import java.time.Instant;

/**
 * A call behind a figure: when it was offered, answered and ended (hung up or abandoned),
 * its outcome ({@code ANSWERED_IN_TIME}, {@code ANSWERED_LATE}, {@code ABANDONED},
 * {@code SHORT_ABANDONED} or {@code WAITING}) and its seconds: waiting (until the answer
 * or the abandonment), talking, after-call work and handling (talk + after-call work).
 */
public record CallLine(String callId, String queue, String caller, String agent, Instant offeredAt, Instant answeredAt,
		Instant endedAt, Instant wrapUpEndedAt, String outcome, Double waitSeconds, Double talkSeconds,
		Double wrapUpSeconds, Double handlingSeconds) {

	CallLine withCaller(String shown) {
		return new CallLine(this.callId, this.queue, shown, this.agent, this.offeredAt, this.answeredAt, this.endedAt,
				this.wrapUpEndedAt, this.outcome, this.waitSeconds, this.talkSeconds, this.wrapUpSeconds,
				this.handlingSeconds);
	}

}
