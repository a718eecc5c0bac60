package io.hotline.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.Resource;

/**
 * Reads the catalog's plain CSV resources (no quoting: the label names contain no
 * commas), leaving out the header, blank lines and {@code #} comments.
 */
final class CatalogCsv {

	private CatalogCsv() {
	}

	static List<String[]> rows(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return rows(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	static List<String[]> rows(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		return reader.lines()
			.map((line) -> line.replace("\uFEFF", "").strip())
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.skip(1)
			.map((line) -> line.split(",", -1))
			.map(CatalogCsv::trimmed)
			.toList();
	}

	private static String[] trimmed(String[] cells) {
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip();
		}
		return cells;
	}

}
