package io.hotline.analytics.kpi;

import java.util.List;
import java.util.Set;

/**
 * A daily rollup of the settled facts by some of their keys ({@link FactCounts#KEYS}): a
 * report that filters and groups only by those reads it, the fewer keys the fewer rows (a
 * year by unit need not count each unit's categories and streets apart). The last cube
 * has every key and serves any report.
 */
record FactCube(String table, List<String> keys) {

	/** From the fewest keys to all of them. */
	static final List<FactCube> ALL = List.of(
			new FactCube("order_fact_day_time", List.of("created_day", "district_code", "channel", "type")),
			new FactCube("order_fact_day_unit", List.of("created_day", "unit_id", "district_code", "channel", "type")),
			new FactCube("order_fact_day_category",
					List.of("created_day", "category_code", "district_code", "channel", "type")),
			new FactCube("order_fact_day_place",
					List.of("created_day", "district_code", "street_code", "channel", "type")),
			new FactCube("order_fact_day", FactCounts.KEYS));

	/** The cube with the fewest keys that has all these columns. */
	static FactCube covering(Set<String> columns) {
		return ALL.stream().filter((cube) -> cube.keys.containsAll(columns)).findFirst().orElseThrow();
	}

}
