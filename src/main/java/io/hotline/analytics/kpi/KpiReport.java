package io.hotline.analytics.kpi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The KPIs of the orders a filter selects, in rows of a grouping, each rate with its
 * numerator and denominator (so that it can be traced to the orders) and a 95 % Wilson
 * interval (so that a small unit's 100 % of 3 orders is not read as better than 97 % of
 * 3,000). The orders behind any figure are listed by {@link #orders}.
 */
@Component
public class KpiReport {

	/** At most this many orders listed behind a figure at once (pages beyond). */
	static final int MOST_ORDERS = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	KpiReport(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Row> rows(KpiFilter filter, Grouping grouping) {
		return table(filter, grouping).rows();
	}

	/**
	 * The rows of a grouping and their totals, in one pass over the facts: every order is
	 * in one row (those without a unit, a category or a place in a row of its own), so
	 * the totals are the rows' sums. The facts are counted by the grouping's raw value;
	 * the rows' keys and names are made afterwards, once per row.
	 */
	public Table table(KpiFilter filter, Grouping grouping) {
		return table(filter, grouping, EnumSet.allOf(Kpi.class));
	}

	/**
	 * The same, with only some of the rates counted (the others left out of the rows).
	 * The settled facts are read from their daily rollup, the others one by one (the
	 * orders still open or whose rates are still to be decided: a partial index holds
	 * them), in one statement, so that both are read in the same snapshot.
	 */
	Table table(KpiFilter filter, Grouping grouping, Set<Kpi> kpis) {
		Instant now = this.clock.instant();
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(now));
		StringBuilder sql = new StringBuilder("with p as (select cast(? as timestamptz) as now) select ")
			.append(grouping.key("g.v"))
			.append(" as key, ")
			.append(grouping.label("g.v"))
			.append(" as name, g.* from (select ")
			.append(grouping.value())
			.append(" as v, sum(f.orders) as orders");
		for (Kpi kpi : kpis) {
			sql.append(", sum(f.").append(FactCounts.met(kpi)).append(") as ").append(kpi.name()).append("_met");
			sql.append(", sum(f.")
				.append(FactCounts.measured(kpi))
				.append(") as ")
				.append(kpi.name())
				.append("_measured");
		}
		FactCube cube = FactCube.covering(columns(filter, grouping));
		String keys = String.join(", ", cube.keys());
		sql.append(", sum(f.overdue) as overdue, sum(f.backlog) as backlog")
			.append(", sum(f.handling_days) as handling_days, sum(f.handled) as handled from (select ")
			.append(keys)
			.append(", ")
			.append(String.join(", ", FactCounts.names()))
			.append(", 0 as overdue, 0 as backlog from ")
			.append(cube.table())
			.append(" d where ")
			.append(filter.whereByDay("d", params))
			.append(" union all select f.")
			.append(keys.replace(", ", ", f."))
			.append(", ")
			.append(FactCounts.of("p.now", "1"))
			.append(", case when f.status <> 'CLOSED' and f.deadline < p.now then 1 else 0 end as overdue")
			.append(", case when f.dispatched_at is not null and f.status <> 'CLOSED' then 1 else 0 end as backlog")
			.append(" from order_fact f cross join p where not f.settled and ")
			.append(filter.whereByDay("f", params))
			.append(") f group by 1 having sum(f.orders) > 0) g order by orders desc, key");
		Totals totals = new Totals(kpis);
		List<Row> rows = this.jdbc.sql(sql.toString()).params(params).query((rs, n) -> totals.add(rs)).list();
		return new Table(rows.isEmpty() ? null : totals.row(), rows);
	}

	/** The facts' columns a report filters and groups by. */
	private static Set<String> columns(KpiFilter filter, Grouping grouping) {
		Set<String> columns = new java.util.HashSet<>(filter.columns());
		if (grouping.column() != null) {
			columns.add(grouping.column());
		}
		return columns;
	}

	/**
	 * The orders behind a figure: those a KPI is measured on, those that meet it or those
	 * that miss it ({@code outcome} {@code measured}, {@code met}, {@code missed}), or
	 * the orders overdue or in backlog now ({@code kpi} {@code overdue}, {@code backlog})
	 * or all ({@code orders}), or those of the mean handling time ({@code handled});
	 * within the row {@code key} of the grouping, if given.
	 */
	public List<OrderLine> orders(KpiFilter filter, Grouping grouping, String key, String kpi, String outcome,
			int offset) {
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(this.clock.instant()));
		String condition = switch (kpi) {
			case "orders" -> "true";
			case "overdue" -> "f.status <> 'CLOSED' and f.deadline < p.now";
			case "backlog" -> "f.dispatched_at is not null and f.status <> 'CLOSED'";
			case "handled" -> "f.handling_days is not null";
			default -> outcome(Kpi.of(kpi), outcome);
		};
		StringBuilder sql = new StringBuilder("""
				with p as (select cast(? as timestamptz) as now)
				select f.order_id, o.number, o.title, f.status, f.created_at, f.deadline, f.replied_at,
				    (select name from handling_unit u where u.id = f.unit_id) as unit_name
				from order_fact f cross join p join work_order o on o.id = f.order_id where (""").append(condition)
			.append(") and ")
			.append(filter.where(params));
		if (key != null && grouping != Grouping.NONE) {
			sql.append(" and ").append(grouping.key()).append(" = ?");
			params.add(key);
		}
		sql.append(" order by f.created_at desc, f.order_id desc limit ").append(MOST_ORDERS).append(" offset ?");
		params.add(Math.max(0, offset));
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new OrderLine(rs.getLong("order_id"), rs.getString("number"), rs.getString("title"),
					rs.getString("status"), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("deadline")), instant(rs.getTimestamp("replied_at")),
					rs.getString("unit_name")))
			.list();
	}

	private static String outcome(Kpi kpi, String outcome) {
		String measured = kpi.measured().replace(":now", "p.now");
		return switch ((outcome == null) ? "measured" : outcome) {
			case "measured" -> measured;
			case "met" -> "(" + measured + ") and (" + kpi.met() + ")";
			case "missed" -> "(" + measured + ") and not coalesce((" + kpi.met() + "), false)";
			default -> throw io.hotline.platform.Problem.invalid("kpi.bad-outcome", outcome);
		};
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	/** The rows of a grouping, and their totals (null where no order was counted). */
	public record Table(Row totals, List<Row> rows) {

	}

	/**
	 * One row: its key and name, the rates by KPI, the counts now, and the mean handling
	 * time.
	 */
	public record Row(String key, String name, long orders, Map<String, Rate> rates, long overdue, long backlog,
			Double handlingDays, long handled) {

	}

	/**
	 * A rate: {@code met} of {@code measured}, and the 95 % Wilson interval around it
	 * (null rate where nothing was measured).
	 */
	public record Rate(long met, long measured, Double rate, Double low, Double high) {

		static Rate of(long met, long measured) {
			if (measured == 0) {
				return new Rate(met, measured, null, null, null);
			}
			double n = measured;
			double p = met / n;
			double z = 1.96;
			double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
			double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
			return new Rate(met, measured, round(p), round(Math.max(0, centre - half)),
					round(Math.min(1, centre + half)));
		}

		private static Double round(double value) {
			return Math.round(value * 10_000) / 10_000.0;
		}

	}

	/** An order behind a figure. */
	public record OrderLine(long id, String number, String title, String status, Instant createdAt, Instant deadline,
			Instant repliedAt, String unitName) {

	}

}
