package io.hotline.analytics.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one order fact ({@code f}) adds to a KPI report's row: the order, for each rate
 * whether it is measured on the order and whether the order meets it, and its working
 * days of handling. The same expressions count the facts of a report directly and fill
 * their daily rollup ({@code order_fact_day}), so that both always count alike.
 */
final class FactCounts {

	/**
	 * What a report filters and groups by: the rollup keeps one row per combination of
	 * these on each day.
	 */
	static final List<String> KEYS = List.of("created_day", "unit_id", "category_code", "district_code", "street_code",
			"channel", "type");

	private FactCounts() {
	}

	/** The names of the counts, in the order of {@link #of}. */
	static List<String> names() {
		List<String> names = new ArrayList<>(List.of("orders"));
		for (Kpi kpi : Kpi.values()) {
			names.add(met(kpi));
			names.add(measured(kpi));
		}
		names.addAll(List.of("handling_days", "handled"));
		return names;
	}

	static String met(Kpi kpi) {
		return kpi.name().toLowerCase(Locale.ROOT) + "_met";
	}

	static String measured(Kpi kpi) {
		return kpi.name().toLowerCase(Locale.ROOT) + "_measured";
	}

	/**
	 * The counts of the fact {@code f} as a select list, named as {@link #names}, each
	 * times {@code sign} (1 for a fact added, -1 for one taken away); {@code now} is the
	 * moment the rates' conditions are judged at.
	 */
	static String of(String now, String sign) {
		List<String> counts = new ArrayList<>(List.of(sign + " as orders"));
		for (Kpi kpi : Kpi.values()) {
			String measured = kpi.measured().replace(":now", now);
			counts.add(when("(" + measured + ") and (" + kpi.met() + ")", sign) + " as " + met(kpi));
			counts.add(when(measured, sign) + " as " + measured(kpi));
		}
		counts.add(sign + " * cast(f.handling_days as double precision) as handling_days");
		counts.add(when("f.handling_days is not null", sign) + " as handled");
		return String.join(", ", counts);
	}

	private static String when(String condition, String sign) {
		return "case when " + condition + " then " + sign + " else 0 end";
	}

}
