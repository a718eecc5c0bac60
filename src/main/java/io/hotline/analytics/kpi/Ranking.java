package io.hotline.analytics.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hotline.platform.Problem;

import org.springframework.stereotype.Component;

/**
 * 排名: units or streets ranked by a weighted score of their rates, fair to small ones. A
 * row is ranked only with at least {@code minSample} orders (the others are listed as too
 * few); its score comes with the interval of the same weights applied to each rate's
 * Wilson interval. The red list (红榜) holds the best ranked rows whose interval lies
 * wholly above the score of all, the black list (黑榜) the worst whose interval lies wholly
 * below it: only differences that are clear. Each row says its rank and score in the
 * period before, of the same length, and the ranks its interval allows: from one better
 * than every row whose interval lies wholly below its own (best) to one worse than every
 * row whose interval lies wholly above it (worst), so that a rank is read with its
 * uncertainty.
 */
@Component
public class Ranking {

	/** The weights used where a request names none: the four rates of the assessment. */
	public static final Map<Kpi, Double> DEFAULT_WEIGHTS = defaults();

	private final KpiReport report;

	Ranking(KpiReport report) {
		this.report = report;
	}

	public Result rank(KpiFilter filter, Grouping level, Map<Kpi, Double> weights, int minSample, int listSize) {
		if (level != Grouping.UNIT && level != Grouping.STREET && level != Grouping.DISTRICT) {
			throw Problem.invalid("kpi.bad-level", level.name().toLowerCase(Locale.ROOT));
		}
		long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
		KpiFilter before = new KpiFilter(filter.from().minusDays(days), filter.from().minusDays(1), filter.unitId(),
				filter.category(), filter.district(), filter.street(), filter.channel(), filter.type());
		KpiReport.Table table = this.report.table(filter, level);
		KpiReport.Row all = table.totals();
		Double overall = (all == null) ? null : score(all, weights)[0];
		List<KpiReport.Row> current = table.rows();
		List<Ranked> ranked = withRankRange(ranked(current, weights, minSample));
		Map<String, Ranked> previous = new HashMap<>();
		// the period before is only ranked, by the rates weighed
		ranked(this.report.table(before, level, java.util.EnumSet.copyOf(weights.keySet())).rows(), weights, minSample)
			.forEach((r) -> previous.put(r.key(), r));
		List<Ranked> rows = new ArrayList<>();
		List<Few> few = new ArrayList<>();
		for (KpiReport.Row row : current) {
			if (row.key() != null && row.orders() < minSample) {
				few.add(new Few(row.key(), row.name(), row.orders()));
			}
		}
		for (Ranked r : ranked) {
			Ranked then = previous.get(r.key());
			rows.add(r.withBefore((then == null) ? null : then.rank(), (then == null) ? null : then.score()));
		}
		List<Ranked> red = new ArrayList<>();
		List<Ranked> black = new ArrayList<>();
		if (overall != null) {
			rows.stream().filter((r) -> r.low() > overall).limit(listSize).forEach(red::add);
			List<Ranked> worstFirst = new ArrayList<>(rows);
			java.util.Collections.reverse(worstFirst);
			worstFirst.stream().filter((r) -> r.high() < overall).limit(listSize).forEach(black::add);
		}
		Map<String, Double> used = new LinkedHashMap<>();
		weights.forEach((kpi, w) -> used.put(kpi.key(), w));
		return new Result(filter.from(), filter.to(), before.from(), before.to(), used, minSample, overall, rows, red,
				black, few);
	}

