package io.hotline.workforce.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * 同期: each interval as it was on the last day that behaves like the day (a week before).
 */
final class SeasonalNaive implements ForecastMethod {

	@Override
	public String id() {
		return "seasonal-naive";
	}

	@Override
	public Fitted fit(ContactHistory history, DayCalendar calendar) {
		SameDays same = new SameDays(history, calendar);
		return (date) -> {
			List<LocalDate> last = same.last(date, 1);
			return last.isEmpty() ? null : SameWeekdayMean.mean(history, last);
		};
	}

}
