package io.hotline.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One data row of a source file with its columns by name, and the checks every format
 * makes, each refusal naming the column and the value.
 */
final class SourceRow {

	private final long line;

	private final List<String> fields;

	private final Map<String, Integer> columns;

	SourceRow(long line, List<String> fields, Map<String, Integer> columns) {
		this.line = line;
		this.fields = fields;
		this.columns = columns;
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

	String required(String column) throws RejectedRow {
		String value = text(column);
		if (value == null) {
			throw new RejectedRow(column + " is empty");
		}
		return value;
	}

	/** A local date and time of the source's zone; null when blank. */
	Instant time(String column, DateTimeFormatter format, ZoneId zone) throws RejectedRow {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(value, format).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new RejectedRow(column + " '" + value + "' is not a date");
		}
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

}
