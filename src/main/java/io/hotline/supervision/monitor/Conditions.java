package io.hotline.supervision.monitor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import io.hotline.catalog.WorkingCalendar;

import org.springframework.stereotype.Component;

/**
 * The condition of each monitor at a moment, on the working-day calendar. Every condition
 * but DUE_SOON and OVERDUE holds while the order waits for someone to act on it (neither
 * replied nor closed); those two while it is at its unit.
 */
@Component
class Conditions {

	/** At a unit: the states of its inbox (the partial index on the deadline). */
	static final String AT_UNIT = "o.status in ('DISPATCHED', 'HANDLING')";

	/** Waiting for someone to act: not replied, not closed. */
	static final String ACTIVE = "o.status in ('REGISTERED', 'DISPATCHED', 'HANDLING', 'RETURNED', 'REOPENED')"
			+ " and o.status <> 'CLOSED'";

	private static final String DEADLINE = "cast(extract(epoch from o.deadline) as bigint)";

	/** The open flags of the kinds the FLAGGED monitor watches. */
	private static final String FLAGS = "from order_flag f where f.order_id = o.id and f.status = 'OPEN' and f.kind in ("
			+ FlaggedOrders.WATCHED.stream()
				.map((kind) -> "'" + kind.name() + "'")
				.sorted()
				.collect(java.util.stream.Collectors.joining(", "))
			+ ")";

	private final WorkingCalendar calendar;

	Conditions(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	Condition of(Monitor m, Instant now) {
		int x = m.threshold();
		return switch (m.kind()) {
			case OVERDUE -> new Condition(AT_UNIT + " and o.deadline <= ?", List.of(at(
					latest(now, Duration.ofDays(x + 15L), (t) -> !this.calendar.addWorkingHours(t, x).isAfter(now)))),
					DEADLINE);
			case DUE_SOON -> new Condition(AT_UNIT + " and o.deadline > ? and o.deadline <= ?",
					List.of(at(now), at(this.calendar.addWorkingHours(now, x))), DEADLINE);
			case REOPENED ->
				new Condition(ACTIVE + " and o.reopen_count >= ? and o.satisfaction is distinct from 'DISSATISFIED'",
						List.of(x), "o.reopen_count");
			case DISSATISFIED -> new Condition(ACTIVE + " and o.satisfaction = 'DISSATISFIED' and o.reopen_count >= ?",
					List.of(x), "o.reopen_count");
			case LONG_RUNNING -> new Condition(ACTIVE + " and o.created_at <= ?", List.of(at(
					latest(now, Duration.ofDays(2L * x + 30), (t) -> this.calendar.workingDaysBetween(t, now) >= x))),
					"o.reopen_count");
			case RETURNED_MANY -> new Condition(ACTIVE + " and o.return_count >= ?", List.of(x), "o.reopen_count");
			case FLAGGED -> new Condition(ACTIVE + " and (select count(*) " + FLAGS + ") >= ?", List.of(x),
					"(select min(f.id) " + FLAGS + ")");
			// the case's own episode: the province's supervision; it lasts while the
			// order waits
			case PROVINCE -> new Condition(ACTIVE, List.of(), "c.episode");
		};
	}

	/**
	 * The latest moment, to the second, no later than {@code now} and no earlier than
	 * {@code reach} before it, for which {@code holds} is true; {@code holds} must stay
	 * true going back in time once it is (the working time between it and now only
	 * grows).
	 */
	static Instant latest(Instant now, Duration reach, Predicate<Instant> holds) {
		if (holds.test(now)) {
			return now;
		}
		long early = now.minus(reach).getEpochSecond();
		long late = now.getEpochSecond();
		while (late - early > 1) {
			long middle = early + (late - early) / 2;
			if (holds.test(Instant.ofEpochSecond(middle))) {
				early = middle;
			}
			else {
				late = middle;
			}
		}
		return Instant.ofEpochSecond(early);
	}

	static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

}
