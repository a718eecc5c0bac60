package io.hotline.history;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * One data row of a source file with its columns by name, and the checks every format
 * makes, each refusal naming the column and the value: times lie between 1990 and a day
 * after the import (deadlines up to ten years after it), texts are no longer than the API
 * takes them.
 */
final class SourceRow {

	/** The earliest time a row may give: older ones are typing errors (1900, 0201). */
	static final Instant EARLIEST = LocalDateTime.of(1990, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

	/** How far a deadline may lie after the import. */
	static final Period LONGEST_DEADLINE = Period.ofYears(10);

	/** The API's limits (intake): characters of a request id, title, content, address. */
	static final int REQUEST_ID = 128;

	static final int TITLE = 200;

	static final int CONTENT = 20_000;

	static final int ADDRESS = 500;

	static final int CALLER_NAME = 64;

	private final long line;

	private final List<String> fields;

	private final Map<String, Integer> columns;

	private final Instant latest;

	private final Instant latestDeadline;

	SourceRow(long line, List<String> fields, Map<String, Integer> columns, Instant importedAt) {
		this.line = line;
		this.fields = fields;
		this.columns = columns;
		this.latest = importedAt.plus(Duration.ofDays(1));
		this.latestDeadline = importedAt.atOffset(ZoneOffset.UTC).plus(LONGEST_DEADLINE).toInstant();
	}

	long line() {
		return this.line;
	}

	boolean has(String column) {
		return this.columns.containsKey(column);
	}

	/** The trimmed value, null when blank or when the file has no such column. */
	String text(String column) {
		Integer index = this.columns.get(column);
		if (index == null || index >= this.fields.size()) {
			return null;
		}
		String value = this.fields.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/** The trimmed value, null when blank; refused when longer than {@code max}. */
	String text(String column, int max) throws RejectedRow {
		return limited(column, text(column), max);
	}

	String required(String column) throws RejectedRow {
		String value = text(column);
		if (value == null) {
			throw new RejectedRow(column + " is empty");
		}
		return value;
	}

	String required(String column, int max) throws RejectedRow {
		return limited(column, required(column), max);
	}

	/** The value, refused (naming {@code what}) when longer than the API takes. */
	static String limited(String what, String value, int max) throws RejectedRow {
		if (value != null && value.length() > max) {
			throw new RejectedRow(
					String.format("%s has %,d characters; the API takes at most %,d", what, value.length(), max));
		}
		return value;
	}

	/**
	 * A time of the order's life, between 1990 and a day after the import; null when
	 * blank.
	 */
	Instant time(String column, TimeFormat format) throws RejectedRow {
		return within(column, format, this.latest, "in the future");
	}

	/** A deadline, between 1990 and ten years after the import; null when blank. */
	Instant deadline(String column, TimeFormat format) throws RejectedRow {
		return within(column, format, this.latestDeadline, "more than " + LONGEST_DEADLINE.getYears() + " years ahead");
	}

	private Instant within(String column, TimeFormat format, Instant latest, String late) throws RejectedRow {
		String value = text(column);
		if (value == null) {
			return null;
		}
		Instant time;
		try {
			time = format.parse(value);
		}
		catch (DateTimeException ex) {
			throw new RejectedRow(column + " '" + value + "' is not a date");
		}
		if (time.isBefore(EARLIEST)) {
			throw new RejectedRow(column + " '" + value + "' is before 1990");
		}
		if (time.isAfter(latest)) {
			throw new RejectedRow(column + " '" + value + "' is " + late + " (after " + latest + ")");
		}
		return time;
	}

	/** One of the enum's constants by name, ignoring case; null when blank. */
	<E extends Enum<E>> E constant(String column, Class<E> type) throws RejectedRow {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RejectedRow(column + " '" + value + "' is not one of " + List.of(type.getEnumConstants()));
		}
	}

	/** Local dates and times of the source's zone in this format. */
	static TimeFormat local(DateTimeFormatter format, ZoneId zone) {
		return (value) -> LocalDateTime.parse(value, format).atZone(zone).toInstant();
	}

	/** How a source writes its times. */
	@FunctionalInterface
	interface TimeFormat {

		/**
		 * @throws DateTimeException when the text is not a time
		 */
		Instant parse(String text);

	}

}
