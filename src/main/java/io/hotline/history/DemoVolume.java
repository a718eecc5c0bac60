package io.hotline.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * How many orders each day of the demo's year gets: fewer at weekends and on holidays,
 * more in summer (typhoons, heat, power and water), as a city hotline sees it.
 */
final class DemoVolume {

	/** Share of a day's orders by hour of registration, 0 to 23. */
	static final int[] HOURLY = { 1, 1, 1, 1, 1, 1, 2, 4, 7, 9, 9, 8, 6, 7, 8, 8, 7, 6, 5, 5, 4, 3, 2, 1 };

	private DemoVolume() {
	}

	/**
	 * Orders per day for the days from {@code first} to {@code last}, about {@code total}
	 * in all.
	 */
	static Map<LocalDate, Integer> perDay(LocalDate first, LocalDate last, int total, Predicate<LocalDate> workingDay,
			Random random) {
		Map<LocalDate, Double> weights = new LinkedHashMap<>();
		double sum = 0;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			double weight = weekly(day, workingDay.test(day)) * seasonal(day);
			weights.put(day, weight);
			sum += weight;
		}
		Map<LocalDate, Integer> counts = new LinkedHashMap<>();
		for (Map.Entry<LocalDate, Double> day : weights.entrySet()) {
			double expected = total * day.getValue() / sum;
			counts.put(day.getKey(), (int) Math.floor(expected + random.nextDouble()));
		}
		return counts;
	}

	static int hour(Random random) {
		int sum = 0;
		for (int share : HOURLY) {
			sum += share;
		}
		int pick = random.nextInt(sum);
		for (int hour = 0; hour < HOURLY.length; hour++) {
			pick -= HOURLY[hour];
			if (pick < 0) {
				return hour;
			}
		}
		return 12;
	}

	private static double weekly(LocalDate day, boolean working) {
		DayOfWeek dow = day.getDayOfWeek();
		if (!working) {
			return (dow == DayOfWeek.SUNDAY) ? 0.5 : 0.6;
		}
		return (dow == DayOfWeek.MONDAY) ? 1.2 : 1.0;
	}

	/** Highest in late July, lowest in late January. */
	private static double seasonal(LocalDate day) {
		return 1 + 0.3 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 200) / 365.0);
	}

}
