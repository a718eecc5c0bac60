package io.hotline.analytics.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.hotline.analytics.kpi.KpiReport.Rate;
import io.hotline.analytics.kpi.KpiReport.Row;

/**
 * Reads a KPI report's rows from their counts (of the rates asked for), and adds them up
 * into the report's totals: the rates from the summed numerators and denominators, the
 * mean handling time from the summed days.
 */
class Totals {

	private final long[] met = new long[Kpi.values().length];

	private final long[] measured = new long[Kpi.values().length];

	private final Set<Kpi> kpis;

	private long orders;

	private long overdue;

	private long backlog;

	private double days;

	private long handled;

	Totals(Set<Kpi> kpis) {
		this.kpis = kpis;
	}

	/** The row in {@code rs}, counted into the totals. */
	Row add(ResultSet rs) throws SQLException {
		Map<String, Rate> rates = new LinkedHashMap<>();
		for (Kpi kpi : this.kpis) {
			long m = rs.getLong(kpi.name() + "_met");
			long of = rs.getLong(kpi.name() + "_measured");
			this.met[kpi.ordinal()] += m;
			this.measured[kpi.ordinal()] += of;
			rates.put(kpi.key(), Rate.of(m, of));
		}
		long rowHandled = rs.getLong("handled");
		double rowDays = rs.getDouble("handling_days");
		this.orders += rs.getLong("orders");
		this.overdue += rs.getLong("overdue");
		this.backlog += rs.getLong("backlog");
		this.days += rowDays;
		this.handled += rowHandled;
		return new Row(rs.getString("key"), rs.getString("name"), rs.getLong("orders"), rates, rs.getLong("overdue"),
				rs.getLong("backlog"), mean(rowDays, rowHandled), rowHandled);
	}

	/** All the rows added so far, as one. */
	Row row() {
		Map<String, Rate> rates = new LinkedHashMap<>();
		for (Kpi kpi : this.kpis) {
			rates.put(kpi.key(), Rate.of(this.met[kpi.ordinal()], this.measured[kpi.ordinal()]));
		}
		return new Row("all", null, this.orders, rates, this.overdue, this.backlog, mean(this.days, this.handled),
				this.handled);
	}

	private static Double mean(double days, long handled) {
		return (handled == 0) ? null : Math.round(days / handled * 100) / 100.0;
	}

}
