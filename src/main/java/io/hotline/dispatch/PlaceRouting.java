package io.hotline.dispatch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hotline.dispatch.PastOrders.PlaceCount;

/**
 * Which unit handles a category's orders at a place, from the history: the closed orders
 * of the category on the same street, else in the same district, else anywhere, whichever
 * is the finest with enough orders. A unit's share is weighed down by the orders of that
 * kind it returned (退单: negative evidence), and the unit that the catalog's routing rule
 * names gets a few orders' weight more, so that a place without history still has an
 * answer.
 */
final class PlaceRouting {

	static final int ENOUGH = 3;

	static final double RULE_WEIGHT = 3;

	private static final int HANDLED = 0;

	private static final int RETURNED = 1;

	private final Map<String, Map<Long, int[]>> counts = new HashMap<>();

	static PlaceRouting of(List<PlaceCount> handled, List<PlaceCount> returned) {
		PlaceRouting routing = new PlaceRouting();
		handled.forEach((c) -> routing.add(c, HANDLED));
		returned.forEach((c) -> routing.add(c, RETURNED));
		return routing;
	}

	/**
	 * Each unit's probability of handling the category's order at the place. {@code own}
	 * is a closed order of that unit to leave out (evaluating on the history itself).
	 */
	Map<Long, Double> units(String category, Place place, Long ruleUnit, Long own) {
		Map<Long, int[]> level = Map.of();
		for (String key : keys(category, place.districtCode(), place.streetCode())) {
			level = this.counts.getOrDefault(key, Map.of());
			int total = level.values().stream().mapToInt((c) -> c[HANDLED]).sum()
					- ((own != null && level.containsKey(own)) ? 1 : 0);
			if (total >= ENOUGH) {
				break;
			}
		}
		Map<Long, Double> weights = new LinkedHashMap<>();
		level.forEach((unit, c) -> {
			int handled = c[HANDLED] - (unit.equals(own) ? 1 : 0);
			weights.put(unit, weight(handled + (unit.equals(ruleUnit) ? RULE_WEIGHT : 0), handled, c[RETURNED]));
		});
		if (ruleUnit != null && !level.containsKey(ruleUnit)) {
			weights.put(ruleUnit, RULE_WEIGHT);
		}
		double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		if (sum <= 0) {
			return Map.of();
		}
		weights.replaceAll((unit, w) -> w / sum);
		return weights;
	}

	private static double weight(double orders, int handled, int returned) {
		return orders * (1.0 + handled) / (1.0 + handled + returned);
	}

	private void add(PlaceCount count, int slot) {
		for (String key : keys(count.categoryCode(), count.districtCode(), count.streetCode())) {
			this.counts.computeIfAbsent(key, (k) -> new HashMap<>())
				.computeIfAbsent(count.unitId(), (u) -> new int[2])[slot] += count.count();
		}
	}

	private static List<String> keys(String category, String district, String street) {
		List<String> keys = new ArrayList<>(3);
		if (street != null) {
			keys.add(category + "|" + street);
		}
		if (district != null) {
			keys.add(category + "|" + district);
		}
		keys.add(category + "|*");
		return keys;
	}

	void save(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, Map<Long, int[]>> entry : this.counts.entrySet()) {
				for (Map.Entry<Long, int[]> unit : entry.getValue().entrySet()) {
					out.write(entry.getKey() + "\t" + unit.getKey() + "\t" + unit.getValue()[HANDLED] + "\t"
							+ unit.getValue()[RETURNED] + "\n");
				}
			}
		}
	}

	static PlaceRouting load(Path file) throws IOException {
		PlaceRouting routing = new PlaceRouting();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] f = line.split("\t");
				routing.counts.computeIfAbsent(f[0], (k) -> new HashMap<>())
					.put(Long.parseLong(f[1]), new int[] { Integer.parseInt(f[2]), Integer.parseInt(f[3]) });
			}
		}
		return routing;
	}

}
