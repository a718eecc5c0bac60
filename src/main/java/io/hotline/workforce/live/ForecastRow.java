package io.hotline.workforce.live;

import java.time.LocalDateTime;

/**
 * One interval of the day's forecast.
 *
 * @param start the interval's start, Beijing time
 * @param forecast the calls forecast before the day began
 * @param actual the calls offered so far, null for intervals not begun
 * @param reforecast the intraday re-forecast (the actual counts for intervals ended),
 * null where the day has not begun or is over
 * @param agents the agents needed on the phones (re-forecast where there is one)
 * @param scheduled the agents to schedule, shrinkage included
 */
record ForecastRow(LocalDateTime start, Double forecast, Integer actual, Double reforecast, Integer agents,
		Integer scheduled) {

}
