package io.hotline.workforce.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** Synthetic histories for the tests: a day's counts as a function of date and slot. */
final class Series {

	/** 08:00–11:45 in 15-minute intervals: 16 a day. */
	static final List<LocalTime> SLOTS = slots(16, 15);

	private Series() {
	}

	static List<LocalTime> slots(int count, int minutes) {
		List<LocalTime> slots = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			slots.add(LocalTime.of(8, 0).plusMinutes((long) i * minutes));
		}
		return slots;
	}

	/** The weekdays (Monday to Friday) from {@code from} to {@code to}, both included. */
	static ContactHistory weekdays(LocalDate from, LocalDate to, BiFunction<LocalDate, Integer, Double> calls) {
		return days(from, to, (day) -> day.getDayOfWeek().getValue() <= 5, calls);
	}

	static ContactHistory days(LocalDate from, LocalDate to, Predicate<LocalDate> open,
			BiFunction<LocalDate, Integer, Double> calls) {
		TreeMap<LocalDate, double[]> days = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (open.test(day)) {
				double[] counts = new double[SLOTS.size()];
				for (int i = 0; i < counts.length; i++) {
					counts[i] = calls.apply(day, i);
				}
				days.put(day, counts);
			}
		}
		return new ContactHistory(15, SLOTS, days);
	}

	/** A smooth intraday shape: a hump over the morning, between 50 and 150. */
	static double shape(int slot) {
		return 100 + 50 * Math.sin(Math.PI * (slot - 4) / 16.0);
	}

	/** Mondays half as busy again as the other weekdays. */
	static double weekday(LocalDate day) {
		return (day.getDayOfWeek() == DayOfWeek.MONDAY) ? 1.5 : 1.0;
	}

	static double mape(double[] actual, double[] forecast) {
		Accuracy accuracy = new Accuracy();
		accuracy.add(actual, forecast);
		return accuracy.mape();
	}

}
