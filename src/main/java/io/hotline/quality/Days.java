package io.hotline.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.hotline.platform.DateParameter;
import io.hotline.platform.Problem;

/**
 * A period of whole days in the hotline's time zone, {@code from} and {@code to} included
 * ({@code yyyy-MM-dd}); the last 30 days where not given.
 */
record Days(Instant start, Instant end) {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MOST_DAYS = 366;

	static Days of(String from, String to, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		LocalDate last = DateParameter.parse("to", to, "quality.bad-date", today);
		LocalDate first = DateParameter.parse("from", from, "quality.bad-date", last.minusDays(29));
		if (last.isBefore(first) || first.plusDays(MOST_DAYS).isBefore(last)) {
			throw Problem.invalid("quality.bad-period", first, last, MOST_DAYS);
		}
		return new Days(first.atStartOfDay(ZONE).toInstant(), last.plusDays(1).atStartOfDay(ZONE).toInstant());
	}

}
