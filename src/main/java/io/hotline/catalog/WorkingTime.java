package io.hotline.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working-time arithmetic over one snapshot of the special days: immutable, so the
 * calendar can swap in a new snapshot when an administrator changes a day while deadlines
 * are being computed.
 */
final class WorkingTime {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The office hours of every working day: 09:00–12:00 and 13:00–18:00. */
	private static final List<LocalTime[]> SHIFTS = List.of(new LocalTime[] { LocalTime.of(9, 0), LocalTime.of(12, 0) },
			new LocalTime[] { LocalTime.of(13, 0), LocalTime.of(18, 0) });

	private static final LocalTime CLOSING = LocalTime.of(18, 0);

	private static final long SECONDS_PER_DAY = 8 * 3600;

	private final Map<LocalDate, SpecialDay> special;

	WorkingTime(Collection<SpecialDay> days) {
		this.special = days.stream().collect(Collectors.toUnmodifiableMap(SpecialDay::date, Function.identity()));
	}

	boolean isWorkingDay(LocalDate date) {
		SpecialDay day = this.special.get(date);
		if (day != null) {
			return day.kind() == DayKind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** Closing time of the N-th working day after the local date of {@code from}. */
	Instant addWorkingDays(Instant from, int days) {
		requireNotNegative(days);
		if (days == 0) {
			return from;
		}
		LocalDate date = from.atZone(ZONE).toLocalDate();
		for (int counted = 0; counted < days;) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date.atTime(CLOSING).atZone(ZONE).toInstant();
	}

	/** The moment when {@code hours} of office hours have passed since {@code from}. */
	Instant addWorkingHours(Instant from, int hours) {
		requireNotNegative(hours);
		if (hours == 0) {
			return from;
		}
		long remaining = hours * 3600L;
		LocalDateTime now = from.atZone(ZONE).toLocalDateTime();
		while (true) {
			LocalDate date = now.toLocalDate();
			if (isWorkingDay(date)) {
				for (LocalTime[] shift : SHIFTS) {
					LocalDateTime start = later(now, date.atTime(shift[0]));
					LocalDateTime end = date.atTime(shift[1]);
					long available = Math.max(0, Duration.between(start, end).toSeconds());
					if (remaining <= available) {
						return start.plusSeconds(remaining).atZone(ZONE).toInstant();
					}
					remaining -= available;
				}
			}
			now = date.plusDays(1).atStartOfDay();
		}
	}

	/** Office hours between the two moments, in working days of eight hours. */
	double workingDaysBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		LocalDateTime start = from.atZone(ZONE).toLocalDateTime();
		LocalDateTime end = to.atZone(ZONE).toLocalDateTime();
		long seconds = 0;
		for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				for (LocalTime[] shift : SHIFTS) {
					LocalDateTime a = later(start, date.atTime(shift[0]));
					LocalDateTime b = earlier(end, date.atTime(shift[1]));
					seconds += Math.max(0, Duration.between(a, b).toSeconds());
				}
			}
		}
		return (double) seconds / SECONDS_PER_DAY;
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	private static void requireNotNegative(int amount) {
		if (amount < 0) {
			throw new IllegalArgumentException("Working time cannot be added backwards: " + amount);
		}
	}

}
