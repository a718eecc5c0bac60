package io.hotline.workforce.surge;

/**
 * What a simulated day came to. {@code offered}: every caller, once (a caller who hangs
 * up and calls again is not counted twice); {@code deflected}: served by the hot topic's
 * self-service; the others wanted an agent: {@code answered} live (by a partner hotline:
 * {@code partnerAnswered}), {@code abandoned} without leaving a number, or left a number
 * ({@code callbacksLeft}) and were called back within the promise
 * ({@code calledBackInTime}), late, not reached after the last try, or not at all.
 * {@code surgeSince}: the seconds after opening when the trigger switched the measures
 * on, negative if it did not.
 */
record DayOutcome(long offered, long deflected, long answered, long answeredWithinTarget, long answeredInPromise,
		long partnerAnswered, long abandoned, long callbacksLeft, long calledBackInTime, long calledBackLate,
		long unreached, double surgeSince) {

	/** The callers who wanted an agent. */
	long wantedAgent() {
		return this.offered - this.deflected;
	}

	/** 接通率: answered live, of the callers who wanted an agent. */
	double answerRate() {
		return share(this.answered, wantedAgent());
	}

	double abandonment() {
		return share(this.abandoned, wantedAgent());
	}

	long callbacksNotMade() {
		return this.callbacksLeft - this.calledBackInTime - this.calledBackLate - this.unreached;
	}

	/**
	 * The goal's figure: of the callers who wanted an agent, the share answered or called
	 * back within the promise (4 h) of entering the queue.
	 */
	double answeredOrCalledBack() {
		return share(this.answeredInPromise + this.calledBackInTime, wantedAgent());
	}

	/**
	 * As {@link #answeredOrCalledBack()}, counting the callers self-service served as
	 * served.
	 */
	double served() {
		return share(this.answeredInPromise + this.calledBackInTime + this.deflected, this.offered);
	}

	private static double share(long part, long whole) {
		return whole == 0 ? 1 : (double) part / whole;
	}

}
