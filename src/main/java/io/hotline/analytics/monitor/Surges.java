package io.hotline.analytics.monitor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.hotline.platform.Fact;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Volume surges and drops in the order facts: the last window (an hour, a day, 30 days)
 * against the mean of the windows before it, overall and per category, district, street
 * and unit. A surge needs at least {@code minCount} orders, {@code ratio} times the
 * expected count, and a Poisson tail below 0.001 (so that 12 against 1.5 is a surge and 4
 * against 0.5 is not) and, for 30 days, some orders in the 30 days before; a unit's drop
 * needs an expected count of at least {@code minCount} and a quarter of it or less.
 */
@Component
class Surges {

	/** The windows: the last one against this many before it. */
	enum Window {

		HOUR(Duration.ofHours(1), 168), DAY(Duration.ofDays(1), 28), MONTH(Duration.ofDays(30), 1);

		final Duration length;

		final int baseline;

		Window(Duration length, int baseline) {
			this.length = length;
			this.baseline = baseline;
		}

	}

	/** The scopes: each a grouping set of the one query, with its key and name. */
	private static final String[] SCOPES = { "ALL", "CATEGORY", "DISTRICT", "STREET", "UNIT" };

	/**
	 * Every window and scope in one pass over the longest window's facts (30 days and the
	 * 30 before): a grouping set per scope, each window's counts filtered by time, the
	 * names looked up once a group. A window's group counts only where the window has
	 * facts (recent or before), as a query of the window alone would have made it.
	 */
	private static final String SQL = """
			select g.*, case g.scope
			        when 'CATEGORY' then (select name from category c where c.code = g.key)
			        when 'DISTRICT' then (select name from division d where d.code = g.key)
			        when 'STREET' then (select name from division d where d.code = g.key)
			        when 'UNIT' then (select name from handling_unit u where u.id = g.unit_id) end as name
			from (
			    select case grouping(f.category_code, f.district_code, f.street_code, f.unit_id)
			            when 15 then 'ALL' when 7 then 'CATEGORY' when 11 then 'DISTRICT' when 13 then 'STREET'
			            else 'UNIT' end as scope,
			        case grouping(f.category_code, f.district_code, f.street_code, f.unit_id)
			            when 15 then 'all' when 7 then f.category_code when 11 then f.district_code
			            when 13 then f.street_code else cast(f.unit_id as varchar) end as key,
			        f.unit_id,
			        count(*) filter (where f.created_at >= ?) as hour_recent,
			        count(*) filter (where f.created_at >= ? and f.created_at < ?) as hour_before,
			        count(*) filter (where f.created_at >= ?) as day_recent,
			        count(*) filter (where f.created_at >= ? and f.created_at < ?) as day_before,
			        count(*) filter (where f.created_at >= ?) as month_recent,
			        count(*) filter (where f.created_at < ?) as month_before
			    from order_fact f
			    where f.created_at >= ? and f.created_at < ?
			    group by grouping sets ((), (f.category_code), (f.district_code), (f.street_code), (f.unit_id))) g
			where g.key is not null""";

	private final JdbcClient jdbc;

	private final int minCount;

	private final double ratio;

	private final double monthRatio;

	Surges(JdbcClient jdbc, @Value("${hotline.analytics.surge.min-count:10}") int minCount,
			@Value("${hotline.analytics.surge.ratio:3}") double ratio,
			@Value("${hotline.analytics.surge.month-ratio:5}") double monthRatio) {
		this.jdbc = jdbc;
		this.minCount = minCount;
		this.ratio = ratio;
		this.monthRatio = monthRatio;
	}

