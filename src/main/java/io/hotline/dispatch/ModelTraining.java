package io.hotline.dispatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.hotline.classification.Algorithm;
import io.hotline.classification.Evaluation;
import io.hotline.classification.Example;
import io.hotline.classification.HeldOut;
import io.hotline.classification.Prediction;
import io.hotline.classification.Prediction.Scored;
import io.hotline.classification.TextClassifier;
import io.hotline.classification.Training;
import io.hotline.dispatch.PastOrders.PastOrder;
import io.hotline.dispatch.UnitMixture.Candidate;
import io.hotline.dispatch.UnitMixture.Parts;

/**
 * Trains one version of the dispatch model into a folder: the category and unit
 * classifiers, the place routing from the history, the weight of the two that suits the
 * history best (out of fold), the held-out rows for thresholds, and the index of similar
 * orders. Answers the version's evaluation.
 */
final class ModelTraining {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModelTraining.class);

	private static final int CATEGORIES = 10;

	private final DispatchSettings settings;

	/** The label of the orders of the units not learned from the text. */
	static final String OTHER_UNIT = "other";

	private final BiFunction<String, String, Long> rule;

	private final Function<String, String> levelOne;

	private final UnitJurisdictions jurisdictions;

	ModelTraining(DispatchSettings settings, BiFunction<String, String, Long> rule, Function<String, String> levelOne,
			UnitJurisdictions jurisdictions) {
		this.settings = settings;
		this.rule = rule;
		this.levelOne = levelOne;
		this.jurisdictions = jurisdictions;
	}

	Map<String, Object> train(List<PastOrder> orders, PlaceRouting routing, Path folder) throws IOException {
		long started = System.nanoTime();
		if (orders.size() < this.settings.minOrders()) {
			throw new TrainingRefused("dispatch.too-few-orders", orders.size(), this.settings.minOrders());
		}
		List<Example> byCategory = orders.stream().map((o) -> new Example(o.categoryCode(), o.text())).toList();
		if (byCategory.stream().map(Example::label).distinct().count() < 2) {
			throw new TrainingRefused("dispatch.one-category", orders.size());
		}
		Algorithm categoryAlgorithm = Algorithm.of(this.settings.categoryAlgorithm());
		long categoriesStarted = System.nanoTime();
		CategoryModel.Trained categories = CategoryModel.train(byCategory, this.levelOne, training(categoryAlgorithm));
		double categorySeconds = (System.nanoTime() - categoriesStarted) / 1e9;
		log.info("dispatch model: categories of {} orders learned in {} s", orders.size(), categorySeconds);
		List<Example> byUnit = unitExamples(orders);
		Algorithm unitAlgorithm = Algorithm.of(this.settings.unitAlgorithm());
		TextClassifier units = byUnit.stream().map(Example::label).distinct().count() < 2 ? null
				: TextClassifier.train(byUnit, training(unitAlgorithm));
		log.info("dispatch model: units learned in {} s",
				units == null ? 0 : units.provenance().trainingMillis() / 1000.0);
		Files.createDirectories(folder);
		categories.model().save(folder.resolve(DispatchModel.CATEGORIES));
		if (units != null) {
			units.save(folder.resolve(DispatchModel.UNITS));
		}
		routing.save(folder.resolve(DispatchModel.ROUTING));
		HeldOutOutcome outcome = heldOut(orders, routing, categories.heldOut(),
				units == null ? null : units.heldOut().orElseThrow());
		outcome.rows().save(folder.resolve(DispatchModel.HELD_OUT));
		DispatchModel.writeWeights(folder, outcome.alphaKnown(), outcome.alphaPredicted());
		SimilarOrders.build(folder.resolve(DispatchModel.SIMILAR), orders);
		Map<String, Object> evaluation = new LinkedHashMap<>();
		evaluation.put("category", categories(byCategory, categories, categoryAlgorithm, categorySeconds));
		evaluation.put("unit", units == null ? null : classifier(units, unitAlgorithm));
		evaluation.put("registered", outcome.rows().evaluation(true, outcome.alphaKnown()));
		evaluation.put("predicted", outcome.rows().evaluation(false, outcome.alphaPredicted()));
		evaluation.put("trainingSeconds", (System.nanoTime() - started) / 1e9);
		return evaluation;
	}

	private Training training(Algorithm algorithm) {
		return new Training(algorithm, this.settings.folds(), Training.DEFAULT.seed());
	}

	/**
	 * The units learned from the text: the most frequent ones; the others' orders are
	 * learned as "another unit", whose share the routing by place decides.
	 */
	private List<Example> unitExamples(List<PastOrder> orders) {
		Map<Long, Long> counts = orders.stream()
			.collect(java.util.stream.Collectors.groupingBy(PastOrder::mainUnitId,
					java.util.stream.Collectors.counting()));
		java.util.Set<Long> frequent = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
			.limit(this.settings.unitLabels())
			.map(Map.Entry::getKey)
			.collect(java.util.stream.Collectors.toSet());
		return orders.stream()
			.map((o) -> new Example(frequent.contains(o.mainUnitId()) ? Long.toString(o.mainUnitId()) : OTHER_UNIT,
					o.text()))
			.toList();
	}

	private Map<String, Object> categories(List<Example> examples, CategoryModel.Trained trained, Algorithm algorithm,
			double seconds) {
		Evaluation evaluation = Evaluation.of(this.settings.folds(), examples.stream().map(Example::label).toList(),
				trained.heldOut().stream().map((scored) -> new Prediction(scored, List.of())).toList());
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("algorithm", algorithm.id() + " (level 1, then within)");
		figures.put("labels", trained.model().labels());
		figures.put("macroF1", evaluation.macroF1());
		figures.put("accuracy", evaluation.accuracy());
		figures.put("ece", evaluation.calibratedEce());
		figures.put("seconds", seconds);
		return figures;
	}

	private static Map<String, Object> classifier(TextClassifier classifier, Algorithm algorithm) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("algorithm", algorithm.id());
		figures.put("labels", classifier.labels().size());
		figures.put("macroF1", classifier.evaluation().macroF1());
		figures.put("accuracy", classifier.evaluation().accuracy());
		figures.put("ece", classifier.evaluation().calibratedEce());
		figures.put("seconds", classifier.provenance().trainingMillis() / 1000.0);
		return figures;
	}

	private HeldOutOutcome heldOut(List<PastOrder> orders, PlaceRouting routing, List<List<Scored>> categories,
			HeldOut units) {
		int n = orders.size();
		List<List<Scored>> known = new ArrayList<>(n);
		List<List<Scored>> predicted = new ArrayList<>(n);
		List<Map<Long, Double>> model = new ArrayList<>(n);
		List<Function<String, Map<Long, Double>>> routes = new ArrayList<>(n);
		Parts[][] parts = new Parts[2][n];
		for (int i = 0; i < n; i++) {
			PastOrder order = orders.get(i);
			known.add(List.of(new Scored(order.categoryCode(), 1)));
			List<Scored> ranked = categories.get(i);
			predicted.add(ranked.isEmpty() ? List.of(new Scored(order.categoryCode(), 0))
					: ranked.subList(0, Math.min(CATEGORIES, ranked.size())));
			model.add(units == null ? Map.of()
					: this.jurisdictions.at(order.place(), DispatchModel.unitMap(units.of(i))));
			Map<String, Map<Long, Double>> cache = new HashMap<>();
			routes.add((category) -> cache.computeIfAbsent(category, (c) -> this.jurisdictions.at(order.place(),
					routing.units(c, order.place(), ruleUnit(c, order.place()), order.mainUnitId()))));
			parts[0][i] = Parts.of(known.get(i), routes.get(i), model.get(i), order.mainUnitId());
			parts[1][i] = Parts.of(predicted.get(i), routes.get(i), model.get(i), order.mainUnitId());
		}
		double alphaKnown = units == null ? 1 : bestAlpha(parts[0]);
		double alphaPredicted = units == null ? 1 : bestAlpha(parts[1]);
		List<HeldOutRows.Row> rows = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			long truth = orders.get(i).mainUnitId();
			List<Candidate> k = UnitMixture.of(known.get(i), routes.get(i), model.get(i), alphaKnown);
			List<Candidate> p = UnitMixture.of(predicted.get(i), routes.get(i), model.get(i), alphaPredicted);
			rows.add(new HeldOutRows.Row(orders.get(i).categoryCode(), predicted.get(i).get(0).label(), top(k),
					right(k, truth, 1), right(k, truth, 3), top(p), right(p, truth, 1), right(p, truth, 3)));
		}
		return new HeldOutOutcome(new HeldOutRows(rows), alphaKnown, alphaPredicted);
	}

	/** The weight of routing against the unit classifier with the best log-likelihood. */
	static double bestAlpha(Parts[] parts) {
		double best = 1;
		double bestLikelihood = Double.NEGATIVE_INFINITY;
		for (int step = 0; step <= 20; step++) {
			double alpha = step / 20.0;
			double likelihood = 0;
			for (Parts p : parts) {
				likelihood += Math.log(Math.max(1e-4, p.probability(alpha)));
			}
			if (likelihood > bestLikelihood) {
				bestLikelihood = likelihood;
				best = alpha;
			}
		}
		return best;
	}

	private Long ruleUnit(String category, Place place) {
		return this.rule.apply(category, place.finest());
	}

	private static double top(List<Candidate> candidates) {
		return candidates.isEmpty() ? 0 : candidates.get(0).probability();
	}

	private static boolean right(List<Candidate> candidates, long truth, int first) {
		return candidates.stream().limit(first).anyMatch((c) -> c.unitId() == truth);
	}

	private record HeldOutOutcome(HeldOutRows rows, double alphaKnown, double alphaPredicted) {

	}

	/** Training that cannot start from this history; the message key names why. */
	static final class TrainingRefused extends RuntimeException {

		private final transient Object[] arguments;

		TrainingRefused(String key, Object... arguments) {
			super(key);
			this.arguments = arguments;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

}
