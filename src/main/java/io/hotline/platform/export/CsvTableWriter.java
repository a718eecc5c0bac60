package io.hotline.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** RFC 4180 rows in UTF-8, a byte-order mark first so that Excel reads the Chinese. */
final class CsvTableWriter implements TableWriter {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Writer out;

	CsvTableWriter(OutputStream out) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		this.out.write('\uFEFF');
	}

	@Override
	public void row(List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.out.write(',');
			}
			this.out.write(field(cells.get(i)));
		}
		this.out.write("\r\n");
	}

	static String field(Object cell) {
		String text = TableWriter.inert(text(cell));
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof Instant instant) {
			return TIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
		}
		if (cell instanceof LocalDateTime time) {
			return TIME.format(time);
		}
		return cell.toString();
	}

	@Override
	public void close() throws IOException {
		this.out.flush();
	}

}
