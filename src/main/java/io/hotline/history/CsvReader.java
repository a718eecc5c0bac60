package io.hotline.history;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) one record at a time, so that files larger than memory stream
 * through: quoted fields may hold commas, doubled quotes and line breaks. A record whose
 * quoting is broken comes back with its problem and the reader goes on at the next line,
 * so that one bad row costs one row.
 */
final class CsvReader implements AutoCloseable {

	private final Reader in;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long line = 1;

	CsvReader(Reader in) {
		this.in = in;
	}

	/** The next record, or null at the end of the input; blank lines are skipped. */
	CsvRecord next() throws IOException {
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
		while (true) {
			if (c == '"' && field.length() == 0) {
				c = quoted(field);
				if (c == -2) {
					return new CsvRecord(start, fields, "a quoted field is not closed before the end of the file");
				}
				if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
					skipLine(c);
					return new CsvRecord(start, fields, "a quoted field is followed by '" + (char) c + "'");
				}
			}
			else {
				while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
					field.append((char) c);
					c = read();
				}
			}
			fields.add(field.toString());
			field.setLength(0);
			if (c != ',') {
				return new CsvRecord(start, fields, null);
			}
			c = read();
		}
	}

	/**
	 * Reads a quoted field after its opening quote; answers the character after the
	 * closing quote, -1 at the end, or -2 when the quote never closes.
	 */
	private int quoted(StringBuilder field) throws IOException {
		while (true) {
			int c = read();
			if (c < 0) {
				return -2;
			}
			if (c == '"') {
				int after = read();
				if (after != '"') {
					return after;
				}
			}
			field.append((char) c);
		}
	}

	private void skipLine(int c) throws IOException {
		while (c >= 0 && c != '\n') {
			c = read();
		}
	}

	private int read() throws IOException {
		if (this.position == this.limit) {
			this.limit = this.in.read(this.buffer);
			this.position = 0;
			if (this.limit <= 0) {
				this.limit = 0;
				return -1;
			}
		}
		char c = this.buffer[this.position++];
		if (c == '\n') {
			this.line++;
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
