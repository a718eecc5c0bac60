package io.hotline.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** A linear head learnt the NBSVM way. */
final class NbSvm {

	private NbSvm() {
	}

	/**
	 * NBSVM (Wang and Manning 2012): for each class, the first {@code scaled} features
	 * (the TF-IDF ones, not an embedding's) scaled by their log-count ratio, how much
	 * more of them the class has than the rest, and a binary SVM trained on them; the
	 * ratios are folded into the weights.
	 */
	static LinearHead train(List<SparseVector> x, int[] y, int classes, int features, int scaled, LinearHead.Loss loss,
			double c, double alpha, boolean balanced) {
		float[][] weights = new float[classes][];
		float[] bias = new float[classes];
		IntStream.range(0, classes).forEach((k) -> {
			double[] in = new double[features];
			double[] out = new double[features];
			Arrays.fill(in, alpha);
			Arrays.fill(out, alpha);
			for (int i = 0; i < x.size(); i++) {
				double[] sums = (y[i] == k) ? in : out;
				SparseVector v = x.get(i);
				for (int j = 0; j < v.size() && v.indices()[j] < scaled; j++) {
					sums[v.indices()[j]] += v.values()[j];
				}
			}
			double inTotal = Arrays.stream(in, 0, scaled).sum();
			double outTotal = Arrays.stream(out, 0, scaled).sum();
			float[] r = new float[features];
			for (int j = 0; j < features; j++) {
				r[j] = (j < scaled) ? (float) Math.log((in[j] / inTotal) / (out[j] / outTotal)) : 1;
			}
			List<SparseVector> weighed = new ArrayList<>(x.size());
			int[] binary = new int[x.size()];
			for (int i = 0; i < x.size(); i++) {
				SparseVector v = x.get(i);
				float[] values = new float[v.size()];
				for (int j = 0; j < v.size(); j++) {
					values[j] = v.values()[j] * r[v.indices()[j]];
				}
				weighed.add(new SparseVector(v.indices(), values));
				binary[i] = (y[i] == k) ? 0 : 1;
			}
			LinearHead one = LinearHead.train(weighed, binary, 2, features, loss, c, balanced);
			for (int j = 0; j < features; j++) {
				one.weights()[0][j] *= r[j];
			}
			weights[k] = one.weights()[0];
			bias[k] = one.bias()[0];
		});
		return new LinearHead(weights, bias);
	}

}
