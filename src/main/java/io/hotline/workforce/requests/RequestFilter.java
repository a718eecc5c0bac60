package io.hotline.workforce.requests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.hotline.platform.Problem;

/** A list's filters: status, kind, and the days a request must share with from–to. */
record RequestFilter(RequestStatus status, RequestKind kind, LocalDate from, LocalDate to) {

	static RequestFilter of(String status, String kind, String from, String to) {
		RequestFilter filter = new RequestFilter(value(RequestStatus.class, "status", status),
				value(RequestKind.class, "kind", kind), date("from", from), date("to", to));
		if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
			throw Problem.invalid("workforce.request.reversed", filter.from, filter.to);
		}
		return filter;
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("workforce.request.bad-filter", RequestChecks.field(name), text);
		}
	}

	private static LocalDate date(String name, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("workforce.request.bad-date", RequestChecks.field(name), text);
		}
	}

}
