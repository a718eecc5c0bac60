package io.hotline.workforce.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * Each interval's mean over the last few days that behave like the day (four by default).
 */
final class SameWeekdayMean implements ForecastMethod {

	private final int days;

	SameWeekdayMean(int days) {
		this.days = days;
	}

	@Override
	public String id() {
		return "mean-last-" + this.days + "-same-weekdays";
	}

	@Override
	public Fitted fit(ContactHistory history, DayCalendar calendar) {
		SameDays same = new SameDays(history, calendar);
		return (date) -> {
			List<LocalDate> last = same.last(date, this.days);
			return last.isEmpty() ? null : mean(history, last);
		};
	}

	/**
	 * The mean of each interval over these days, missing counts skipped (0 where all
	 * are).
	 */
	static double[] mean(ContactHistory history, List<LocalDate> days) {
		double[] sum = new double[history.slots().size()];
		int[] n = new int[sum.length];
		for (LocalDate day : days) {
			double[] counts = history.counts(day);
			for (int i = 0; i < sum.length; i++) {
				if (!Double.isNaN(counts[i])) {
					sum[i] += counts[i];
					n[i]++;
				}
			}
		}
		for (int i = 0; i < sum.length; i++) {
			sum[i] = (n[i] > 0) ? sum[i] / n[i] : 0;
		}
		return sum;
	}

}
