package io.hotline.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel sheet written as it goes (fastexcel): the header bold and frozen, times as
 * dates Excel can sort and filter.
 */
final class XlsxTableWriter implements TableWriter {

	/** Rows kept before they are flushed to the stream. */
	private static final int FLUSH_EVERY = 1_000;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	XlsxTableWriter(OutputStream out, String name) {
		this.workbook = new Workbook(out, "12345 hotline", "1.0");
		this.sheet = this.workbook.newWorksheet(sheetName(name));
	}

	/** Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\ . */
	static String sheetName(String name) {
		String clean = (name == null || name.isBlank()) ? "export" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	@Override
	public void row(List<?> cells) throws IOException {
		for (int column = 0; column < cells.size(); column++) {
			cell(column, cells.get(column));
		}
		if (this.row == 0) {
			this.sheet.range(0, 0, 0, Math.max(0, cells.size() - 1)).style().bold().set();
			this.sheet.freezePane(0, 1);
		}
		this.row++;
		if (this.row % FLUSH_EVERY == 0) {
			this.sheet.flush();
		}
	}

	private void cell(int column, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			this.sheet.value(this.row, column, number);
		}
		else if (value instanceof Boolean flag) {
			this.sheet.value(this.row, column, flag);
		}
		else if (value instanceof Instant instant) {
			this.sheet.value(this.row, column, LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
			this.sheet.style(this.row, column).format("yyyy-mm-dd hh:mm:ss").set();
		}
		else if (value instanceof LocalDateTime time) {
			this.sheet.value(this.row, column, time);
			this.sheet.style(this.row, column).format("yyyy-mm-dd hh:mm:ss").set();
		}
		else if (value instanceof LocalDate date) {
			this.sheet.value(this.row, column, date);
			this.sheet.style(this.row, column).format("yyyy-mm-dd").set();
		}
		else {
			this.sheet.value(this.row, column, TableWriter.inert(value.toString()));
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.finish();
	}

}
