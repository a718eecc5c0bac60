package io.hotline.workforce.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods compared, the choice among them by a rolling-origin backtest over the
 * history's last weeks, and the forecast of a range of days by the chosen one.
 */
final class ContactForecaster {

	/** The weeks of rolling origins that choose the method. */
	static final int BACKTEST_WEEKS = 4;

	static final List<ForecastMethod> METHODS = List.of(new SeasonalNaive(), new SameWeekdayMean(4),
			new DayProfileModel("day-profile", 0.1, 0, 1), new DayProfileModel("day-profile-fast", 0.3, 0, 1),
			new DayProfileModel("day-profile-trend", 0.1, 0.05, 0.9));

	private ContactForecaster() {
	}

	/** A method and its score in the backtest. */
	record Scored(ForecastMethod method, Accuracy accuracy) {

	}

	/**
	 * Every method's rolling-origin score, best (lowest MAPE) first; where the history is
	 * too short for a backtest (under three weeks), unscored, the mean of the same
	 * weekdays first.
	 */
	static List<Scored> ranked(ContactHistory history, DayCalendar calendar) {
		List<Scored> scored = new ArrayList<>();
		for (ForecastMethod method : METHODS) {
			scored.add(new Scored(method, Backtest.rollingOrigin(method, history, calendar, BACKTEST_WEEKS)));
		}
		if (scored.stream().allMatch((s) -> s.accuracy().intervals() > 0)) {
			scored.sort(Comparator.comparingDouble((Scored s) -> s.accuracy().mape()));
		}
		else {
			scored.sort(Comparator.comparing((Scored s) -> !(s.method() instanceof SameWeekdayMean)));
		}
		return scored;
	}

	/**
	 * The method's forecast for every day from {@code from} to {@code to} that behaves
	 * like a weekday the history has, in date order.
	 */
	static Map<LocalDate, double[]> forecast(ForecastMethod method, ContactHistory history, DayCalendar calendar,
			LocalDate from, LocalDate to) {
		ForecastMethod.Fitted fitted = method.fit(history, calendar);
		Map<LocalDate, double[]> days = new LinkedHashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			double[] forecast = fitted.day(day);
			if (forecast != null) {
				days.put(day, forecast);
			}
		}
		return days;
	}

}
