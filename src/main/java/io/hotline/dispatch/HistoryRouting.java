package io.hotline.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The routing by place of the whole history as it is now (the units that handled each
 * category's orders at each place), for the suggestions before any dispatch model: one
 * grouping query, read again after a few minutes.
 */
@Component
class HistoryRouting {

	static final Duration FRESH = Duration.ofMinutes(5);

	private final PastOrders history;

	private final Clock clock;

	private volatile Instant readAt;

	private volatile PlaceRouting routing;

	HistoryRouting(PastOrders history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	PlaceRouting now() {
		Instant at = this.clock.instant();
		PlaceRouting current = this.routing;
		if (current == null || this.readAt.plus(FRESH).isBefore(at)) {
			current = PlaceRouting.of(this.history.handled(), this.history.returned());
			this.routing = current;
			this.readAt = at;
		}
		return current;
	}

}
