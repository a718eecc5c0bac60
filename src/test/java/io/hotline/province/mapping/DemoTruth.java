package io.hotline.province.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-made truth of the demo cities' catalogs
 * ({@code province/demo-catalog-truth.csv}: the right standard path of each leaf,
 * alternatives by {@code |}, empty for none) and the demo orders written for them
 * ({@code province/demo-city-orders.csv}), and how a set of suggestions measures against
 * the truth.
 */
final class DemoTruth {

	/** The right standard paths by city and city code; an empty set: no counterpart. */
	final Map<String, Set<String>> right = new LinkedHashMap<>();

	/** The demo orders' titles by city and city code. */
	final Map<String, List<String>> titles = new HashMap<>();

	DemoTruth() {
		for (String[] row : DemoCityCatalogs.rows("province/demo-catalog-truth.csv")) {
			this.right.put(row[0] + "/" + row[1], row[3].isEmpty() ? Set.of() : Set.of(row[3].split("\\|")));
		}
		for (String[] row : DemoCityCatalogs.rows("province/demo-city-orders.csv")) {
			this.titles.computeIfAbsent(row[0] + "/" + row[1], (k) -> new ArrayList<>()).add(row[2]);
		}
	}

	/** One city's orders' titles by its city codes. */
	Map<String, List<String>> titles(String city) {
		Map<String, List<String>> titles = new HashMap<>();
		this.titles.forEach((key, list) -> {
			if (key.startsWith(city + "/")) {
				titles.put(key.substring(city.length() + 1), list);
			}
		});
		return titles;
	}

	/**
	 * How the suggestions for the leaves do: a suggestion is right when it is one of the
	 * right paths, or when there is none and nothing is suggested.
	 * @param suggested the suggested standard path (null: none) by city and city code
	 */
	Score score(Map<String, String> suggested) {
		return score(suggested, "");
	}

	/** The same for one city's leaves ({@code city/}), or all (empty). */
	Score score(Map<String, String> suggested, String prefix) {
		int leaves = 0;
		int right = 0;
		int made = 0;
		int madeRight = 0;
		int withCounterpart = 0;
		int counterpartFound = 0;
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Set<String>> truth : this.right.entrySet()) {
			if (!truth.getKey().startsWith(prefix)) {
				continue;
			}
			String path = suggested.get(truth.getKey());
			leaves++;
			boolean ok = (path == null) ? truth.getValue().isEmpty() : truth.getValue().contains(path);
			right += ok ? 1 : 0;
			if (path != null) {
				made++;
				madeRight += ok ? 1 : 0;
			}
			if (!truth.getValue().isEmpty()) {
				withCounterpart++;
				counterpartFound += ok ? 1 : 0;
			}
			if (!ok) {
				wrong.add(truth.getKey() + " → " + path + " (right: " + truth.getValue() + ")");
			}
		}
		return new Score(leaves, right, made, madeRight, withCounterpart, counterpartFound, wrong);
	}

	record Score(int leaves, int right, int suggested, int suggestedRight, int withCounterpart, int counterpartFound,
			List<String> wrong) {

		double accuracy() {
			return this.right / (double) this.leaves;
		}

		double precision() {
			return this.suggestedRight / (double) Math.max(1, this.suggested);
		}

		double coverage() {
			return this.suggested / (double) this.leaves;
		}

		String summary() {
			return String.format(
					"%d leaves: %d right (%.1f%%); %d suggested (coverage %.1f%%), %d of them right (precision %.1f%%);"
							+ " %d of %d with a standard counterpart found (recall %.1f%%)",
					this.leaves, this.right, 100 * accuracy(), this.suggested, 100 * coverage(), this.suggestedRight,
					100 * precision(), this.counterpartFound, this.withCounterpart,
					100 * this.counterpartFound / (double) this.withCounterpart);
		}

	}

}
