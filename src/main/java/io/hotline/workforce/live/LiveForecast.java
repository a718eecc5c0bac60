package io.hotline.workforce.live;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.hotline.catalog.SpecialDay;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.cti.ContactHistory;
import io.hotline.cti.Figures;
import io.hotline.cti.Interval;
import io.hotline.workforce.forecast.DayForecast;
import io.hotline.workforce.staffing.IntervalCalls;
import io.hotline.workforce.staffing.IntervalStaffing;
import io.hotline.workforce.staffing.Staffing;
import io.hotline.workforce.staffing.StaffingMethod;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The day's forecast from the platform's own calls of the last weeks (the method the
 * backtest chooses, the catalog's holidays and 调休 days behaving as the days they
 * replace), the calls offered so far, the intraday re-forecast of the rest of today, and
 * the agents needed per interval by Erlang C with the handling time observed.
 */
@Service
@EnableConfigurationProperties(LiveSettings.class)
class LiveForecast {

	private final ContactHistory history;

	private final WorkingCalendar calendar;

	private final LiveSettings settings;

	private final Clock clock;

	LiveForecast(ContactHistory history, WorkingCalendar calendar, LiveSettings settings, Clock clock) {
		this.history = history;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	LiveSettings settings() {
		return this.settings;
	}

	DayOutlook day(LocalDate date, int minutes, String queue) {
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate first = date.minusWeeks(this.settings.historyWeeks());
		Past past = past(first, date.minusDays(1), minutes, queue);
		List<LocalTime> slots = past.slots();
		List<ContactHistory.Offered> today = date.isAfter(now.toLocalDate()) ? List.of()
				: this.history.offered(date, date, minutes, queue);
		double handling = past.handling();
		Integer[] actual = new Integer[slots.size()];
		int ended = 0;
		for (ContactHistory.Offered offered : today) {
			int i = slots.indexOf(offered.start().toLocalTime());
			if (!offered.start().isAfter(now)) {
				actual[i] = offered.calls();
			}
			if (!offered.start().plusMinutes(minutes).isAfter(now)) {
				ended = i + 1;
			}
		}
		if (past.total() == 0) {
			return outlook(date, minutes, queue, null, handling, "workforce.forecast.no-history",
					rows(date, slots, null, actual, null, null));
		}
		DayForecast forecast = DayForecast.of(minutes, slots, past.days(), specialDays(first, date), date);
		if (forecast.calls() == null) {
			return outlook(date, minutes, queue, forecast, handling, "workforce.forecast.no-such-day",
					rows(date, slots, null, actual, null, null));
		}
		double[] reforecast = null;
		if (date.equals(now.toLocalDate())) {
			double[] soFar = new double[ended];
			for (int i = 0; i < ended; i++) {
				soFar[i] = actual[i];
			}
			reforecast = DayForecast.reforecast(forecast.calls(), soFar);
		}
		double[] plan = (reforecast != null) ? reforecast : forecast.calls();
		List<IntervalCalls> calls = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			calls.add(new IntervalCalls(date.atTime(slots.get(i)), plan[i]));
		}
		List<IntervalStaffing> staffing = staffing(minutes, handling).forDay(calls);
		return outlook(date, minutes, queue, forecast, handling, null,
				rows(date, slots, forecast.calls(), actual, reforecast, staffing));
	}

