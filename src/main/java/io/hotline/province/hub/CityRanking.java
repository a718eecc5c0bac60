package io.hotline.province.hub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.hotline.analytics.kpi.RateColumns;
import io.hotline.analytics.kpi.RateShare;
import io.hotline.platform.Problem;
import io.hotline.province.ProvincialNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * 考核排名: the cities of the province ranked fairly by one rate of a period. A rate that is
 * better high (satisfied, response …) ranks by its 95 % Wilson lower bound, from the
 * highest: a small city's 3 of 3 (lower bound 0.44) ranks below a large city's 970 of
 * 1,000 (0.96). A rate that is better low (returned, redispatched, reopened) ranks by its
 * upper bound, from the lowest. A city is tied with the next when their intervals
 * overlap: the difference between them is not clear. Cities where the rate was not
 * measured are listed after the ranked ones, without a rank.
 */
@Component
@Conditional(ProvincialNode.class)
class CityRanking {

	/** The rates where fewer is better: ranked from the lowest by default. */
	static final Set<String> FEWER_IS_BETTER = Set.of("returned", "redispatched", "reopened");

	/** One city's place. */
	record Place(Integer rank, String city, String name, long orders, long met, long measured, Double rate, Double low,
			Double high, Double bound, boolean tiedWithNext) {

	}

	record Result(String kpi, String order, LocalDate from, LocalDate to, RateShare province, List<Place> cities) {

	}

	private final ProvinceKpis kpis;

	CityRanking(ProvinceKpis kpis) {
		this.kpis = kpis;
	}

	Result rank(String kpi, LocalDate from, LocalDate to, String order) {
		return rank(kpi, this.kpis.table("city", from, to, null), order);
	}

	/**
	 * The ranking of a rate over the cities' figures already counted ({@code table}, by
	 * city).
	 */
	Result rank(String kpi, ProvinceKpis.Table table, String order) {
		String rate = (kpi == null || kpi.isBlank()) ? "satisfied" : kpi.strip();
		if (!RateColumns.keys().contains(rate)) {
			throw Problem.invalid("province.bad-kpi", kpi, String.join(", ", RateColumns.keys()));
		}
		boolean descending = direction(order, rate);
		List<Place> measured = new ArrayList<>();
		List<Place> unmeasured = new ArrayList<>();
		for (ProvinceKpis.Row row : table.rows()) {
			RateShare share = row.rates().get(rate);
			Double bound = (share.rate() == null) ? null : (descending ? share.low() : share.high());
			Place place = new Place(null, row.key(), row.name(), row.total(), share.met(), share.measured(),
					share.rate(), share.low(), share.high(), bound, false);
			((bound == null) ? unmeasured : measured).add(place);
		}
		Comparator<Place> byBound = Comparator.comparing(Place::bound);
		Comparator<Place> byRate = Comparator.comparing(Place::rate);
		if (descending) {
			byBound = byBound.reversed();
			byRate = byRate.reversed();
		}
		measured.sort(byBound.thenComparing(byRate)
			.thenComparing(Comparator.comparingLong(Place::measured).reversed())
			.thenComparing(Place::city));
		List<Place> places = new ArrayList<>(measured.size() + unmeasured.size());
		for (int i = 0; i < measured.size(); i++) {
			Place p = measured.get(i);
			boolean tied = i + 1 < measured.size() && overlap(p, measured.get(i + 1));
			places.add(new Place(i + 1, p.city(), p.name(), p.orders(), p.met(), p.measured(), p.rate(), p.low(),
					p.high(), p.bound(), tied));
		}
		unmeasured.sort(Comparator.comparing(Place::city));
		places.addAll(unmeasured);
		RateShare all = (table.total() == null) ? RateShare.of(0, 0) : table.total().rates().get(rate);
		return new Result(rate, descending ? "desc" : "asc", table.from(), table.to(), all, places);
	}

	private static boolean direction(String order, String rate) {
		String dir = (order == null) ? "" : order.strip().toLowerCase(Locale.ROOT);
		return switch (dir) {
			case "" -> !FEWER_IS_BETTER.contains(rate);
			case "desc" -> true;
			case "asc" -> false;
			default -> throw Problem.invalid("province.bad-order", order);
		};
	}

	private static boolean overlap(Place a, Place b) {
		return a.low() <= b.high() && b.low() <= a.high();
	}

}
