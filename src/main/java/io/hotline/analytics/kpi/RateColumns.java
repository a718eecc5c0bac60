package io.hotline.analytics.kpi;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The rates' definitions for order facts kept outside this module with the columns of
 * {@code order_fact} (the province's replicas of its cities' orders, decision 0015): the
 * same expressions count them, so a city's figures and the province's figures of that
 * city agree.
 */
@NamedInterface("rates")
public final class RateColumns {

	private RateColumns() {
	}

	/**
	 * The counts of one fact {@code f} as a select list: {@code orders}, then for each
	 * rate its {@link #met} and {@link #measured} columns, then {@code handling_days} and
	 * {@code handled}; {@code now} is the SQL of the moment judged at.
	 */
	public static String counts(String now) {
		return FactCounts.of(now, "1");
	}

	/** The rates' keys, as the API names them ({@code response}, {@code onTime} …). */
	public static List<String> keys() {
		return java.util.Arrays.stream(Kpi.values()).map(Kpi::key).toList();
	}

	/** The column of a rate's orders that meet it. */
	public static String met(String key) {
		return FactCounts.met(Kpi.of(key));
	}

	/** The column of the orders a rate is measured on. */
	public static String measured(String key) {
		return FactCounts.measured(Kpi.of(key));
	}

}
