package io.hotline.classification;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it, read whole: UTF-8 with or without a byte order mark, fields
 * in double quotes may hold commas, line breaks and doubled quotes; a quote inside an
 * unquoted field is taken as it is; empty lines are skipped. A file that is not UTF-8, or
 * whose quoting is broken, is refused with the line where it goes wrong.
 */
final class Csv {

	/** One record: the line it starts on, counted from 1, and its fields. */
	record Row(int line, List<String> fields) {

	}

	private final String name;

	private final String text;

	private int position;

	private int line = 1;

	private Csv(String name, String text) {
		this.name = name;
		this.text = text;
	}

	static List<Row> read(Path file) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new IllegalArgumentException(file + ": no such file");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException(file + ": not UTF-8 text (save it as CSV UTF-8)");
		}
		return parse(file.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	static List<Row> parse(String name, String text) {
		Csv csv = new Csv(name, text);
		List<Row> rows = new ArrayList<>();
		while (csv.position < text.length()) {
			Row row = csv.row();
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	private Row row() {
		int start = this.line;
		if (endOfLine()) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		while (true) {
			fields.add(field());
			if (this.position >= this.text.length() || endOfLine()) {
				return new Row(start, fields);
			}
			this.position++;
		}
	}

	private String field() {
		StringBuilder field = new StringBuilder();
		if (this.position < this.text.length() && this.text.charAt(this.position) == '"') {
			int opened = this.line;
			this.position++;
			while (true) {
				if (this.position >= this.text.length()) {
					throw problem(opened, "a quoted field opened on this line is never closed");
				}
				char c = this.text.charAt(this.position++);
				if (c == '"') {
					if (this.position < this.text.length() && this.text.charAt(this.position) == '"') {
						this.position++;
					}
					else {
						break;
					}
				}
				else if (c == '\n' || (c == '\r' && !next('\n'))) {
					this.line++;
				}
				field.append(c);
			}
			if (this.position < this.text.length() && this.text.charAt(this.position) != ','
					&& this.text.charAt(this.position) != '\n' && this.text.charAt(this.position) != '\r') {
				throw problem(this.line,
						"a quoted field is followed by '" + this.text.charAt(this.position) + "' instead of a comma");
			}
			return field.toString();
		}
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position);
			if (c == ',' || c == '\n' || c == '\r') {
				break;
			}
			field.append(c);
			this.position++;
		}
		return field.toString();
	}

	private boolean next(char expected) {
		return this.position < this.text.length() && this.text.charAt(this.position) == expected;
	}

	/** Consumes a line break where there is one. */
	private boolean endOfLine() {
		if (next('\r')) {
			this.position++;
			if (next('\n')) {
				this.position++;
			}
		}
		else if (next('\n')) {
			this.position++;
		}
		else {
			return false;
		}
		this.line++;
		return true;
	}

	private IllegalArgumentException problem(int line, String what) {
		return new IllegalArgumentException(this.name + " line " + line + ": " + what);
	}

}
