package io.hotline.workforce.forecast;

/** Sums and means of counts that skip the missing ones ({@code NaN}). */
final class Counts {

	private Counts() {
	}

	static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			if (!Double.isNaN(value)) {
				sum += value;
			}
		}
		return sum;
	}

	/**
	 * The centred moving average over {@code 2 * half + 1} values, shorter at the ends.
	 */
	static double[] smooth(double[] values, int half) {
		double[] smoothed = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			double sum = 0;
			int n = 0;
			for (int j = Math.max(0, i - half); j <= Math.min(values.length - 1, i + half); j++) {
				if (!Double.isNaN(values[j])) {
					sum += values[j];
					n++;
				}
			}
			smoothed[i] = (n > 0) ? sum / n : 0;
		}
		return smoothed;
	}

}
