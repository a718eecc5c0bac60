package io.hotline.history;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) one record at a time, so that files larger than memory stream
 * through: quoted fields may hold commas, doubled quotes and line breaks. A record whose
 * quoting is broken comes back with its problem, and the reader goes on so that one bad
 * row costs one row: at the next line when the record lay on one line; at the line after
 * the record's first when a quoted field ran over lines and then broke (it is not closed
 * before the end of the file, runs over {@value #LONGEST_QUOTE_LINES} lines, or is
 * followed by something else than a comma or a line break), since its opening quote was
 * most likely a stray one and the lines after it are rows of their own.
 */
final class CsvReader implements AutoCloseable {

	/** What {@link SourceFile} reads for bytes that are not text in the encoding. */
	static final char UNDECODABLE = '\uFDD0';

	/**
	 * The most lines a quoted field spans: the 问政 messages span at most 39; more is taken
	 * for a quote that is never closed.
	 */
	static final int LONGEST_QUOTE_LINES = 1_000;

	/**
	 * The longest field read, 100 times what the API takes for a content: a longer one is
	 * not kept in memory, its row is rejected.
	 */
	static final int LONGEST_FIELD = 2_000_000;

	private static final int END = -1;

	private static final int UNCLOSED = -2;

	private static final int RUNAWAY = -3;

	private final Reader in;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long line = 1;

	/** Text read again before the rest of the input: the lines after a stray quote. */
	private CharSequence replay;

	private int replayed;

	/**
	 * What was read since the first line break inside the current record (only a quoted
	 * field holds one), to read again if the quote turns out stray; null before that.
	 */
	private StringBuilder sinceBreak;

	CsvReader(Reader in) {
		this.in = in;
	}

	/** The line the reader has come to. */
	long line() {
		return this.line;
	}

	/** The next record, or null at the end of the input; blank lines are skipped. */
	CsvRecord next() throws IOException {
		this.sinceBreak = null;
		int c = read();
		while (c == '\n' || c == '\r') {
			c = read();
		}
		if (c < 0) {
			return null;
		}
		long start = this.line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean undecodable = false;
		while (true) {
			if (c == '"' && field.length() == 0) {
				c = quoted(field, start);
				if (c == UNCLOSED) {
					return broken(start, fields, "is not closed before the end of the file", END);
				}
				if (c == RUNAWAY) {
					// the last character read was inside the field: the line goes on
					return broken(start, fields,
							(this.line - start >= LONGEST_QUOTE_LINES)
									? String.format("runs over %,d lines", LONGEST_QUOTE_LINES)
									: String.format("runs over %,d characters", LONGEST_FIELD),
							' ');
				}
				if (c != ',' && c != '\n' && c != '\r' && c != END) {
					return broken(start, fields,
							"is followed by '" + (char) c + "'" + ((this.line > start) ? " on line " + this.line : ""),
							c);
				}
			}
			else {
				while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
					if (field.length() == LONGEST_FIELD) {
						skipLine(c);
						return new CsvRecord(start, fields,
								String.format("a field runs over %,d characters", LONGEST_FIELD));
					}
					field.append((char) c);
					c = read();
				}
			}
			String value = field.toString();
			undecodable |= value.indexOf(UNDECODABLE) >= 0;
			fields.add(value);
			field.setLength(0);
			if (c != ',') {
				return new CsvRecord(start, fields,
						undecodable ? "it holds bytes that are not text in the file's encoding" : null);
			}
			c = read();
		}
	}

	/**
	 * Reads a quoted field after its opening quote; answers the character after the
	 * closing quote ({@link #END} at the end of the input), {@link #UNCLOSED} when the
	 * input ends first, or {@link #RUNAWAY} when the field runs over the limits.
	 */
	private int quoted(StringBuilder field, long start) throws IOException {
		while (true) {
			int c = read();
			if (c == END) {
				return UNCLOSED;
			}
			if (c == '"') {
				int after = read();
				if (after != '"') {
					return after;
				}
			}
			else if (c == '\n') {
				if (this.sinceBreak == null) {
					this.sinceBreak = new StringBuilder();
				}
				if (this.line - start >= LONGEST_QUOTE_LINES) {
					return RUNAWAY;
				}
			}
			if (field.length() == LONGEST_FIELD) {
				return RUNAWAY;
			}
			field.append((char) c);
		}
	}

	/**
	 * The record that starts on {@code start} with a quoted field that broke: reading
	 * goes on at the next line when the field lay on one line ({@code c} is the last
	 * character read), else at the line after {@code start}.
	 */
	private CsvRecord broken(long start, List<String> fields, String problem, int c) throws IOException {
		if (this.sinceBreak == null) {
			skipLine(c);
			return new CsvRecord(start, fields, "a quoted field " + problem);
		}
		StringBuilder again = this.sinceBreak;
		this.sinceBreak = null;
		if (this.replay != null && this.replayed < this.replay.length()) {
			again.append(this.replay, this.replayed, this.replay.length());
		}
		this.replay = again;
		this.replayed = 0;
		this.line = start + 1;
		return new CsvRecord(start, fields,
				"a quoted field opened on this line " + problem + "; reading goes on at line " + (start + 1));
	}

	private void skipLine(int c) throws IOException {
		while (c >= 0 && c != '\n') {
			c = read();
		}
	}

	private int read() throws IOException {
		char c;
		if (this.replay != null) {
			if (this.replayed < this.replay.length()) {
				c = this.replay.charAt(this.replayed++);
			}
			else {
				this.replay = null;
				return read();
			}
		}
		else {
			if (this.position == this.limit) {
				this.limit = this.in.read(this.buffer);
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					return END;
				}
			}
			c = this.buffer[this.position++];
		}
		if (c == '\n') {
			this.line++;
		}
		if (this.sinceBreak != null) {
			this.sinceBreak.append(c);
		}
		return c;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	/**
	 * One record: the line it starts on, its fields and, if its quoting is broken, what
	 * is wrong (its fields are then incomplete).
	 */
	record CsvRecord(long line, List<String> fields, String problem) {

	}

}
