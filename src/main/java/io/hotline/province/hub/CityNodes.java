package io.hotline.province.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hotline.org.Division;
import io.hotline.org.Divisions;
import io.hotline.platform.HotlineProperties;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's cities as it hears them: every city of the province (from the official
 * divisions), whether it is connected (heard within a minute), silent or never heard, how
 * long ago it was heard, what it said it still has to send, and the orders held of it.
 */
@Component
@Conditional(ProvincialNode.class)
class CityNodes {

	/** A city heard within this long is connected. */
	static final Duration CONNECTED = Duration.ofMinutes(1);

	record City(String code, String name, String state, Instant firstSeenAt, Instant lastHeardAt,
			Long secondsSinceHeard, int backlog, long batches, long orders, long openOrders, long categories) {

	}

	private final JdbcClient jdbc;

	private final Divisions divisions;

	private final String province;

	private final Clock clock;

	CityNodes(JdbcClient jdbc, Divisions divisions, HotlineProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.province = properties.jurisdiction();
		this.clock = clock;
	}

	List<City> cities() {
		Instant now = this.clock.instant();
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc
			.sql("""
					select city, count(*), count(*) filter (where status not in ('CLOSED', 'TRANSFERRED')) from city_order group by city""")
			.query((rs) -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), 0 });
			});
		this.jdbc.sql("select city, count(*) from city_category group by city").query((rs) -> {
			counts.computeIfAbsent(rs.getString(1), (c) -> new long[3])[2] = rs.getLong(2);
		});
		Map<String, City> heard = new HashMap<>();
		this.jdbc.sql("select code, name, first_seen_at, last_batch_at, last_backlog, batches from city_node")
			.query((rs) -> {
				String code = rs.getString("code");
				Instant last = rs.getTimestamp("last_batch_at").toInstant();
				long[] held = counts.getOrDefault(code, new long[3]);
				long since = Duration.between(last, now).toSeconds();
				heard.put(code,
						new City(code, rs.getString("name"), since <= CONNECTED.toSeconds() ? "CONNECTED" : "SILENT",
								instant(rs.getTimestamp("first_seen_at")), last, since, rs.getInt("last_backlog"),
								rs.getLong("batches"), held[0], held[1], held[2]));
			});
		List<City> cities = new java.util.ArrayList<>();
		for (Division city : this.divisions.children(this.province)) {
			City known = heard.remove(city.code());
			cities.add((known != null) ? known
					: new City(city.code(), city.name(), "NEVER", null, null, null, 0, 0, 0, 0, 0));
		}
		cities.addAll(heard.values());
		return cities;
	}

	private static Instant instant(Timestamp at) {
		return (at == null) ? null : at.toInstant();
	}

}
