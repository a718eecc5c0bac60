package io.hotline.workforce.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * A call centre's day: the share of a day's calls in each 30-minute interval of a
 * weekday, from a history of {@code interval_start,calls} rows (e.g. the bank series,
 * 07:00–21:00 on weekdays) aggregated, or a built-in two-peak shape. Hours the history
 * lacks (the night) get a low floor; weekends and holidays get 55 % of a weekday's
 * volume.
 */
final class CallShape {

	static final int SLOTS = 48;

	private static final double NIGHT_FLOOR = 0.15;

	private static final double REST_DAY_VOLUME = 0.55;

	private final double[][] share = new double[7][SLOTS];

	private final String source;

	private CallShape(double[][] calls, String source) {
		this.source = source;
		double weekdayTotal = 0;
		int weekdays = 0;
		for (int weekday = 0; weekday < 5; weekday++) {
			double total = sum(calls[weekday]);
			if (total > 0) {
				weekdayTotal += total;
				weekdays++;
			}
		}
		double meanWeekday = weekdayTotal / Math.max(1, weekdays);
		double[] meanProfile = new double[SLOTS];
		for (int weekday = 0; weekday < 5; weekday++) {
			for (int slot = 0; slot < SLOTS; slot++) {
				meanProfile[slot] += calls[weekday][slot] / Math.max(1, weekdays);
			}
		}
		for (int weekday = 0; weekday < 7; weekday++) {
			double[] day = (sum(calls[weekday]) > 0) ? calls[weekday] : meanProfile;
			double dayMean = sum(day) / count(day);
			double volume = (weekday < 5) ? sum(day) / meanWeekday : REST_DAY_VOLUME;
			double[] filled = new double[SLOTS];
			for (int slot = 0; slot < SLOTS; slot++) {
				filled[slot] = (day[slot] > 0) ? day[slot] : NIGHT_FLOOR * dayMean;
			}
			double filledTotal = sum(filled);
			for (int slot = 0; slot < SLOTS; slot++) {
				this.share[weekday][slot] = volume * filled[slot] / filledTotal;
			}
		}
	}

	/** The history's shape when the file is there, else the built-in one. */
	static CallShape of(Path history) {
		if (history != null && Files.isRegularFile(history)) {
			return fromHistory(history);
		}
		return builtIn();
	}

	static CallShape fromHistory(Path history) {
		double[][] calls = new double[7][SLOTS];
		int[][] days = new int[7][SLOTS];
		try (var lines = Files.lines(history)) {
			lines.skip(1).filter((line) -> !line.isBlank()).forEach((line) -> {
				String[] cells = line.split(",");
				LocalDateTime start = LocalDateTime.parse(cells[0].trim());
				int weekday = start.getDayOfWeek().getValue() - 1;
				int slot = (start.getHour() * 60 + start.getMinute()) / 30;
				calls[weekday][slot] += Double.parseDouble(cells[1].trim());
				if (start.getMinute() % 30 == 0) {
					days[weekday][slot]++;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (int weekday = 0; weekday < 7; weekday++) {
			for (int slot = 0; slot < SLOTS; slot++) {
				calls[weekday][slot] = (days[weekday][slot] > 0) ? calls[weekday][slot] / days[weekday][slot] : 0;
			}
		}
		return new CallShape(calls, history.getFileName().toString());
	}

	/** Two peaks (mid-morning and mid-afternoon), quiet nights. */
	static CallShape builtIn() {
		double[][] calls = new double[7][SLOTS];
		for (int weekday = 0; weekday < 5; weekday++) {
			for (int slot = 14; slot < 42; slot++) {
				double hour = slot / 2.0;
				calls[weekday][slot] = 40 + 100 * Math.exp(-Math.pow((hour - 10) / 1.8, 2))
						+ 80 * Math.exp(-Math.pow((hour - 15) / 2.2, 2));
			}
		}
		return new CallShape(calls, "built-in shape");
	}

	String source() {
		return this.source;
	}

	/** Calls in each interval of a day with {@code dailyCalls} on an average weekday. */
	double[] calls(DayOfWeek weekday, boolean holiday, double dailyCalls) {
		double[] day = this.share[holiday ? DayOfWeek.SUNDAY.getValue() - 1 : weekday.getValue() - 1];
		double[] calls = new double[SLOTS];
		for (int slot = 0; slot < SLOTS; slot++) {
			calls[slot] = day[slot] * dailyCalls;
		}
		return calls;
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum;
	}

	private static int count(double[] values) {
		return (int) java.util.Arrays.stream(values).filter((value) -> value > 0).count();
	}

}
