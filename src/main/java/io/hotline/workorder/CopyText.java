package io.hotline.workorder;

import java.time.Instant;

/**
 * Rows in PostgreSQL's {@code COPY} text format: tab between columns, {@code \N} for
 * null, backslash escapes for the characters that would end a column or a row.
 */
final class CopyText {

	private final StringBuilder text = new StringBuilder(1 << 16);

	private boolean rowStarted;

	CopyText add(String value) {
		separate();
		if (value == null) {
			this.text.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				case '\t' -> this.text.append("\\t");
				case '\0' -> {
					// PostgreSQL text cannot hold NUL; a stray one in old data is dropped
				}
				default -> this.text.append(c);
			}
		}
		return this;
	}

	CopyText add(Instant value) {
		return add(value == null ? null : value.toString());
	}

	CopyText add(Object value) {
		return add(value == null ? null : value.toString());
	}

	CopyText endRow() {
		this.text.append('\n');
		this.rowStarted = false;
		return this;
	}

	CharSequence text() {
		return this.text;
	}

	private void separate() {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
	}

}
