package io.hotline.analytics.monitor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

	private static final String[][] SCOPES = { { "ALL", "'all'", "null", "null" },
			{ "CATEGORY", "f.category_code", "(select name from category c where c.code = f.category_code)", "null" },
			{ "DISTRICT", "f.district_code", "(select name from division d where d.code = f.district_code)", "null" },
			{ "STREET", "f.street_code", "(select name from division d where d.code = f.street_code)", "null" },
			{ "UNIT", "cast(f.unit_id as varchar)", "(select name from handling_unit u where u.id = f.unit_id)",
					"f.unit_id" } };

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
		List<Finding> findings = new ArrayList<>();
		for (Window window : Window.values()) {
			for (String[] scope : SCOPES) {
				findings.addAll(detect(now, window, scope));
			}
		}
		return findings;
	}

	private List<Finding> detect(Instant now, Window window, String[] scope) {
		Instant recentFrom = now.minus(window.length);
		Instant baselineFrom = recentFrom.minus(window.length.multipliedBy(window.baseline));
		String sql = "select " + scope[1] + " as key, min(" + scope[2] + ") as name, min(" + scope[3]
				+ ") as unit_id, count(*) filter (where f.created_at >= ?) as recent,"
				+ " count(*) filter (where f.created_at < ?) as before from order_fact f"
				+ " where f.created_at >= ? and f.created_at < ? and " + scope[1] + " is not null group by 1";
		List<Finding> findings = new ArrayList<>();
		double needed = (window == Window.MONTH) ? this.monthRatio : this.ratio;
		this.jdbc.sql(sql)
			.params(Timestamp.from(recentFrom), Timestamp.from(recentFrom), Timestamp.from(baselineFrom),
					Timestamp.from(now))
			.query((rs) -> {
				long recent = rs.getLong("recent");
				double expected = rs.getLong("before") / (double) window.baseline;
				Long unit = rs.getObject("unit_id") == null ? null : rs.getLong("unit_id");
				// a month against nothing the month before is a series new to the data,
				// not a surge
				boolean comparable = window != Window.MONTH || rs.getLong("before") > 0;
				if (comparable && recent >= this.minCount && recent >= needed * Math.max(expected, 0.5)
						&& poissonTail(recent, Math.max(expected, 0.5)) < 0.001) {
					findings.add(new Finding("VOLUME_SURGE_" + window.name(), scope[0], rs.getString("key"),
							rs.getString("name"), unit, recent, round(expected),
							Fact.of("alert.volume-surge", Fact.phrase("alert.window." + window.name()), recent,
									tenths(expected), tenths(recent / Math.max(expected, 0.5)))));
				}
				else if ("UNIT".equals(scope[0]) && window == Window.DAY && expected >= this.minCount
						&& recent <= expected / 4) {
					findings.add(new Finding("UNIT_DROP", scope[0], rs.getString("key"), rs.getString("name"), unit,
							recent, round(expected), Fact.of("alert.unit-drop", recent, tenths(expected))));
				}
			});
		return findings;
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
