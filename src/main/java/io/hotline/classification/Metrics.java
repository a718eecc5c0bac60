package io.hotline.classification;

/**
 * How good predictions are against the truth: accuracy, macro-F1 (the mean of each
 * label's F1) and expected calibration error (ECE: over 10 equal bins of confidence, the
 * gap between how sure the predictions said they were and how often they were right,
 * weighted by the share of predictions in the bin).
 */
final class Metrics {

	private Metrics() {
	}

	static int argmax(double[] values) {
		int best = 0;
		for (int k = 1; k < values.length; k++) {
			if (values[k] > values[best]) {
				best = k;
			}
		}
		return best;
	}

	static double accuracy(int[] predicted, int[] truth) {
		int right = 0;
		for (int i = 0; i < truth.length; i++) {
			right += (predicted[i] == truth[i]) ? 1 : 0;
		}
		return (double) right / Math.max(1, truth.length);
	}

	/** F1 of each class, NaN for a class neither predicted nor true. */
	static double[] f1(int[] predicted, int[] truth, int classes) {
		int[] tp = new int[classes];
		int[] predictedCount = new int[classes];
		int[] trueCount = new int[classes];
		for (int i = 0; i < truth.length; i++) {
			predictedCount[predicted[i]]++;
			trueCount[truth[i]]++;
			tp[truth[i]] += (predicted[i] == truth[i]) ? 1 : 0;
		}
		double[] f1 = new double[classes];
		for (int k = 0; k < classes; k++) {
			int denominator = predictedCount[k] + trueCount[k];
			f1[k] = (denominator == 0) ? Double.NaN : 2.0 * tp[k] / denominator;
		}
		return f1;
	}

	static double macroF1(int[] predicted, int[] truth, int classes) {
		double sum = 0;
		int counted = 0;
		for (double f : f1(predicted, truth, classes)) {
			if (!Double.isNaN(f)) {
				sum += f;
				counted++;
			}
		}
		return sum / Math.max(1, counted);
	}

	static double ece(double[][] probabilities, int[] truth) {
		int bins = 10;
		double[] confidence = new double[bins];
		double[] right = new double[bins];
		int[] count = new int[bins];
		for (int i = 0; i < truth.length; i++) {
			int best = argmax(probabilities[i]);
			double p = probabilities[i][best];
			int bin = Math.min(bins - 1, (int) (p * bins));
			confidence[bin] += p;
			right[bin] += (best == truth[i]) ? 1 : 0;
			count[bin]++;
		}
		double ece = 0;
		for (int b = 0; b < bins; b++) {
			ece += Math.abs(right[b] - confidence[b]) / Math.max(1, truth.length);
		}
		return ece;
	}

}
