package io.hotline.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.hotline.classification.Prediction.Scored;

/**
 * The probability of each unit for an order: with weight {@code alpha}, the categories'
 * probabilities times the units that handle each category at the order's place
 * ({@link PlaceRouting}); with the rest, the unit classifier's reading of the text. A
 * category with no unit at the place leaves its share to the unit classifier too.
 * <p>
 * Only units that handle the matter are candidates: those the routing names (the
 * catalog's rule unit, the place's responsible unit, the units that really handled such
 * orders) for the most probable category or one of at least {@link #RELEVANT}. The unit
 * classifier reorders them but brings no unit of its own (a noise complaint never lists
 * 纪委监委 because some of its words also occur in their orders); only where no category has
 * a unit at all does the classifier speak alone.
 */
final class UnitMixture {

	/** Categories less probable than this add nothing worth the lookups. */
	static final double LEAST = 0.002;

	/**
	 * Categories at least this probable (and the first) name the relevant units: on the
	 * demo year's held-out orders, 0.01 keeps the first suggestion's accuracy and nearly
	 * all of the first three's while listing half the units (benchmark-dispatch).
	 */
	static final double RELEVANT = 0.01;

	private UnitMixture() {
	}

	static List<Candidate> of(List<Scored> categories, Function<String, Map<Long, Double>> routing,
			Map<Long, Double> unitModel, double alpha) {
		return of(categories, routing, unitModel, alpha, RELEVANT);
	}

	/** The same, with the share of a category that makes its units relevant. */
	static List<Candidate> of(List<Scored> categories, Function<String, Map<Long, Double>> routing,
			Map<Long, Double> unitModel, double alpha, double relevantShare) {
		Map<Long, Double> probability = new HashMap<>();
		Map<Long, String> category = new HashMap<>();
		Map<Long, Double> credit = new HashMap<>();
		Set<Long> relevant = relevant(categories, routing, relevantShare);
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
		probability.forEach((unit, p) -> {
			if (relevant.isEmpty() || relevant.contains(unit)) {
				candidates.add(new Candidate(unit, category.getOrDefault(unit, top), p));
			}
		});
		candidates.sort(Comparator.comparingDouble(Candidate::probability).reversed());
		return candidates;
	}

	/**
	 * The units that handle the matter: those routed for the first category and for every
	 * category of at least {@link #RELEVANT}.
	 */
	static Set<Long> relevant(List<Scored> categories, Function<String, Map<Long, Double>> routing, double share) {
		Set<Long> relevant = new HashSet<>();
		for (int i = 0; i < categories.size(); i++) {
			Scored scored = categories.get(i);
			if (i == 0 || scored.probability() >= share) {
				relevant.addAll(routing.apply(scored.label()).keySet());
			}
		}
		return relevant;
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
