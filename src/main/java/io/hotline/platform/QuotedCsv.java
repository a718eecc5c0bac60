package io.hotline.platform;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows (quoted fields may hold commas, quotes and line breaks), header included,
 * a byte-order mark skipped: the benchmarks' reading of the shared data files. The reader
 * must support {@code mark} (a {@code BufferedReader}).
 */
public final class QuotedCsv {

	private QuotedCsv() {
	}

	public static List<List<String>> rows(Reader reader) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int first = reader.read();
		for (int c = (first == '\uFEFF') ? reader.read() : first; c >= 0; c = reader.read()) {
			if (quoted) {
				if (c == '"') {
					reader.mark(1);
					if (reader.read() == '"') {
						field.append('"');
						continue;
					}
					reader.reset();
					quoted = false;
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append((char) c);
			}
		}
		if (!row.isEmpty() || field.length() > 0) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}
