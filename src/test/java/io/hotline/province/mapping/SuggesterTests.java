package io.hotline.province.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hotline.classification.TextEmbeddings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggester alone on the demo cities' catalogs against the real three-level label
 * system (the Teddy Cup 2020 labels the build copies into the classes), without the
 * catalog's search (that needs the platform: {@code CategoryMappingsHttpTest}); each code
 * is the path name here.
 */
class SuggesterTests {

	private static final Path LABELS = Path.of("target/classes/catalog/attachment1_labels.csv");

	@Test
	void namesAndOrdersFindMostStandardCategories() throws IOException {
		Assumptions.assumeTrue(Files.exists(LABELS),
				"the real label system is not in the build (../shared/data/teddy2020 absent)");
		Suggester suggester = new Suggester(standard(), Suggester.Hints.NONE,
				TextEmbeddings.unavailable().isEmpty() ? (texts) -> TextEmbeddings.embedAll(texts, 64) : null);
		DemoTruth truth = new DemoTruth();
		Map<String, String> namesOnly = new HashMap<>();
		Map<String, String> withOrders = new HashMap<>();
		for (String city : DemoCityCatalogs.CITIES) {
			List<CityCategory> leaves = DemoCityCatalogs.load(city)
				.orElseThrow()
				.stream()
				.filter((c) -> c.level() == 2)
				.toList();
			suggester.suggest(leaves, Map.of())
				.forEach((s) -> namesOnly.put(city + "/" + s.cityCode(), s.standardCode()));
			suggester.suggest(leaves, truth.titles(city))
				.forEach((s) -> withOrders.put(city + "/" + s.cityCode(), s.standardCode()));
		}
		DemoTruth.Score byNames = truth.score(namesOnly);
		DemoTruth.Score byOrders = truth.score(withOrders);
		System.out.println("Names only: " + byNames.summary());
		byNames.wrong().forEach((w) -> System.out.println("  " + w));
		System.out.println("Names and orders: " + byOrders.summary());
		byOrders.wrong().forEach((w) -> System.out.println("  " + w));
		// without the catalog's search and guess the orders add only their titles'
		// meanings
		assertThat(byNames.accuracy()).isGreaterThan(0.55);
	}

	/** The label system as the catalog's tree, the path name as each code. */
	static List<StandardCategory> standard() throws IOException {
		List<String> lines = Files.readAllLines(LABELS, StandardCharsets.UTF_8);
		Set<String> seen = new HashSet<>();
		Set<String> parents = new HashSet<>();
		List<String> paths = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] names = line.split(",");
			for (int level = 1; level <= 3; level++) {
				String path = String.join("/", List.of(names).subList(0, level));
				if (seen.add(path)) {
					paths.add(path);
				}
				if (level > 1) {
					parents.add(String.join("/", List.of(names).subList(0, level - 1)));
				}
			}
		}
		return paths.stream()
			.map((p) -> new StandardCategory(p, p.substring(p.lastIndexOf('/') + 1), p.split("/").length, p,
					!parents.contains(p)))
			.toList();
	}

}
