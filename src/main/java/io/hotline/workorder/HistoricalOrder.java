package io.hotline.workorder;

import java.time.Instant;
import java.util.List;

import io.hotline.org.UnitId;

/**
 * An order of the past, finished or still open, as another system (or the demo) recorded
 * it: what was registered, where it stands and its timeline with the real times and
 * actors. {@link HistoryWriter} stores it as it is, without replaying the transitions, so
 * that years of a hotline's history can move in at once.
 *
 * @param registration what was registered; its {@code requestId} names the source and
 * makes a second import of the same order a no-op
 * @param status where the order stands now
 * @param mainUnitId the unit handling it (or that handled it last), if any
 * @param signDeadline when the unit had to sign it, if known
 * @param deadline when it had to be handled, if known
 * @param counts how often it was dispatched, returned and reopened
 * @param satisfaction the caller's verdict at the callback, if any
 * @param resolved whether it was resolved, if known
 * @param closedAt when it was closed (办结), for a closed order
 * @param timeline what happened to it, oldest first, starting with its registration
 */
public record HistoricalOrder(Registration registration, Status status, UnitId mainUnitId, Instant signDeadline,
		Instant deadline, Counts counts, Satisfaction satisfaction, Boolean resolved, Instant closedAt,
		List<TimelineEvent> timeline) {

	public HistoricalOrder {
		if (registration.requestId() == null || registration.requestId().isBlank()) {
			throw new IllegalArgumentException("A historical order needs a request id that names its source");
		}
		if (timeline.isEmpty()) {
			throw new IllegalArgumentException("A historical order needs its timeline: " + registration.requestId());
		}
		timeline = List.copyOf(timeline);
		counts = (counts != null) ? counts : Counts.NONE;
	}

	/**
	 * The order as an aggregate that was played through its transitions at their
	 * historical times (see {@link WorkOrder#replay}) leaves it.
	 */
	public static HistoricalOrder of(WorkOrder order) {
		State s = order.snapshot();
		return new HistoricalOrder(order.registration(), s.status(), s.mainUnitId(), s.signDeadline(), s.deadline(),
				s.counts(), s.satisfaction(), s.resolved(), s.closedAt(), order.timeline());
	}

	/** When it last changed: its last timeline entry. */
	public Instant updatedAt() {
		return this.timeline.get(this.timeline.size() - 1).at();
	}

	public String requestId() {
		return this.registration.requestId();
	}

}
