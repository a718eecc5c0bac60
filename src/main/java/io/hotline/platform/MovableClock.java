package io.hotline.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real time plus an offset that a measuring task moves forward, so that what falls
 * due on a later working day (a callback, a deadline) does while it runs. It is the
 * platform's clock only in tasks that serve for a measurement ({@code serving-task}), and
 * in the tests (their {@code TestClock}).
 */
public class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/** Moves now forward (or back, with a negative duration). */
	public void advance(Duration by) {
		this.offset.updateAndGet((o) -> o.plus(by));
	}

	/** Back to the real time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset.get());
	}

}
