package io.hotline.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The everyday words people use for the catalog's categories
 * ({@code catalog/synonyms.txt}, shipped with the platform): 路灯 means 城市公共设施 and 基础设施, 油烟
 * 大气污染.
 */
@Component
class CategorySynonyms {

	static final String RESOURCE = "catalog/synonyms.txt";

	private final List<Line> lines;

	CategorySynonyms() {
		this.lines = read(RESOURCE);
	}

	/**
	 * The catalog names meant by a word of a search: one of the line's words is in it or
	 * it is in one.
	 */
	Set<String> namesFor(String term) {
		Set<String> names = new LinkedHashSet<>();
		for (Line line : this.lines) {
			if (line.words()
				.stream()
				.anyMatch((word) -> term.contains(word) || (term.length() >= 2 && word.contains(term)))) {
				names.addAll(line.names());
			}
		}
		return names;
	}

	/** The catalog names meant by the everyday words found in a text. */
	Set<String> namesIn(String text) {
		Set<String> names = new LinkedHashSet<>();
		for (Line line : this.lines) {
			if (line.words().stream().anyMatch(text::contains)) {
				names.addAll(line.names());
			}
		}
		return names;
	}

	private static List<Line> read(String resource) {
		List<Line> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int equals = line.indexOf('=');
				if (line.isBlank() || line.startsWith("#") || equals < 0) {
					continue;
				}
				lines.add(new Line(words(line.substring(0, equals)), words(line.substring(equals + 1))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(lines);
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.trim().split("\\s+")).filter((word) -> !word.isEmpty()).toList();
	}

	private record Line(List<String> words, List<String> names) {

	}

}
