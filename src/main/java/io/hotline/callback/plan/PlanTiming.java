package io.hotline.callback.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import io.hotline.catalog.WorkingCalendar;

import org.springframework.stereotype.Component;

/**
 * When a callback is due: 09:00 of the N-th working day after the day of the reply (N the
 * administrator's delay for the order's category and type), never after 18:00 of the
 * limit's working day; a delay of 0 is the reply's own time, or the next callable time
 * where that is outside the callback hours (09:00–18:00 of working days, the platform's
 * calendar with its holidays and make-up days).
 */
@Component
class PlanTiming {

	static final LocalTime OPENING = LocalTime.of(9, 0);

	static final LocalTime CLOSING = LocalTime.of(18, 0);

	private final WorkingCalendar calendar;

	PlanTiming(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	record Due(Instant dueAt, Instant limitAt) {

	}

	Due due(Instant replied, int delayDays, int limitDays) {
		Instant limit = (limitDays == 0) ? callable(replied) : atClosing(workingDayAfter(replied, limitDays));
		Instant due = (delayDays == 0) ? callable(replied) : atOpening(workingDayAfter(replied, delayDays));
		if (limit.isBefore(due)) {
			limit = atClosing(localDate(due));
		}
		return new Due(due, limit);
	}

	/** Whether a callback may be made at this moment. */
	boolean callableAt(Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, WorkingCalendar.ZONE);
		return this.calendar.isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(OPENING)
				&& local.toLocalTime().isBefore(CLOSING);
	}

	/**
	 * This moment if a callback may be made then, else the next opening of a working day.
	 */
	Instant callable(Instant at) {
		if (callableAt(at)) {
			return at;
		}
		LocalDateTime local = LocalDateTime.ofInstant(at, WorkingCalendar.ZONE);
		LocalDate day = local.toLocalDate();
		if (!this.calendar.isWorkingDay(day) || !local.toLocalTime().isBefore(OPENING)) {
			day = nextWorkingDay(day);
		}
		return atOpening(day);
	}

	private LocalDate workingDayAfter(Instant from, int days) {
		LocalDate day = localDate(from);
		for (int i = 0; i < days; i++) {
			day = nextWorkingDay(day);
		}
		return day;
	}

	private LocalDate nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!this.calendar.isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	private static LocalDate localDate(Instant at) {
		return ZonedDateTime.ofInstant(at, WorkingCalendar.ZONE).toLocalDate();
	}

	private static Instant atOpening(LocalDate day) {
		return day.atTime(OPENING).atZone(WorkingCalendar.ZONE).toInstant();
	}

	private static Instant atClosing(LocalDate day) {
		return day.atTime(CLOSING).atZone(WorkingCalendar.ZONE).toInstant();
	}

}