	List<Finding> detect(Instant now) {
		List<Object> params = new ArrayList<>();
		for (Window window : Window.values()) {
			Instant recentFrom = now.minus(window.length);
			params.add(Timestamp.from(recentFrom));
			if (window != Window.MONTH) {
				params.add(Timestamp.from(recentFrom.minus(window.length.multipliedBy(window.baseline))));
			}
			params.add(Timestamp.from(recentFrom));
		}
		Instant longest = now.minus(Window.MONTH.length.multipliedBy(1 + Window.MONTH.baseline));
		params.add(Timestamp.from(longest));
		params.add(Timestamp.from(now));
		List<Group> groups = this.jdbc.sql(SQL).params(params).query((rs, n) -> {
			long[] counts = new long[2 * Window.values().length];
			for (Window window : Window.values()) {
				String prefix = window.name().toLowerCase(Locale.ROOT);
				counts[2 * window.ordinal()] = rs.getLong(prefix + "_recent");
				counts[2 * window.ordinal() + 1] = rs.getLong(prefix + "_before");
			}
			Long unit = "UNIT".equals(rs.getString("scope")) ? rs.getLong("unit_id") : null;
			return new Group(rs.getString("scope"), rs.getString("key"), rs.getString("name"), unit, counts);
		}).list();
		List<Finding> findings = new ArrayList<>();
		for (Window window : Window.values()) {
			for (String scope : SCOPES) {
				for (Group group : groups) {
					if (group.scope().equals(scope)) {
						detect(window, group).ifPresent(findings::add);
					}
				}
			}
		}
		return findings;
	}

	private Optional<Finding> detect(Window window, Group group) {
		long recent = group.counts()[2 * window.ordinal()];
		long before = group.counts()[2 * window.ordinal() + 1];
		if (recent + before == 0) {
			// no facts in this window: no group of it
			return Optional.empty();
		}
		double expected = before / (double) window.baseline;
		double needed = (window == Window.MONTH) ? this.monthRatio : this.ratio;
		// a month against nothing the month before is a series new to the data,
		// not a surge
		boolean comparable = window != Window.MONTH || before > 0;
		if (comparable && recent >= this.minCount && recent >= needed * Math.max(expected, 0.5)
				&& poissonTail(recent, Math.max(expected, 0.5)) < 0.001) {
			return Optional.of(new Finding("VOLUME_SURGE_" + window.name(), group.scope(), group.key(), group.name(),
					group.unitId(), recent, round(expected),
					Fact.of("alert.volume-surge", Fact.phrase("alert.window." + window.name()), recent,
							tenths(expected), tenths(recent / Math.max(expected, 0.5)))));
		}
		if ("UNIT".equals(group.scope()) && window == Window.DAY && expected >= this.minCount
				&& recent <= expected / 4) {
			return Optional.of(new Finding("UNIT_DROP", group.scope(), group.key(), group.name(), group.unitId(),
					recent, round(expected), Fact.of("alert.unit-drop", recent, tenths(expected))));
		}
		return Optional.empty();
	}

	/**
	 * A scope's group: its key, name and unit, and each window's recent and earlier
	 * counts, in the windows' order.
	 */
	private record Group(String scope, String key, String name, Long unitId, long[] counts) {

	}

	/**
	 * P(X ≥ k) for X Poisson with mean λ: summed exactly for small means, by the normal
	 * approximation (with continuity correction) for large ones, where e^-λ underflows.
	 */
	static double poissonTail(long k, double lambda) {
		if (lambda > 50) {
			double z = (k - 0.5 - lambda) / Math.sqrt(lambda);
			return 0.5 * erfc(z / Math.sqrt(2));
		}
		double term = Math.exp(-lambda);
		double below = 0;
		for (long i = 0; i < k; i++) {
			below += term;
			term *= lambda / (i + 1);
		}
		return Math.max(0, 1 - below);
	}

	/** Abramowitz and Stegun 7.1.26, good to 1.5e-7. */
	static double erfc(double x) {
		double t = 1 / (1 + 0.3275911 * Math.abs(x));
		double y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
				* Math.exp(-x * x);
		return (x >= 0) ? y : 2 - y;
	}

	/** A figure with one decimal, as the alerts' sentences write it (3.5). */
	static String tenths(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
