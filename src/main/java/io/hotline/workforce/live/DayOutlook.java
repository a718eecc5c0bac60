package io.hotline.workforce.live;

import java.time.LocalDate;
import java.util.List;

/**
 * The day's forecast against the actual calls, with the staffing curve and what it rests
 * on.
 *
 * @param explanation why there is no forecast (no calls in the history), null otherwise
 */
record DayOutlook(LocalDate date, int minutes, String queue, int historyWeeks, String method, Double backtestMape,
		double handlingSeconds, int serviceLevelPercent, int serviceLevelSeconds, double shrinkage, String explanation,
		List<ForecastRow> rows) {

}
