package io.hotline.workforce.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Contacts per interval of the days of a history: the same intervals of the day (slots)
 * for every day, {@code NaN} where a day's row is missing.
 */
final class ContactHistory {

	private final int minutes;

	private final List<LocalTime> slots;

	private final NavigableMap<LocalDate, double[]> days;

	ContactHistory(int minutes, List<LocalTime> slots, NavigableMap<LocalDate, double[]> days) {
		this.minutes = minutes;
		this.slots = List.copyOf(slots);
		this.days = Collections.unmodifiableNavigableMap(days);
	}

	/** The length of an interval in minutes. */
	int minutes() {
		return this.minutes;
	}

	/** The start of each interval of the day, in order. */
	List<LocalTime> slots() {
		return this.slots;
	}

	List<LocalDate> days() {
		return List.copyOf(this.days.keySet());
	}

	boolean has(LocalDate day) {
		return this.days.containsKey(day);
	}

	double[] counts(LocalDate day) {
		return this.days.get(day);
	}

	double total(LocalDate day) {
		return Counts.sum(this.days.get(day));
	}

	LocalDate first() {
		return this.days.firstKey();
	}

	LocalDate last() {
		return this.days.lastKey();
	}

	/** The days up to and including {@code day}. */
	ContactHistory until(LocalDate day) {
		return new ContactHistory(this.minutes, this.slots, new TreeMap<>(this.days.headMap(day, true)));
	}

	/** The days after {@code day}. */
	ContactHistory after(LocalDate day) {
		return new ContactHistory(this.minutes, this.slots, new TreeMap<>(this.days.tailMap(day, false)));
	}

	Set<DayOfWeek> weekdays() {
		return this.days.keySet().stream().map(LocalDate::getDayOfWeek).collect(Collectors.toSet());
	}

	boolean isEmpty() {
		return this.days.isEmpty();
	}

}
