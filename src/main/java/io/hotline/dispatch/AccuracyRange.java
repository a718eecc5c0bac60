package io.hotline.dispatch;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hotline.catalog.WorkingCalendar;
import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;

/**
 * The periods a report of dispatch accuracy covers, in Beijing time. The dates asked for
 * are widened to the start of the first period and the end of the last one, so that every
 * period counts a whole day, week (Monday to Sunday) or month and periods of two reports
 * compare.
 *
 * @param from the first day of the first period
 * @param to the last day of the last period (inclusive)
 * @param interval the length of a period
 */
record AccuracyRange(LocalDate from, LocalDate to, Interval interval) {

	/** More periods than a chart or a table can show are refused rather than cut. */
	static final int MAX_PERIODS = 400;

	/** Without {@code from}: the twelve periods up to {@code to}. */
	static final int DEFAULT_PERIODS = 12;

	/** How long a period is; PostgreSQL's {@code date_trunc} knows each by its name. */
	enum Interval {

		DAY, WEEK, MONTH;

		/** The first day of the period that contains the day. */
		LocalDate start(LocalDate day) {
			return switch (this) {
				case DAY -> day;
				case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				case MONTH -> day.withDayOfMonth(1);
			};
		}

		LocalDate plus(LocalDate start, long periods) {
			return switch (this) {
				case DAY -> start.plusDays(periods);
				case WEEK -> start.plusWeeks(periods);
				case MONTH -> start.plusMonths(periods);
			};
		}

		long between(LocalDate start, LocalDate later) {
			return switch (this) {
				case DAY -> ChronoUnit.DAYS.between(start, later);
				case WEEK -> ChronoUnit.WEEKS.between(start, later);
				case MONTH -> ChronoUnit.MONTHS.between(start, later);
			};
		}

		/** As the API and {@code date_trunc} write it. */
		String field() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The range of the request's parameters, each optional: {@code to} today,
	 * {@code interval} week, {@code from} twelve periods back. A 400 problem naming the
	 * parameter for a bad date or interval, {@code from} after {@code to}, or more than
	 * {@value #MAX_PERIODS} periods.
	 */
	static AccuracyRange of(String from, String to, String interval, LocalDate today) {
		Interval unit = interval(interval);
		LocalDate end = (to == null || to.isBlank()) ? today : date("to", to);
		LocalDate start = (from == null || from.isBlank()) ? unit.plus(unit.start(end), 1 - DEFAULT_PERIODS)
				: date("from", from);
		if (start.isAfter(end)) {
			throw Problem.invalid("dispatch.accuracy.from-after-to", start, end);
		}
		start = unit.start(start);
		LocalDate last = unit.start(end);
		long periods = unit.between(start, last) + 1;
		if (periods > MAX_PERIODS) {
			throw Problem.invalid("dispatch.accuracy.too-many-periods", periods, unit.field(), MAX_PERIODS);
		}
		return new AccuracyRange(start, unit.plus(last, 1).minusDays(1), unit);
	}

	/** The first day of every period, oldest first. */
	List<LocalDate> periods() {
		List<LocalDate> periods = new ArrayList<>();
		for (LocalDate day = this.from; !day.isAfter(this.to); day = this.interval.plus(day, 1)) {
			periods.add(day);
		}
		return periods;
	}

	/** The range's first instant. */
	Instant start() {
		return this.from.atStartOfDay(WorkingCalendar.ZONE).toInstant();
	}

	/** The first instant after the range. */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
	}

	private static Interval interval(String text) {
		if (text == null || text.isBlank()) {
			return Interval.WEEK;
		}
		try {
			return Interval.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("dispatch.accuracy.bad-interval", text);
		}
	}

	private static LocalDate date(String parameter, String text) {
		return DateParameter.parse(parameter, text, "dispatch.accuracy.bad-date");
	}

}
