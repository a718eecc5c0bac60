package io.hotline.workforce.roster.web;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The seam through which a roster solve takes its demand from the contact forecast: the
 * agents to schedule per interval of every day of a month (implemented by the live
 * forecast, {@code workforce.live}). Empty where the platform has no calls to forecast
 * from.
 */
public interface ForecastDemand {

	/**
	 * The agents to schedule (shrinkage included) per interval of {@code minutes} of each
	 * day of the month that has a forecast; empty without a history.
	 */
	List<Need> month(YearMonth month, int minutes);

	/** Agents to schedule from an interval's start. */
	record Need(LocalDateTime start, int agents) {

	}

}
