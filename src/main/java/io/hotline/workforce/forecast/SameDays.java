package io.hotline.workforce.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The history's days grouped by the weekday they behave like, oldest first. */
final class SameDays {

	private final Map<DayOfWeek, List<LocalDate>> days = new EnumMap<>(DayOfWeek.class);

	private final DayCalendar calendar;

	SameDays(ContactHistory history, DayCalendar calendar) {
		this.calendar = calendar;
		for (LocalDate day : history.days()) {
			this.days.computeIfAbsent(calendar.behavesLike(day), (d) -> new ArrayList<>()).add(day);
		}
	}

	/**
	 * The last {@code count} days (or fewer) that behave like this date; empty when none.
	 */
	List<LocalDate> last(LocalDate date, int count) {
		return last(this.calendar.behavesLike(date), count);
	}

	/** The last {@code count} days (or fewer) that behave like this weekday. */
	List<LocalDate> last(DayOfWeek type, int count) {
		List<LocalDate> same = this.days.getOrDefault(type, List.of());
		return same.subList(Math.max(0, same.size() - count), same.size());
	}

	/** The weekdays that the history's days behave like. */
	Set<DayOfWeek> types() {
		return this.days.keySet();
	}

	DayOfWeek typeOf(LocalDate date) {
		return this.calendar.behavesLike(date);
	}

}
