package io.hotline.workforce.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.cti.ContactHistory;
import io.hotline.workforce.surge.LiveContacts;

import org.springframework.stereotype.Component;

/**
 * The figures the surge trigger compares: the calls offered in a window of today (the CTI
 * events, 5-minute intervals begun within the window) and the day's forecast for the same
 * window (its 15-minute intervals, each by the share of it inside the window). Empty
 * where today has no forecast (no history yet).
 */
@Component
class SurgeContacts implements LiveContacts {

	private static final int OFFERED_MINUTES = 5;

	private final LiveForecast forecast;

	private final ContactHistory history;

	SurgeContacts(LiveForecast forecast, ContactHistory history) {
		this.forecast = forecast;
		this.history = history;
	}

	@Override
	public Optional<Window> window(Instant from, Instant to) {
		return window(from, to, null);
	}

	/** The same for one queue (null: all). */
	Optional<Window> window(Instant from, Instant to, String queue) {
		LocalDateTime start = LocalDateTime.ofInstant(from, WorkingCalendar.ZONE);
		LocalDateTime end = LocalDateTime.ofInstant(to, WorkingCalendar.ZONE);
		LocalDate date = end.toLocalDate();
		if (start.toLocalDate().isBefore(date)) {
			start = date.atStartOfDay();
		}
		DayOutlook outlook = this.forecast.day(date, ForecastSupplement.MINUTES, queue);
		if (outlook.explanation() != null) {
			return Optional.empty();
		}
		double forecast = 0;
		for (ForecastRow row : outlook.rows()) {
			LocalDateTime rowEnd = row.start().plusMinutes(ForecastSupplement.MINUTES);
			LocalDateTime overlapStart = row.start().isAfter(start) ? row.start() : start;
			LocalDateTime overlapEnd = rowEnd.isBefore(end) ? rowEnd : end;
			if (row.forecast() != null && overlapEnd.isAfter(overlapStart)) {
				forecast += row.forecast() * Duration.between(overlapStart, overlapEnd).toSeconds()
						/ (ForecastSupplement.MINUTES * 60.0);
			}
		}
		LocalDateTime first = start.minusMinutes(start.getMinute() % OFFERED_MINUTES).withSecond(0).withNano(0);
		LocalDateTime last = end;
		long offered = this.history.offered(date, date, OFFERED_MINUTES, queue)
			.stream()
			.filter((interval) -> !interval.start().isBefore(first) && interval.start().isBefore(last))
			.mapToLong(ContactHistory.Offered::calls)
			.sum();
		return Optional.of(new Window(offered, forecast));
	}

}
