package io.hotline.cti;

/**
 * One event of the phone system, as posted to {@code POST /api/cti/events}; the event
 * type and time are text so that wrong values are answered as a 400 problem.
 */
public record CallEvent(String callId, String event, String at, String caller, String callee, String agent,
		String recordingUrl, String transcript) {

	/** The kinds of events. */
	public enum Type {

		RINGING, ANSWERED, HUNG_UP, RECORDING, TRANSCRIPT

	}

}
