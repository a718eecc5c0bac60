package io.hotline.workforce.forecast;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.hotline.catalog.SpecialDay;

/**
 * The forecast module's API for the platform (the live forecast, the wallboard): one
 * day's forecast per interval from a history, by the method the backtest chooses, and the
 * intraday re-forecast of the rest of a day.
 *
 * @param method the id of the method chosen
 * @param backtestMape its rolling-origin MAPE, null where the history is too short to
 * score
 * @param calls the calls forecast per interval of the day, in the history's slots; null
 * where the day behaves like a weekday the history does not have
 */
public record DayForecast(String method, Double backtestMape, double[] calls) {

	/**
	 * The forecast of {@code day} from the counts per interval of the days of a history
	 * (each array in the order of {@code slots}), with the catalog's special days.
	 */
	public static DayForecast of(int minutes, List<LocalTime> slots, NavigableMap<LocalDate, double[]> days,
			Collection<SpecialDay> special, LocalDate day) {
		return range(minutes, slots, days, special, day, day).get(day);
	}

	/**
	 * The forecast of each day from {@code from} to {@code to} (a month ahead), by one
	 * method chosen once.
	 */
	public static Map<LocalDate, DayForecast> range(int minutes, List<LocalTime> slots,
			NavigableMap<LocalDate, double[]> days, Collection<SpecialDay> special, LocalDate from, LocalDate to) {
		ContactHistory history = new ContactHistory(minutes, slots, new TreeMap<>(days));
		DayCalendar calendar = new DayCalendar(special, java.util.Set.of()).withGapsOf(history);
		ContactForecaster.Scored best = ContactForecaster.ranked(history, calendar).get(0);
		double mape = best.accuracy().mape();
		Map<LocalDate, double[]> calls = ContactForecaster.forecast(best.method(), history, calendar, from, to);
		Map<LocalDate, DayForecast> forecasts = new java.util.LinkedHashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			forecasts.put(day, new DayForecast(best.method().id(), Double.isNaN(mape) ? null : mape, calls.get(day)));
		}
		return forecasts;
	}

	/**
	 * The day: the counts so far as they were (the first {@code soFar.length} intervals),
	 * the rest of {@code forecast} rescaled by how the day runs against it.
	 */
	public static double[] reforecast(double[] forecast, double[] soFar) {
		return IntradayReforecast.rest(forecast, soFar);
	}

}
