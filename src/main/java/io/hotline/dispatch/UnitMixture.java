package io.hotline.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.hotline.classification.Prediction.Scored;

/**
 * The probability of each unit for an order: with weight {@code alpha}, the categories'
 * probabilities times the units that handle each category at the order's place
 * ({@link PlaceRouting}); with the rest, the unit classifier's reading of the text. A
 * category with no unit at the place leaves its share to the unit classifier too.
 */
final class UnitMixture {

	/** Categories less probable than this add nothing worth the lookups. */
	static final double LEAST = 0.002;

	private UnitMixture() {
	}

	static List<Candidate> of(List<Scored> categories, Function<String, Map<Long, Double>> routing,
			Map<Long, Double> unitModel, double alpha) {
		Map<Long, Double> probability = new HashMap<>();
		Map<Long, String> category = new HashMap<>();
		Map<Long, Double> credit = new HashMap<>();
		for (Scored scored : categories) {
			if (scored.probability() < LEAST) {
				continue;
			}
			Map<Long, Double> units = routing.apply(scored.label());
			Map<Long, Double> share = units.isEmpty() ? unitModel : units;
			share.forEach((unit, q) -> {
				double p = alpha * scored.probability() * q;
				probability.merge(unit, p, Double::sum);
				if (p > credit.getOrDefault(unit, 0.0)) {
					credit.put(unit, p);
					category.put(unit, scored.label());
				}
			});
		}
		unitModel.forEach((unit, q) -> probability.merge(unit, (1 - alpha) * q, Double::sum));
		String top = categories.isEmpty() ? null : categories.get(0).label();
		List<Candidate> candidates = new ArrayList<>(probability.size());
		probability.forEach((unit, p) -> candidates.add(new Candidate(unit, category.getOrDefault(unit, top), p)));
		candidates.sort(Comparator.comparingDouble(Candidate::probability).reversed());
		return candidates;
	}

	/**
	 * The parts of the true unit's probability that do not depend on alpha:
	 * {@code p(alpha) = alpha * (routed + unrouted * model) + (1 - alpha) * model}.
	 */
	record Parts(double routed, double unrouted, double model) {

		static Parts of(List<Scored> categories, Function<String, Map<Long, Double>> routing,
				Map<Long, Double> unitModel, long truth) {
			double routed = 0;
			double unrouted = 0;
			for (Scored scored : categories) {
				if (scored.probability() < LEAST) {
					continue;
				}
				Map<Long, Double> units = routing.apply(scored.label());
				if (units.isEmpty()) {
					unrouted += scored.probability();
				}
				else {
					routed += scored.probability() * units.getOrDefault(truth, 0.0);
				}
			}
			return new Parts(routed, unrouted, unitModel.getOrDefault(truth, 0.0));
		}

		double probability(double alpha) {
			return alpha * (this.routed + this.unrouted * this.model) + (1 - alpha) * this.model;
		}

	}

	/**
	 * A unit, the category that sends the order there, and the probability it is right.
	 */
	record Candidate(long unitId, String categoryCode, double probability) {

	}

}
