package io.hotline.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** An evaluation as {@code evaluation.*} entries of a model file's properties. */
final class EvaluationProperties {

	private EvaluationProperties() {
	}

	static void put(Evaluation evaluation, List<String> labels, Map<String, Object> values) {
		values.put("evaluation.folds", evaluation.folds());
		values.put("evaluation.examples", evaluation.examples());
		values.put("evaluation.macro-f1", evaluation.macroF1());
		values.put("evaluation.accuracy", evaluation.accuracy());
		values.put("evaluation.ece-uncalibrated", evaluation.uncalibratedEce());
		values.put("evaluation.ece-calibrated", evaluation.calibratedEce());
		for (int k = 0; k < labels.size(); k++) {
			values.put("evaluation.f1." + k, evaluation.f1ByLabel().get(labels.get(k)));
		}
	}

	static Evaluation read(Properties p, List<String> labels) {
		Map<String, Double> f1 = new LinkedHashMap<>();
		for (int k = 0; k < labels.size(); k++) {
			f1.put(labels.get(k), Double.parseDouble(p.getProperty("evaluation.f1." + k, "NaN")));
		}
		return new Evaluation(ModelProperties.integer(p, "evaluation.folds"),
				ModelProperties.integer(p, "evaluation.examples"), ModelProperties.number(p, "evaluation.macro-f1"),
				ModelProperties.number(p, "evaluation.accuracy"),
				ModelProperties.number(p, "evaluation.ece-uncalibrated"),
				ModelProperties.number(p, "evaluation.ece-calibrated"), f1);
	}

}
