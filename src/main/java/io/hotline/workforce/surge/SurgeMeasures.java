package io.hotline.workforce.surge;

import java.time.Instant;

/**
 * The surge measures the administrator sets: when a surge begins (the trigger), and each
 * measure, on or off, with its parameters. The simulation takes the same.
 */
record SurgeMeasures(Trigger trigger, CallbackQueue callbackQueue, Deflection deflection, CloudSeats cloudSeats,
		Overflow overflow, String updatedBy, Instant updatedAt) {

	/**
	 * A surge: the contacts of the last {@code minutes} above the forecast ×
	 * {@code factor}.
	 */
	record Trigger(double factor, int minutes) {

	}

	/**
	 * 回呼: a caller in the queue may leave a number and keep their place; the callback is
	 * promised within {@code promiseMinutes} of entering the queue; one not reached is
	 * tried again after {@code retryMinutes}, at most {@code maxTries} times.
	 */
	record CallbackQueue(boolean on, int promiseMinutes, int retryMinutes, int maxTries) {

	}

	/**
	 * Self-service: the hot topic's knowledge answers offered first (portal, the phone
	 * menu); {@code share} of the callers are expected to be served by them.
	 */
	record Deflection(boolean on, String topic, double share) {

	}

	/**
	 * 云坐席: {@code seats} agents working from home (staff off shift) sign in to the same
	 * queues {@code afterMinutes} into a surge, for {@code hours} (an extra shift).
	 */
	record CloudSeats(boolean on, int seats, int afterMinutes, int hours) {

	}

	/**
	 * 溢出 / 多援一: partner hotlines' {@code agents} answer with this hotline's knowledge
	 * base, at most {@code share} of the calls answered.
	 */
	record Overflow(boolean on, String partners, int agents, double share) {

	}

	/** These measures with every measure switched off (the trigger kept). */
	SurgeMeasures none() {
		return new SurgeMeasures(this.trigger,
				new CallbackQueue(false, this.callbackQueue.promiseMinutes, this.callbackQueue.retryMinutes,
						this.callbackQueue.maxTries),
				new Deflection(false, this.deflection.topic, this.deflection.share),
				new CloudSeats(false, this.cloudSeats.seats, this.cloudSeats.afterMinutes, this.cloudSeats.hours),
				new Overflow(false, this.overflow.partners, this.overflow.agents, this.overflow.share), this.updatedBy,
				this.updatedAt);
	}

	/**
	 * Only the measure of this name ({@code callback}, {@code deflection}, {@code cloud},
	 * {@code overflow}).
	 */
	SurgeMeasures only(String measure) {
		SurgeMeasures none = none();
		return new SurgeMeasures(this.trigger, measure.equals("callback") ? this.callbackQueue : none.callbackQueue,
				measure.equals("deflection") ? this.deflection : none.deflection,
				measure.equals("cloud") ? this.cloudSeats : none.cloudSeats,
				measure.equals("overflow") ? this.overflow : none.overflow, this.updatedBy, this.updatedAt);
	}

	boolean anyOn() {
		return this.callbackQueue.on || this.deflection.on || this.cloudSeats.on || this.overflow.on;
	}

}
