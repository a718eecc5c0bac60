package io.hotline.workforce.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.hotline.catalog.DayKind;
import io.hotline.catalog.SpecialDay;

/**
 * Which weekday a date behaves like. A public holiday behaves like a Sunday; a weekend
 * day worked to make up for a holiday (调休) like the weekday of the nearest holiday on a
 * weekday, the day it pays back (Monday where there is none); the first working day after
 * a holiday on a weekday like a Monday, the day after a rest. Closed days, the days
 * missing in the middle of a history whose weekday it has, count as holidays. Every other
 * day behaves like its own weekday.
 */
final class DayCalendar {

	/** Every day by its own weekday: no holidays known. */
	static final DayCalendar WEEKDAYS = new DayCalendar(Set.of(), Set.of());

	private final Map<LocalDate, SpecialDay> special;

	private final Set<LocalDate> closed;

	DayCalendar(Collection<SpecialDay> special, Set<LocalDate> closed) {
		this.special = special.stream().collect(Collectors.toMap(SpecialDay::date, Function.identity(), (a, b) -> b));
		this.closed = Set.copyOf(closed);
	}

	/**
	 * This calendar with the days missing from the history's span added as closed days.
	 */
	DayCalendar withGapsOf(ContactHistory history) {
		Set<LocalDate> gaps = new HashSet<>(this.closed);
		Set<DayOfWeek> weekdays = history.weekdays();
		for (LocalDate day = history.first(); day.isBefore(history.last()); day = day.plusDays(1)) {
			if (!history.has(day) && weekdays.contains(day.getDayOfWeek()) && !isMakeUpDay(day)) {
				gaps.add(day);
			}
		}
		return new DayCalendar(this.special.values(), gaps);
	}

	DayOfWeek behavesLike(LocalDate date) {
		if (isHoliday(date)) {
			return DayOfWeek.SUNDAY;
		}
		if (isMakeUpDay(date)) {
			return paidBack(date);
		}
		if (afterHoliday(date)) {
			return DayOfWeek.MONDAY;
		}
		return date.getDayOfWeek();
	}

	/**
	 * The place of a working day at the turn of its month: 1, 2 and 3 for the first
	 * three, -1 for the last, 0 for the others and for days that are not working days. A
	 * working day is one that is no holiday and behaves like one of {@code weekdays}, the
	 * history's.
	 */
	int monthPosition(LocalDate date, Set<DayOfWeek> weekdays) {
		if (!isWorking(date, weekdays)) {
			return 0;
		}
		int before = 0;
		for (LocalDate day = date.withDayOfMonth(1); day.isBefore(date); day = day.plusDays(1)) {
			before += isWorking(day, weekdays) ? 1 : 0;
		}
		if (before < 3) {
			return before + 1;
		}
		for (LocalDate day = date.plusDays(1); day.getMonth() == date.getMonth(); day = day.plusDays(1)) {
			if (isWorking(day, weekdays)) {
				return 0;
			}
		}
		return -1;
	}

	private boolean isWorking(LocalDate date, Set<DayOfWeek> weekdays) {
		return !isHoliday(date) && weekdays.contains(behavesLike(date));
	}

	boolean isHoliday(LocalDate date) {
		SpecialDay day = this.special.get(date);
		return this.closed.contains(date) || (day != null && day.kind() == DayKind.HOLIDAY);
	}

	private boolean isMakeUpDay(LocalDate date) {
		SpecialDay day = this.special.get(date);
		return day != null && day.kind() == DayKind.WORKDAY;
	}

	private boolean afterHoliday(LocalDate date) {
		LocalDate before = date.minusDays(1);
		for (int i = 0; i < 7 && isWeekend(before) && !isHoliday(before) && !isMakeUpDay(before); i++) {
			before = before.minusDays(1);
		}
		return isHoliday(before);
	}

	private DayOfWeek paidBack(LocalDate date) {
		return this.special.values()
			.stream()
			.filter((day) -> day.kind() == DayKind.HOLIDAY && !isWeekend(day.date()))
			.min(Comparator.comparingLong((SpecialDay day) -> Math.abs(day.date().toEpochDay() - date.toEpochDay())))
			.map((day) -> day.date().getDayOfWeek())
			.orElse(DayOfWeek.MONDAY);
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