	private static List<Ranked> ranked(List<KpiReport.Row> rows, Map<Kpi, Double> weights, int minSample) {
		List<Ranked> ranked = new ArrayList<>();
		for (KpiReport.Row row : rows) {
			if (row.key() == null || row.orders() < minSample) {
				continue;
			}
			double[] s = score(row, weights);
			if (!Double.isNaN(s[0])) {
				ranked.add(new Ranked(0, row.key(), row.name(), row.orders(), round(s[0]), round(s[1]), round(s[2]), 0,
						0, row.rates(), null, null, null));
			}
		}
		ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::key));
		List<Ranked> numbered = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			numbered.add(ranked.get(i).withRank(i + 1));
		}
		return numbered;
	}

	/**
	 * Each row with the range of ranks its interval allows: best, one better than every
	 * row clearly below it; worst, one worse than every row clearly above it.
	 */
	static List<Ranked> withRankRange(List<Ranked> rows) {
		List<Ranked> ranged = new ArrayList<>(rows.size());
		for (Ranked r : rows) {
			long above = rows.stream().filter((o) -> o.low() > r.high()).count();
			long below = rows.stream().filter((o) -> o.high() < r.low()).count();
			ranged.add(r.withRange((int) above + 1, rows.size() - (int) below));
		}
		return ranged;
	}

	/**
	 * The weighted mean of the rates that were measured (weights of the others left out),
	 * and the same of their lower and upper bounds; NaN where none was measured.
	 */
	static double[] score(KpiReport.Row row, Map<Kpi, Double> weights) {
		double total = 0;
		double score = 0;
		double low = 0;
		double high = 0;
		for (Map.Entry<Kpi, Double> weight : weights.entrySet()) {
			KpiReport.Rate rate = row.rates().get(weight.getKey().key());
			if (rate == null || rate.rate() == null || weight.getValue() <= 0) {
				continue;
			}
			total += weight.getValue();
			score += weight.getValue() * rate.rate();
			low += weight.getValue() * rate.low();
			high += weight.getValue() * rate.high();
		}
		return (total == 0) ? new double[] { Double.NaN, Double.NaN, Double.NaN }
				: new double[] { score / total, low / total, high / total };
	}

	/** Weights as {@code response:0.2,onTime:0.3}; blank: the defaults. */
	static Map<Kpi, Double> weights(String text) {
		if (text == null || text.isBlank()) {
			return DEFAULT_WEIGHTS;
		}
		Map<Kpi, Double> weights = new LinkedHashMap<>();
		for (String part : text.split(",")) {
			String[] pair = part.split(":");
			try {
				double weight = Double.parseDouble(pair[1].strip());
				if (pair.length != 2 || weight < 0 || weight > 100) {
					throw new IllegalArgumentException(part);
				}
				weights.put(Kpi.of(pair[0].strip()), weight);
			}
			catch (RuntimeException ex) {
				if (ex instanceof Problem problem) {
					throw problem;
				}
				throw Problem.invalid("kpi.bad-weights", text);
			}
		}
		if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
			throw Problem.invalid("kpi.bad-weights", text);
		}
		return weights;
	}

	private static Map<Kpi, Double> defaults() {
		Map<Kpi, Double> weights = new LinkedHashMap<>();
		weights.put(Kpi.RESPONSE, 0.2);
		weights.put(Kpi.ON_TIME, 0.3);
		weights.put(Kpi.RESOLVED, 0.25);
		weights.put(Kpi.SATISFIED, 0.25);
		return java.util.Collections.unmodifiableMap(weights);
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	public record Result(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
			Map<String, Double> weights, int minSample, Double overall, List<Ranked> rows, List<Ranked> red,
			List<Ranked> black, List<Few> tooFew) {

	}

	/**
	 * A ranked row, with its rank and score in the period before (null: not ranked then).
	 */
	public record Ranked(int rank, String key, String name, long orders, double score, double low, double high,
			int bestRank, int worstRank, Map<String, KpiReport.Rate> rates, Integer previousRank, Double previousScore,
			Double change) {

		Ranked withRank(int rank) {
			return new Ranked(rank, this.key, this.name, this.orders, this.score, this.low, this.high, rank, rank,
					this.rates, null, null, null);
		}

		Ranked withRange(int best, int worst) {
			return new Ranked(this.rank, this.key, this.name, this.orders, this.score, this.low, this.high, best, worst,
					this.rates, this.previousRank, this.previousScore, this.change);
		}

		Ranked withBefore(Integer rank, Double score) {
			return new Ranked(this.rank, this.key, this.name, this.orders, this.score, this.low, this.high,
					this.bestRank, this.worstRank, this.rates, rank, score,
					(score == null) ? null : round(this.score - score));
		}

	}

	/**
	 * A row with too few orders (below the result's {@code minSample}) to be ranked
	 * fairly: listed apart.
	 */
	public record Few(String key, String name, long orders) {

	}

}
