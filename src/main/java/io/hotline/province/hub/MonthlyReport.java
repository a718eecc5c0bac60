package io.hotline.province.hub;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.hotline.analytics.kpi.RateColumns;
import io.hotline.platform.Problem;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 省级月报 (docs/province-cockpit.md): a month of the province's cities — each city's orders
 * and the change from the month before, its rates with their intervals and its place in
 * the fair ranking of each (the Wilson bound, {@link CityRanking}), the orders it
 * transferred out and received (跨市转办) and the supervisions the province sent it (省级督办) —
 * and the province's totals.
 */
@Component
@Conditional(ProvincialNode.class)
class MonthlyReport {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/**
	 * One city's month. {@code ranks}: its place in each rate's ranking (null: not
	 * measured).
	 */
	record CityMonth(String city, String name, long orders, Long ordersBefore, ProvinceKpis.Row figures,
			Map<String, Integer> ranks, long transferredOut, long transferredIn, long supervised) {

	}

	record Report(YearMonth month, LocalDate from, LocalDate to, ProvinceKpis.Row total, long ordersBefore,
			List<CityMonth> cities, long transfers, long supervisions) {

	}

	private final ProvinceKpis kpis;

	private final CityRanking ranking;

	private final JdbcClient jdbc;

	MonthlyReport(ProvinceKpis kpis, CityRanking ranking, JdbcClient jdbc) {
		this.kpis = kpis;
		this.ranking = ranking;
		this.jdbc = jdbc;
	}

	/** The month given as {@code 2026-11}; none: the month before this one. */
	static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return YearMonth.now(BEIJING).minusMonths(1);
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Problem.invalid("province.bad-month", text);
		}
	}

	Report of(YearMonth month) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		ProvinceKpis.Table table = this.kpis.table("city", from, to, null);
		ProvinceKpis.Table before = this.kpis.table("city", month.minusMonths(1).atDay(1),
				month.minusMonths(1).atEndOfMonth(), null);
		Map<String, Long> previous = before.rows()
			.stream()
			.collect(Collectors.toMap(ProvinceKpis.Row::key, ProvinceKpis.Row::total));
		Map<String, Map<String, Integer>> ranks = new HashMap<>();
		for (String rate : RateColumns.keys()) {
			for (CityRanking.Place place : this.ranking.rank(rate, table, null).cities()) {
				ranks.computeIfAbsent(place.city(), (c) -> new LinkedHashMap<>()).put(rate, place.rank());
			}
		}
		Map<String, Long> out = counts("select from_city, count(*) from province_transfer", "from_city", month);
		Map<String, Long> in = counts("select to_node, count(*) from province_transfer", "to_node", month);
		Map<String, Long> supervised = counts("select city, count(*) from province_command", "city", month);
		List<CityMonth> cities = new ArrayList<>();
		for (ProvinceKpis.Row row : table.rows()) {
			cities.add(new CityMonth(row.key(), row.name(), row.total(), previous.get(row.key()), row,
					ranks.getOrDefault(row.key(), Map.of()), out.getOrDefault(row.key(), 0L),
					in.getOrDefault(row.key(), 0L), supervised.getOrDefault(row.key(), 0L)));
		}
		long ordersBefore = before.rows().stream().mapToLong(ProvinceKpis.Row::total).sum();
		return new Report(month, from, to, table.total(), ordersBefore, cities, sum(out), sum(supervised));
	}

	private Map<String, Long> counts(String select, String key, YearMonth month) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql(select + " where created_at >= ? and created_at < ? group by " + key)
			.params(Timestamp.from(month.atDay(1).atStartOfDay(BEIJING).toInstant()),
					Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(BEIJING).toInstant()))
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private static long sum(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
