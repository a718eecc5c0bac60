package io.hotline.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one table, row after row, to a CSV or Excel file without holding it in memory.
 * Cells are strings, numbers, dates and times, booleans or null; a text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is written as text.
 */
public interface TableWriter extends AutoCloseable {

	void row(List<?> cells) throws IOException;

	@Override
	void close() throws IOException;

	/** A writer of this format onto the stream, the header written first. */
	static TableWriter of(TableFormat format, String sheet, List<String> header, OutputStream out) throws IOException {
		TableWriter writer = (format == TableFormat.CSV) ? new CsvTableWriter(out) : new XlsxTableWriter(out, sheet);
		writer.row(header);
		return writer;
	}

	/** A list's name as part of a file's name: no path or reserved characters. */
	static String fileName(String name) {
		String clean = (name == null) ? "" : name.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", " ").strip();
		return clean.isEmpty() ? "export" : (clean.length() > 60 ? clean.substring(0, 60) : clean);
	}

	/** Text that a spreadsheet shows as written, never runs (CSV injection). */
	static String inert(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + text : text;
	}

}
