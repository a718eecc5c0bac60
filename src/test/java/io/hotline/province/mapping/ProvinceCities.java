package io.hotline.province.mapping;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the province's replicas as the transport would: the demo cities' catalogs
 * ({@code city_category}) and their orders' titles ({@code city_order}).
 */
final class ProvinceCities {

	private static final AtomicLong ORDER_IDS = new AtomicLong(9_000_000);

	private ProvinceCities() {
	}

	/**
	 * Replaces what the province holds of the demo cities by their catalogs and orders.
	 */
	static void arrive(JdbcClient jdbc, DemoTruth truth) {
		for (String city : DemoCityCatalogs.CITIES) {
			jdbc.sql("delete from category_mapping where city = ?").param(city).update();
			jdbc.sql("delete from city_order where city = ?").param(city).update();
			jdbc.sql("delete from city_category where city = ?").param(city).update();
			for (CityCategory c : DemoCityCatalogs.load(city).orElseThrow()) {
				jdbc.sql("""
						insert into city_category (city, code, name, level, parent_code, path_name, active)
						values (?, ?, ?, ?, ?, ?, true)""")
					.params(city, c.code(), c.name(), c.level(), c.parentCode(), c.pathName())
					.update();
			}
			for (Map.Entry<String, List<String>> category : truth.titles(city).entrySet()) {
				for (String title : category.getValue()) {
					order(jdbc, city, category.getKey(), title);
				}
			}
		}
	}

	static long order(JdbcClient jdbc, String city, String categoryCode, String title) {
		long id = ORDER_IDS.incrementAndGet();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into city_order (city, order_id, number, version, status, type, channel, urgency, title, content,
					category_code, supervised, dispatch_count, return_count, reopen_count, created_at, updated_at,
					received_at)
				values (?, ?, ?, 1, 'CLOSED', 'COMPLAINT', 'PHONE', 'NORMAL', ?, ?, ?, false, 1, 0, 0, ?, ?, ?)""")
			.params(city, id, city + "-" + id, title, title + "，请尽快处理。", categoryCode, now, now, now)
			.update();
		return id;
	}

}
