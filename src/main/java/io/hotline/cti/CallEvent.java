package io.hotline.cti;

/**
 * One event of the phone system, as posted to {@code POST /api/cti/events}; the event
 * type and time are text so that wrong values are answered as a 400 problem.
 * {@code queue} is the queue (skill group) a call entered ({@code QUEUED}); a
 * {@code TRANSCRIPT} carries the plain {@code transcript}, its {@code utterances}, or
 * both.
 */
public record CallEvent(String callId, String event, String at, String caller, String callee, String agent,
		String recordingUrl, String transcript, String queue, java.util.List<SaidLine> utterances) {

	/**
	 * One utterance of a {@code TRANSCRIPT} event: {@code AGENT} or {@code CALLER}, its
	 * text and its start and end in seconds from the call's answer (decimals allowed).
	 */
	public record SaidLine(String speaker, String text, java.math.BigDecimal start, java.math.BigDecimal end) {

	}

	/** The kinds of events. */
	public enum Type {

		/** The call entered a queue (skill group) and waits for an agent. */
		QUEUED,
		/** The call rings on an agent's line. */
		RINGING,
		/** An agent answered. */
		ANSWERED,
		/** The caller hung up while waiting, never answered. */
		ABANDONED,
		/** The call ended. */
		HUNG_UP,
		/** The agent's after-call work (话后处理) began; hang-up time when never reported. */
		WRAP_UP,
		/** The agent's after-call work ended. */
		WRAP_UP_ENDED,
		/** The recording's reference. */
		RECORDING,
		/** The call's text. */
		TRANSCRIPT

	}

}
