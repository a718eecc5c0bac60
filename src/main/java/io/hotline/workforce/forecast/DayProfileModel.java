package io.hotline.workforce.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A day's level times its intraday profile. The day's total is a level smoothed over the
 * recent days (Holt's exponential smoothing with a damped trend, of each day's total
 * divided by its weekday's factor), times the factor of the weekday the day behaves like,
 * times the effect of the day's place at the turn of the month (the first three and the
 * last working day, as the history shows them). The profile is each weekday's mean share
 * of the day per interval over its last days; 5-minute intervals are smoothed with their
 * neighbours, longer ones hold calls enough (and smoothing them would blur the day's
 * edges).
 */
final class DayProfileModel implements ForecastMethod {

	/** The days per weekday that the factors and the profiles are taken from. */
	static final int PROFILE_DAYS = 12;

	private final String id;

	private final double alpha;

	private final double beta;

	private final double damping;

	private final int profileDays;

	/** The minutes on either side of an interval that its profile is smoothed over. */
	private final int smoothing;

	DayProfileModel(String id, double alpha, double beta, double damping) {
		this(id, alpha, beta, damping, PROFILE_DAYS, 5);
	}

	DayProfileModel(String id, double alpha, double beta, double damping, int profileDays, int smoothing) {
		this.profileDays = profileDays;
		this.smoothing = smoothing;
		this.id = id;
		this.alpha = alpha;
		this.beta = beta;
		this.damping = damping;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public Fitted fit(ContactHistory history, DayCalendar calendar) {
		SameDays same = new SameDays(history, calendar);
		Set<DayOfWeek> weekdays = history.weekdays();
		Map<DayOfWeek, Double> factors = factors(history, calendar, same, this.profileDays);
		Map<DayOfWeek, double[]> profiles = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek type : factors.keySet()) {
			profiles.put(type, profile(history, same.last(type, this.profileDays), this.smoothing / history.minutes()));
		}
		double level = 0;
		double trend = 0;
		boolean started = false;
		Map<Integer, double[]> turns = new HashMap<>();
		for (LocalDate day : history.days()) {
			double value = history.total(day) / factors.get(same.typeOf(day));
			int position = calendar.monthPosition(day, weekdays);
			if (!started) {
				level = value;
				started = true;
			}
			else if (position != 0) {
				double[] ratio = turns.computeIfAbsent(position, (p) -> new double[2]);
				ratio[0] += value / (level + this.damping * trend);
				ratio[1]++;
			}
			else {
				double previous = level;
				level = this.alpha * value + (1 - this.alpha) * (level + this.damping * trend);
				trend = this.beta * (level - previous) + (1 - this.beta) * this.damping * trend;
			}
		}
		double lastLevel = level;
		double lastTrend = trend;
		LocalDate end = history.last();
		return (date) -> {
			DayOfWeek type = same.typeOf(date);
			if (!profiles.containsKey(type)) {
				return null;
			}
			double total = ahead(lastLevel, lastTrend, workingDaysBetween(end, date, weekdays)) * factors.get(type)
					* effect(turns.get(calendar.monthPosition(date, weekdays)));
			double[] profile = profiles.get(type);
			double[] forecast = new double[profile.length];
			for (int i = 0; i < profile.length; i++) {
				forecast[i] = total * profile[i];
			}
			return forecast;
		};
	}

	private double ahead(double level, double trend, int days) {
		double sum = 0;
		double power = 1;
		for (int i = 1; i <= days; i++) {
			power *= this.damping;
			sum += power;
		}
		return Math.max(0, level + sum * trend);
	}

	/** The mean ratio, shrunk towards 1 as if one more day had shown none; 1 for none. */
	private static double effect(double[] ratio) {
		return (ratio == null) ? 1 : (ratio[0] + 1) / (ratio[1] + 1);
	}

	private static int workingDaysBetween(LocalDate from, LocalDate to, Set<DayOfWeek> weekdays) {
		int days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			days += weekdays.contains(day.getDayOfWeek()) ? 1 : 0;
		}
		return Math.max(days, 1);
	}

	/**
	 * Each weekday's mean day over its recent days away from the turn of the month,
	 * divided by the mean of those means.
	 */
	private static Map<DayOfWeek, Double> factors(ContactHistory history, DayCalendar calendar, SameDays same,
			int count) {
		Map<DayOfWeek, Double> means = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek type : same.types()) {
			List<LocalDate> days = same.last(type, count);
			List<LocalDate> plain = days.stream()
				.filter((day) -> calendar.monthPosition(day, history.weekdays()) == 0)
				.toList();
			means.put(type, (plain.isEmpty() ? days : plain).stream().mapToDouble(history::total).average().orElse(0));
		}
		double mean = means.values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
		Map<DayOfWeek, Double> factors = new EnumMap<>(DayOfWeek.class);
		means.forEach((type, value) -> factors.put(type, (mean > 0 && value > 0) ? value / mean : 1));
		return factors;
	}

	/** The mean share of the day per interval over these days, smoothed, summing to 1. */
	static double[] profile(ContactHistory history, List<LocalDate> days, int halfWidth) {
		double[] share = new double[history.slots().size()];
		for (LocalDate day : days) {
			double total = history.total(day);
			double[] counts = history.counts(day);
			for (int i = 0; i < share.length; i++) {
				share[i] += (total > 0 && !Double.isNaN(counts[i])) ? counts[i] / total / days.size() : 0;
			}
		}
		double[] smoothed = Counts.smooth(share, halfWidth);
		double sum = Counts.sum(smoothed);
		for (int i = 0; i < smoothed.length; i++) {
			smoothed[i] = (sum > 0) ? smoothed[i] / sum : 1.0 / smoothed.length;
		}
		return smoothed;
	}

}
