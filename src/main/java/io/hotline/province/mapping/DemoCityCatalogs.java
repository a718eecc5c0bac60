package io.hotline.province.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo cities' own catalogs ({@code province/demo-catalogs/<city>.csv}: 兰州 6201, 嘉峪关
 * 6202, 天水 6205), two levels with the cities' own codes and names, each row
 * {@code 一级编码,一级分类,二级编码,二级分类}. What a demo city node loads as its catalog, and what the
 * tests send to the province.
 */
public final class DemoCityCatalogs {

	/** The cities that have a demo catalog. */
	public static final List<String> CITIES = List.of("6201", "6202", "6205");

	private DemoCityCatalogs() {
	}

	/** The city's categories, each parent before its children; empty for another city. */
	public static Optional<List<CityCategory>> load(String city) {
		if (city == null || !CITIES.contains(city)) {
			return Optional.empty();
		}
		String resource = "province/demo-catalogs/" + city + ".csv";
		Map<String, CityCategory> categories = new LinkedHashMap<>();
		for (String[] row : rows(resource)) {
			if (row.length != 4 || row[0].isBlank() || row[1].isBlank() || row[2].isBlank() || row[3].isBlank()) {
				throw new IllegalStateException(
						resource + ": a row needs 一级编码,一级分类,二级编码,二级分类: " + String.join(",", row));
			}
			categories.putIfAbsent(row[0], new CityCategory(city, row[0], row[1], 1, null, row[1]));
			categories.put(row[2], new CityCategory(city, row[2], row[3], 2, row[0], row[1] + "/" + row[3]));
		}
		return Optional.of(List.copyOf(categories.values()));
	}

	/**
	 * The rows of a plain CSV resource (no quoting), without its header, blank lines and
	 * {@code #} comments.
	 */
	static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			boolean header = true;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String text = line.replace("\uFEFF", "").strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				if (!header) {
					rows.add(text.split(",", -1));
				}
				header = false;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
