package io.hotline.classification;

/**
 * Temperature scaling: probabilities as the softmax of the scores divided by one number,
 * the one that makes the out-of-fold predictions of training most likely (least negative
 * log-likelihood). It keeps the order of the labels, so it changes no prediction, only
 * how sure each one says it is.
 */
final class Temperature {

	private Temperature() {
	}

	static double[] softmax(double[] scores, double temperature) {
		double max = Double.NEGATIVE_INFINITY;
		for (double s : scores) {
			max = Math.max(max, s);
		}
		double[] p = new double[scores.length];
		double sum = 0;
		for (int k = 0; k < scores.length; k++) {
			p[k] = Math.exp((scores[k] - max) / temperature);
			sum += p[k];
		}
		for (int k = 0; k < p.length; k++) {
			p[k] /= sum;
		}
		return p;
	}

	/** The temperature, searched between e^-6 and e^6 by golden section on its log. */
	static double fit(double[][] scores, int[] truth) {
		double a = -6;
		double b = 6;
		double ratio = (Math.sqrt(5) - 1) / 2;
		double c = b - ratio * (b - a);
		double d = a + ratio * (b - a);
		double fc = loss(scores, truth, Math.exp(c));
		double fd = loss(scores, truth, Math.exp(d));
		while (b - a > 1e-4) {
			if (fc < fd) {
				b = d;
				d = c;
				fd = fc;
				c = b - ratio * (b - a);
				fc = loss(scores, truth, Math.exp(c));
			}
			else {
				a = c;
				c = d;
				fc = fd;
				d = a + ratio * (b - a);
				fd = loss(scores, truth, Math.exp(d));
			}
		}
		return Math.exp((a + b) / 2);
	}

	static double loss(double[][] scores, int[] truth, double temperature) {
		double sum = 0;
		for (int i = 0; i < scores.length; i++) {
			sum -= Math.log(Math.max(1e-12, softmax(scores[i], temperature)[truth[i]]));
		}
		return sum / Math.max(1, scores.length);
	}

}
