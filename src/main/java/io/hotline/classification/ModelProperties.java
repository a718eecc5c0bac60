package io.hotline.classification;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What {@code model.properties} of a model file says: {@code format} and
 * {@code format-version} (a reader refuses a newer version than it knows), the
 * {@code algorithm}, the labels ({@code label.0} …), each member's feature settings and
 * loss ({@code member.0.terms.*}, {@code member.0.embedding.*} …) and temperature, the
 * {@code temperature} of their average or, for a stacked algorithm, the stacker
 * ({@code stacker.bias} and {@code stacker.weights.0} …, comma-separated; format 2),
 * {@code trained-at}, {@code training.examples}, {@code training.millis}, and the
 * cross-validation's figures ({@code evaluation.*}).
 */
record ModelProperties(Algorithm algorithm, List<String> labels, List<Member> members, Calibration calibration,
		Evaluation evaluation, TextClassifier.Provenance provenance) {

	static final String FORMAT = "hotline-text-classifier";

	/** 2 added the stacker; a file of version 1 has none and still reads. */
	static final int VERSION = 2;

	/** A member's settings: what a featurizer needs beside its vocabulary. */
	record Member(Terms terms, int embeddingChars, float embeddingWeight, LinearHead.Loss loss) {

	}

	static Properties of(TextClassifier classifier) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("format", FORMAT);
		values.put("format-version", VERSION);
		values.put("algorithm", classifier.algorithm().id());
		values.put("labels", classifier.labels().size());
		for (int k = 0; k < classifier.labels().size(); k++) {
			values.put("label." + k, classifier.labels().get(k));
		}
		values.put("members", classifier.members().size());
		for (int m = 0; m < classifier.members().size(); m++) {
			Featurizer featurizer = classifier.members().get(m).featurizer();
			String prefix = "member." + m + ".";
			Terms terms = (featurizer.tfidf() != null) ? featurizer.tfidf().terms() : null;
			if (terms != null) {
				values.put(prefix + "terms.min-n", terms.minN());
				values.put(prefix + "terms.max-n", terms.maxN());
				values.put(prefix + "terms.words", terms.words());
				values.put(prefix + "terms.head", terms.head());
			}
			values.put(prefix + "embedding.model", featurizer.embeddings() ? SentenceEmbeddings.MODEL : "none");
			values.put(prefix + "embedding.chars", featurizer.embeddingChars());
			values.put(prefix + "embedding.weight", featurizer.embeddingWeight());
			values.put(prefix + "loss", classifier.members().get(m).loss());
			values.put(prefix + "temperature", classifier.calibration().members()[m]);
		}
		values.put("temperature", classifier.calibration().combined());
		Stacker stacker = classifier.calibration().stacker();
		if (stacker != null) {
			values.put("stacker.bias", join(stacker.bias()));
			for (int k = 0; k < stacker.weights().length; k++) {
				values.put("stacker.weights." + k, join(stacker.weights()[k]));
			}
		}
		values.put("trained-at", classifier.provenance().trainedAt());
		values.put("training.examples", classifier.provenance().examples());
		values.put("training.millis", classifier.provenance().trainingMillis());
		EvaluationProperties.put(classifier.evaluation(), classifier.labels(), values);
		Properties properties = new Properties();
		values.forEach((key, value) -> properties.setProperty(key, String.valueOf(value)));
		return properties;
	}

	static ModelProperties read(Properties p, Path file) {
		if (!FORMAT.equals(p.getProperty("format"))) {
			throw new IllegalArgumentException(file + ": not a classifier model file (format " + p.getProperty("format")
					+ ", expected " + FORMAT + ")");
		}
		int version = Integer.parseInt(p.getProperty("format-version", "0"));
		if (version > VERSION) {
			throw new IllegalArgumentException(file + ": written in model format " + version
					+ ", newer than this version reads (" + VERSION + "); retrain it or upgrade");
		}
		List<String> labels = new ArrayList<>();
		for (int k = 0; k < integer(p, "labels"); k++) {
			labels.add(p.getProperty("label." + k));
		}
		List<Member> members = new ArrayList<>();
		double[] temperatures = new double[integer(p, "members")];
		for (int m = 0; m < temperatures.length; m++) {
			String prefix = "member." + m + ".";
			Terms terms = (p.getProperty(prefix + "terms.min-n") != null)
					? new Terms(integer(p, prefix + "terms.min-n"), integer(p, prefix + "terms.max-n"),
							Boolean.parseBoolean(p.getProperty(prefix + "terms.words")),
							integer(p, prefix + "terms.head"))
					: null;
			members.add(new Member(terms, integer(p, prefix + "embedding.chars"),
					(float) number(p, prefix + "embedding.weight"),
					LinearHead.Loss.valueOf(p.getProperty(prefix + "loss").toUpperCase(Locale.ROOT))));
			temperatures[m] = number(p, prefix + "temperature");
		}
		TextClassifier.Provenance provenance = new TextClassifier.Provenance(Instant.parse(p.getProperty("trained-at")),
				integer(p, "training.examples"), Long.parseLong(p.getProperty("training.millis")));
		return new ModelProperties(Algorithm.of(p.getProperty("algorithm")), labels, members,
				new Calibration(temperatures, number(p, "temperature"), stacker(p, labels.size())),
				EvaluationProperties.read(p, labels), provenance);
	}

	TextClassifier classifier(List<Fitted> fitted) {
		return new TextClassifier(this.algorithm, this.labels, fitted, this.calibration, this.evaluation,
				this.provenance);
	}

	private static Stacker stacker(Properties p, int classes) {
		if (p.getProperty("stacker.bias") == null) {
			return null;
		}
		double[][] weights = new double[classes][];
		for (int k = 0; k < classes; k++) {
			weights[k] = numbers(p.getProperty("stacker.weights." + k));
		}
		return new Stacker(weights, numbers(p.getProperty("stacker.bias")));
	}

	private static String join(double[] values) {
		return String.join(",", java.util.Arrays.stream(values).mapToObj(Double::toString).toList());
	}

	private static double[] numbers(String joined) {
		return java.util.Arrays.stream(joined.split(",")).mapToDouble(Double::parseDouble).toArray();
	}

	static int integer(Properties p, String key) {
		return Integer.parseInt(p.getProperty(key));
	}

	static double number(Properties p, String key) {
		return Double.parseDouble(p.getProperty(key));
	}

}