	/**
	 * The forecast and the agents needed of each day from {@code from} to {@code to}, all
	 * from the same history: the weeks before today, or before {@code from} where that is
	 * earlier (a roster's month ahead). Days without a forecast carry their explanation.
	 */
	List<DayOutlook> ahead(LocalDate from, LocalDate to, int minutes, String queue) {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate end = from.isAfter(today) ? today : from;
		LocalDate first = end.minusWeeks(this.settings.historyWeeks());
		Past past = past(first, end.minusDays(1), minutes, queue);
		List<SpecialDay> special = specialDays(first, to);
		Staffing staffing = staffing(minutes, past.handling());
		List<DayOutlook> days = new ArrayList<>();
		Map<LocalDate, DayForecast> forecasts = (past.total() == 0) ? Map.of()
				: DayForecast.range(minutes, past.slots(), past.days(), special, from, to);
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			Integer[] none = new Integer[past.slots().size()];
			DayForecast forecast = forecasts.get(date);
			if (forecast == null || forecast.calls() == null) {
				days.add(outlook(date, minutes, queue, forecast, past.handling(),
						(forecast == null) ? "workforce.forecast.no-history" : "workforce.forecast.no-such-day",
						rows(date, past.slots(), null, none, null, null)));
				continue;
			}
			List<IntervalCalls> calls = new ArrayList<>();
			for (int i = 0; i < past.slots().size(); i++) {
				calls.add(new IntervalCalls(date.atTime(past.slots().get(i)), forecast.calls()[i]));
			}
			days.add(outlook(date, minutes, queue, forecast, past.handling(), null,
					rows(date, past.slots(), forecast.calls(), none, null, staffing.forDay(calls))));
		}
		return days;
	}

	/** The calls offered per interval of each day from {@code first} to {@code last}. */
	private Past past(LocalDate first, LocalDate last, int minutes, String queue) {
		List<Interval> past = this.history.intervals(first, last, minutes, queue);
		List<LocalTime> slots = new ArrayList<>();
		for (LocalTime t = LocalTime.MIDNIGHT; slots.isEmpty()
				|| !t.equals(LocalTime.MIDNIGHT); t = t.plusMinutes(minutes)) {
			slots.add(t);
		}
		NavigableMap<LocalDate, double[]> days = new TreeMap<>();
		double total = 0;
		for (Interval interval : past) {
			double[] counts = days.computeIfAbsent(interval.start().toLocalDate(), (d) -> new double[slots.size()]);
			counts[slots.indexOf(interval.start().toLocalTime())] = interval.figures().offered();
			total += interval.figures().offered();
		}
		return new Past(slots, days, total, handlingSeconds(past));
	}

	private List<SpecialDay> specialDays(LocalDate first, LocalDate last) {
		List<SpecialDay> special = new ArrayList<>();
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			special.addAll(this.calendar.specialDays(year));
		}
		return special;
	}

	/** The agents needed for {@code calls} in an interval of {@code minutes}. */
	IntervalStaffing needed(LocalDateTime start, int minutes, double calls, double handlingSeconds) {
		return staffing(minutes, handlingSeconds).forInterval(new IntervalCalls(start, calls));
	}

	private Staffing staffing(int minutes, double handlingSeconds) {
		return new Staffing(Duration.ofMinutes(minutes), Duration.ofMillis(Math.round(handlingSeconds * 1000)),
				this.settings.serviceLevel(), StaffingMethod.ERLANG_C, null, this.settings.shrinkage());
	}

	/**
	 * The mean handling time (talk + after-call work) of the answered calls of the
	 * intervals, the default where none was answered.
	 */
	double handlingSeconds(List<Interval> intervals) {
		double seconds = 0;
		int answered = 0;
		for (Interval interval : intervals) {
			Figures figures = interval.figures();
			if (figures.averageHandlingSeconds() != null && figures.answered() > 0) {
				seconds += figures.averageHandlingSeconds() * figures.answered();
				answered += figures.answered();
			}
		}
		return (answered > 0) ? seconds / answered : this.settings.defaultHandlingSeconds();
	}

	private DayOutlook outlook(LocalDate date, int minutes, String queue, DayForecast forecast, double handling,
			String explanation, List<ForecastRow> rows) {
		return new DayOutlook(date, minutes, queue, this.settings.historyWeeks(),
				(forecast != null) ? forecast.method() : null, (forecast != null) ? forecast.backtestMape() : null,
				Math.round(handling * 10) / 10.0, this.settings.serviceLevelPercent(),
				this.settings.serviceLevelSeconds(), this.settings.shrinkage().total(), explanation, rows);
	}

	private static List<ForecastRow> rows(LocalDate date, List<LocalTime> slots, double[] forecast, Integer[] actual,
			double[] reforecast, List<IntervalStaffing> staffing) {
		List<ForecastRow> rows = new ArrayList<>();
		for (int i = 0; i < slots.size(); i++) {
			rows.add(new ForecastRow(date.atTime(slots.get(i)), (forecast != null) ? round(forecast[i]) : null,
					actual[i], (reforecast != null) ? round(reforecast[i]) : null,
					(staffing != null) ? staffing.get(i).agents() : null,
					(staffing != null) ? staffing.get(i).scheduled() : null));
		}
		return rows;
	}

	private static double round(double calls) {
		return Math.round(calls * 10) / 10.0;
	}

	private record Past(List<LocalTime> slots, NavigableMap<LocalDate, double[]> days, double total, double handling) {

	}

}
