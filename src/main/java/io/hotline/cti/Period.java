package io.hotline.cti;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.hotline.platform.Problem;

/**
 * A period of intervals in Beijing time: its start rounded down to an interval's, its end
 * excluded. A day given alone means the whole day: from its start, to its end.
 */
record Period(LocalDateTime from, LocalDateTime to, int minutes) {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** The interval lengths in minutes. */
	static final java.util.Set<Integer> MINUTES = java.util.Set.of(5, 15, 30);

	Period {
		if (!MINUTES.contains(minutes)) {
			throw Problem.invalid("cti.bad-minutes", minutes);
		}
		if (!to.isAfter(from)) {
			throw Problem.invalid("cti.bad-period", from, to);
		}
	}

	/**
	 * The period asked from outside: {@code from} and {@code to} days or local date-times
	 * (a day given as {@code to} is included), {@code minutes} 5, 15 or 30 (default 15);
	 * at most {@code mostDays} long. From today's start to its end where not given.
	 */
	static Period of(String from, String to, String minutes, Instant now, int mostDays) {
		Period asked = exact(from, to, minutes, now, mostDays);
		int minuteOfDay = asked.from.getHour() * 60 + asked.from.getMinute();
		return new Period(
				asked.from.toLocalDate().atStartOfDay().plusMinutes(minuteOfDay - minuteOfDay % asked.minutes),
				asked.to, asked.minutes);
	}

	/** The same, its start as asked. */
	static Period exact(String from, String to, String minutes, Instant now, int mostDays) {
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		LocalDateTime start = moment("from", from, false);
		LocalDateTime end = moment("to", to, true);
		start = (start != null) ? start : (end != null) ? end.minusDays(1) : today.atStartOfDay();
		end = (end != null) ? end : start.toLocalDate().plusDays(1).atStartOfDay();
		int length = 15;
		if (Calls.blankToNull(minutes) != null) {
			try {
				length = Integer.parseInt(minutes.strip());
			}
			catch (NumberFormatException ex) {
				throw Problem.invalid("cti.bad-minutes", minutes);
			}
		}
		Period period = new Period(start, end, length);
		if (Duration.between(period.from, period.to).compareTo(Duration.ofDays(mostDays)) > 0) {
			throw Problem.invalid("cti.period-too-long", mostDays);
		}
		return period;
	}

	private static LocalDateTime moment(String field, String text, boolean end) {
		String value = Calls.blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
			}
			return LocalDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("cti.bad-moment", field, value);
		}
	}

	Instant start() {
		return this.from.atZone(ZONE).toInstant();
	}

	Instant end() {
		return this.to.atZone(ZONE).toInstant();
	}

	/** How many intervals, the last one maybe cut short by the end. */
	int intervals() {
		long seconds = Duration.between(this.from, this.to).toSeconds();
		return (int) ((seconds + this.minutes * 60L - 1) / (this.minutes * 60L));
	}

}
