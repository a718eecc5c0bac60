package io.hotline.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hotline.org.UnitId;
import io.hotline.workorder.Counts;
import io.hotline.workorder.EventType;
import io.hotline.workorder.HistoricalOrder;
import io.hotline.workorder.Registration;
import io.hotline.workorder.Satisfaction;
import io.hotline.workorder.Status;
import io.hotline.workorder.TimelineEvent;

/**
 * Writes down what a source file tells of an order's life, step by step, keeping the
 * state each step leaves it in: the sources only know a few moments (opened, closed,
 * replied), not every transition the platform would record.
 */
final class PastTimeline {

	private final Registration registration;

	private final List<TimelineEvent> events = new ArrayList<>();

	private Status status = Status.REGISTERED;

	private UnitId unit;

	private Instant deadline;

	private int dispatches;

	private Satisfaction satisfaction;

	private Boolean resolved;

	private Instant closedAt;

	PastTimeline(Registration registration) {
		this.registration = registration;
		add(EventType.REGISTERED, registration.createdAt(), null);
	}

	PastTimeline dispatched(Instant at, UnitId unit, Instant deadline) {
		this.unit = unit;
		this.deadline = deadline;
		this.dispatches++;
		this.status = Status.DISPATCHED;
		return add(EventType.DISPATCHED, at, null);
	}

	PastTimeline signed(Instant at) {
		this.status = Status.HANDLING;
		return add(EventType.SIGNED, at, null);
	}

	PastTimeline replied(Instant at, String note) {
		this.status = Status.REPLIED;
		this.resolved = Boolean.TRUE;
		return add(EventType.REPLIED, at, note);
	}

	/**
	 * 回访 that closed the order; the verdict is unknown to sources that do not call back.
	 */
	PastTimeline calledBack(Instant at, Satisfaction verdict) {
		this.status = Status.CLOSED;
		this.satisfaction = verdict;
		this.closedAt = at;
		return add(EventType.CALLED_BACK, at, verdict == null ? "closed at the source" : verdict.name());
	}

	/** 直接办结 without a unit: the answer was the end of it. */
	PastTimeline finished(Instant at, String note) {
		this.status = Status.CLOSED;
		this.closedAt = at;
		return add(EventType.FINISHED, at, note);
	}

	HistoricalOrder order() {
		return new HistoricalOrder(this.registration, this.status, this.unit, null, this.deadline,
				new Counts(this.dispatches, 0, 0), this.satisfaction, this.resolved, this.closedAt, this.events);
	}

	private PastTimeline add(EventType type, Instant at, String note) {
		UnitId concerned = (type == EventType.REGISTERED || type == EventType.FINISHED) ? null : this.unit;
		this.events.add(new TimelineEvent(type, at, this.registration.createdBy(), this.status, concerned, note));
		return this;
	}

}
