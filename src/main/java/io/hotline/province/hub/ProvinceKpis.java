package io.hotline.province.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.analytics.kpi.RateColumns;
import io.hotline.analytics.kpi.RateShare;
import io.hotline.catalog.Catalog;
import io.hotline.catalog.WorkingCalendar;
import io.hotline.platform.Problem;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's figures of its cities, from the replicas, with the analytics module's
 * definitions ({@link RateColumns}): the same fields as {@code GET /api/analytics/kpis}
 * per city (or per district, channel or type across the cities, per city category, or per
 * standard category where a person confirmed the cities' categories' mapping: {@code ""}
 * the orders of categories not mapped), each rate also with its numerator, denominator
 * and 95 % Wilson interval, so that a small city and a large one compare fairly.
 */
@Component
@Conditional(ProvincialNode.class)
class ProvinceKpis {

	/** What the figures can be grouped by, with the SQL of the group's key. */
	static final Map<String, String> GROUPINGS = Map.of("city", "f.city", "district", "f.district_code", "channel",
			"f.channel", "type", "f.type", "category", "f.city || ':' || coalesce(f.category_code, '')", "standard",
			"coalesce((select m.standard_code from category_mapping m where m.city = f.city"
					+ " and m.city_code = f.category_code and m.state = 'CONFIRMED'), '')");

	/** One row: the contract's fields, and every rate with its interval. */
	record Row(String key, String name, long total, long closed, long onTime, Double onTimeRate, Double responseRate,
			Double resolutionRate, Double satisfactionRate, Double returnRate, Double redispatchRate, Double reopenRate,
			long overdueOpen, long backlog, Double avgHandlingWorkingDays, Map<String, RateShare> rates) {

	}

	record Table(String groupBy, LocalDate from, LocalDate to, Row total, List<Row> rows) {

	}

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Clock clock;

	ProvinceKpis(JdbcClient jdbc, Catalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clock = clock;
	}

	Table table(String groupBy, LocalDate from, LocalDate to, String city) {
		String grouping = (groupBy == null || groupBy.isBlank()) ? "city" : groupBy.strip().toLowerCase(Locale.ROOT);
		String key = GROUPINGS.get(grouping);
		if (key == null) {
			throw Problem.invalid("province.bad-grouping", groupBy, String.join(", ", GROUPINGS.keySet()));
		}
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(this.clock.instant()));
		StringBuilder sums = new StringBuilder("sum(orders) as orders");
		for (String rate : RateColumns.keys()) {
			sums.append(", sum(").append(RateColumns.met(rate)).append(") as ").append(RateColumns.met(rate));
			sums.append(", sum(").append(RateColumns.measured(rate)).append(") as ").append(RateColumns.measured(rate));
		}
		sums.append(", sum(overdue) as overdue, sum(backlog) as backlog, sum(handling_days) as handling_days")
			.append(", sum(handled) as handled");
		// an order transferred out is counted by the node it went to (decision 0015)
		StringBuilder where = new StringBuilder("f.status <> 'TRANSFERRED'");
		if (from != null) {
			where.append(" and f.created_at >= ?");
			params.add(Timestamp.from(from.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (to != null) {
			where.append(" and f.created_at < ?");
			params.add(Timestamp.from(to.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant()));
		}
		if (city != null) {
			where.append(" and f.city = ?");
			params.add(city);
		}
		String sql = "with p as (select cast(? as timestamptz) as now) select g.*, n.name as city_name from (select k, "
				+ "grouping(k) as all_rows, " + sums + " from (select " + key + " as k, f.city, "
				+ RateColumns.counts("p.now")
				+ ", case when f.status <> 'CLOSED' and f.deadline < p.now then 1 else 0 end as overdue"
				+ ", case when f.dispatched_at is not null and f.status <> 'CLOSED' then 1 else 0 end as backlog"
				+ " from city_order f cross join p where " + where + ") x group by grouping sets ((k), ())) g"
				+ " left join city_node n on n.code = g.k order by all_rows, orders desc, g.k";
		List<Row> rows = new ArrayList<>();
		Row[] total = new Row[1];
		this.jdbc.sql(sql).params(params).query((rs) -> {
			Row row = row(rs, grouping);
			if (rs.getInt("all_rows") == 1) {
				total[0] = row;
			}
			else {
				rows.add(row);
			}
		});
		return new Table(grouping, from, to, total[0], rows);
	}

	private Row row(ResultSet rs, String grouping) throws SQLException {
		Map<String, RateShare> rates = new LinkedHashMap<>();
		for (String rate : RateColumns.keys()) {
			rates.put(rate, RateShare.of(rs.getLong(RateColumns.met(rate)), rs.getLong(RateColumns.measured(rate))));
		}
		long handled = rs.getLong("handled");
		Double days = (handled == 0) ? null : Math.round(rs.getDouble("handling_days") / handled * 100) / 100.0;
		RateShare closedOnTime = rates.get("closedOnTime");
		String key = rs.getString("k");
		return new Row(key, name(grouping, key, rs.getString("city_name")), rs.getLong("orders"),
				closedOnTime.measured(), closedOnTime.met(), closedOnTime.rate(), rates.get("response").rate(),
				rates.get("resolved").rate(), rates.get("satisfied").rate(), rates.get("returned").rate(),
				rates.get("redispatched").rate(), rates.get("reopened").rate(), rs.getLong("overdue"),
				rs.getLong("backlog"), days, rates);
	}

	private String name(String grouping, String key, String cityName) {
		if (key == null) {
			return null;
		}
		return switch (grouping) {
			case "city" -> cityName;
			case "standard" ->
				key.isEmpty() ? "（未映射）" : java.util.Objects.requireNonNullElse(this.catalog.pathName(key), key);
			default -> key;
		};
	}

}
