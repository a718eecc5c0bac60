package io.hotline.dispatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What the model said of each order it learned from, out of fold (the classifiers had not
 * seen the order, the history counts left it out): the first suggestion's probability and
 * whether it was right, for an order registered with its category and for one whose
 * category is predicted too. Thresholds are previewed on these rows.
 */
final class HeldOutRows {

	private final List<Row> rows;

	HeldOutRows(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	int size() {
		return this.rows.size();
	}

	/** What a threshold would do to the orders of a category. */
	ThresholdPreview preview(int version, String category, double threshold) {
		return new ThresholdPreview(version, category, threshold,
				expect((r) -> r.category().equals(category), Row::known, Row::knownRight, threshold),
				expect((r) -> r.predictedCategory().equals(category), Row::predicted, Row::predictedRight, threshold));
	}

	private ThresholdPreview.Expectation expect(Predicate<Row> of, ToDoubleFunction<Row> probability,
			Predicate<Row> right, double threshold) {
		int orders = 0;
		int automatic = 0;
		int correct = 0;
		for (Row row : this.rows) {
			if (!of.test(row)) {
				continue;
			}
			orders++;
			if (probability.applyAsDouble(row) >= threshold) {
				automatic++;
				correct += right.test(row) ? 1 : 0;
			}
		}
		return new ThresholdPreview.Expectation(orders, automatic, orders == 0 ? null : (double) automatic / orders,
				automatic == 0 ? null : (double) correct / automatic);
	}

	/** Accuracy, top-3 accuracy and calibration error of the first suggestion. */
	Map<String, Object> evaluation(boolean known, double alpha) {
		ToDoubleFunction<Row> p = known ? Row::known : Row::predicted;
		Predicate<Row> right = known ? Row::knownRight : Row::predictedRight;
		Predicate<Row> top3 = known ? Row::knownTop3 : Row::predictedTop3;
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("alpha", alpha);
		figures.put("accuracy", share(right));
		figures.put("top3", share(top3));
		figures.put("ece", ece(p, right));
		return figures;
	}

	private double share(Predicate<Row> which) {
		return this.rows.isEmpty() ? 0 : (double) this.rows.stream().filter(which).count() / this.rows.size();
	}

	private double ece(ToDoubleFunction<Row> probability, Predicate<Row> right) {
		double[] confidence = new double[10];
		double[] correct = new double[10];
		int[] count = new int[10];
		for (Row row : this.rows) {
			double p = probability.applyAsDouble(row);
			int bin = Math.min(9, (int) (p * 10));
			confidence[bin] += p;
			correct[bin] += right.test(row) ? 1 : 0;
			count[bin]++;
		}
		double error = 0;
		for (int bin = 0; bin < 10; bin++) {
			error += Math.abs(confidence[bin] - correct[bin]);
		}
		return this.rows.isEmpty() ? 0 : error / this.rows.size();
	}

	void save(Path file) throws IOException {
		StringBuilder out = new StringBuilder();
		for (Row r : this.rows) {
			out.append(r.category()).append('\t').append(r.predictedCategory()).append('\t').append(r.known());
			out.append('\t').append(r.knownRight()).append('\t').append(r.knownTop3()).append('\t');
			out.append(r.predicted()).append('\t').append(r.predictedRight()).append('\t');
			out.append(r.predictedTop3()).append('\n');
		}
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	static HeldOutRows load(Path file) throws IOException {
		return new HeldOutRows(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map((line) -> {
			String[] f = line.split("\t");
			return new Row(f[0], f[1], Double.parseDouble(f[2]), Boolean.parseBoolean(f[3]), Boolean.parseBoolean(f[4]),
					Double.parseDouble(f[5]), Boolean.parseBoolean(f[6]), Boolean.parseBoolean(f[7]));
		}).toList());
	}

	/**
	 * One order: its category and the predicted one; the first suggestion's probability,
	 * whether it was right and whether the right unit was among the first three, with the
	 * category known and with it predicted.
	 */
	record Row(String category, String predictedCategory, double known, boolean knownRight, boolean knownTop3,
			double predicted, boolean predictedRight, boolean predictedTop3) {

	}

}
