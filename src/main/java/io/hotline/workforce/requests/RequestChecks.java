package io.hotline.workforce.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.hotline.platform.Problem;

/**
 * The checks of a request's fields that need nothing stored: each refusal names the field
 * in the form's words.
 */
final class RequestChecks {

	/** The kinds of leave (假别) an agent may ask for. */
	static final List<String> LEAVE_KINDS = List.of("年假", "病假", "事假", "婚假", "产假", "丧假", "调休");

	private RequestChecks() {
	}

	static RequestKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			throw Problem.invalid("workforce.request.required", field("kind"));
		}
		try {
			return RequestKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw Problem.invalid("workforce.request.bad-kind", kind);
		}
	}

	/** A day of the request: given, a date, and not before {@code today}. */
	static LocalDate day(String name, String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("workforce.request.required", field(name));
		}
		LocalDate day;
		try {
			day = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("workforce.request.bad-date", field(name), text);
		}
		if (day.isBefore(today)) {
			throw Problem.invalid("workforce.request.past", field(name), day);
		}
		return day;
	}

	/**
	 * Leave's days: in order and within one month (a longer leave is asked month by
	 * month).
	 */
	static void leaveDays(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw Problem.invalid("workforce.request.reversed", from, to);
		}
		if (!YearMonth.from(from).equals(YearMonth.from(to))) {
			throw Problem.invalid("workforce.request.one-month", from, to);
		}
	}

	static String leaveKind(String kind) {
		if (kind == null || kind.isBlank()) {
			throw Problem.invalid("workforce.request.required", field("leaveKind"));
		}
		if (!LEAVE_KINDS.contains(kind.strip())) {
			throw Problem.invalid("workforce.request.bad-leave-kind", kind, String.join("、", LEAVE_KINDS));
		}
		return kind.strip();
	}

	static String text(String name, String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw Problem.invalid("workforce.request.required", field(name));
			}
			return null;
		}
		if (text.length() > 500) {
			throw Problem.invalid("workforce.request.too-long", field(name), 500);
		}
		return text.strip();
	}

	/** A field's name in the form's words, in the reader's language. */
	static Object field(String name) {
		return switch (name) {
			case "kind" -> Problem.phrase("workforce.request.field.kind");
			case "from" -> Problem.phrase("workforce.request.field.from");
			case "to" -> Problem.phrase("workforce.request.field.to");
			case "day" -> Problem.phrase("workforce.request.field.day");
			case "partnerDay" -> Problem.phrase("workforce.request.field.partnerDay");
			case "shift" -> Problem.phrase("workforce.request.field.shift");
			case "partner" -> Problem.phrase("workforce.request.field.partner");
			case "leaveKind" -> Problem.phrase("workforce.request.field.leaveKind");
			case "reason" -> Problem.phrase("workforce.request.field.reason");
			case "comment" -> Problem.phrase("workforce.request.field.comment");
			case "status" -> Problem.phrase("workforce.request.field.status");
			case "scope" -> Problem.phrase("workforce.request.field.scope");
			default -> throw new IllegalArgumentException("no such field: " + name);
		};
	}

}
