package io.hotline.workforce.forecast;

import java.time.LocalDate;

/** A way to forecast contacts per interval from a history. */
interface ForecastMethod {

	/** A short name, as the command and the benchmark print it. */
	String id();

	/** Fits the method to the history, the days of its calendar known. */
	Fitted fit(ContactHistory history, DayCalendar calendar);

	/** A fitted method. */
	interface Fitted {

		/**
		 * The contacts of each interval of the history's day (its slots) on this day, or
		 * {@code null} where the history has no day that behaves like it.
		 */
		double[] day(LocalDate date);

	}

}
