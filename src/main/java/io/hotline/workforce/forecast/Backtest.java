package io.hotline.workforce.forecast;

import java.time.LocalDate;

/**
 * How well a method would have forecast the history's own last days. A hold-out: fitted
 * on the days up to a cut, forecasting every later day once. A rolling origin: as if the
 * history had ended one, two, … weeks earlier, each origin forecasting every day after
 * it, all errors pooled.
 */
final class Backtest {

	private Backtest() {
	}

	static Accuracy holdOut(ForecastMethod method, ContactHistory history, DayCalendar calendar, LocalDate cut) {
		Accuracy accuracy = new Accuracy();
		add(accuracy, method, history, calendar, cut);
		return accuracy;
	}

	/** Empty accuracy (no intervals) where the history is too short for any origin. */
	static Accuracy rollingOrigin(ForecastMethod method, ContactHistory history, DayCalendar calendar, int weeks) {
		Accuracy accuracy = new Accuracy();
		for (int week = weeks; week >= 1; week--) {
			LocalDate origin = history.last().minusWeeks(week);
			if (!origin.minusWeeks(2).isBefore(history.first())) {
				add(accuracy, method, history, calendar, origin);
			}
		}
		return accuracy;
	}

	private static void add(Accuracy accuracy, ForecastMethod method, ContactHistory history, DayCalendar calendar,
			LocalDate cut) {
		ContactHistory before = history.until(cut);
		if (before.isEmpty()) {
			return;
		}
		ForecastMethod.Fitted fitted = method.fit(before, calendar);
		ContactHistory after = history.after(cut);
		for (LocalDate day : after.days()) {
			double[] forecast = fitted.day(day);
			if (forecast != null) {
				accuracy.add(after.counts(day), forecast);
			}
		}
	}

}
