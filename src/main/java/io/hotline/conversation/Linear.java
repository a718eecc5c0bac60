package io.hotline.conversation;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Linear models trained by liblinear on hashed features: a weight per bucket and a bias
 * (the last weight). Deterministic: liblinear's random order of coordinates is seeded.
 */
final class Linear {

	static {
		de.bwaldvogel.liblinear.Linear.setDebugOutput(new PrintStream(PrintStream.nullOutputStream()));
	}

	private Linear() {
	}

	/** Ridge-like regression (squared loss, L2 penalty {@code 1/c}). */
	static float[] regression(List<HashedFeatures.Sparse> x, double[] y, int bits, double c) {
		Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVR, c, 0.001, 0);
		Model model = train(x, y, bits, parameter);
		return weights(model, 0, 1, bits);
	}

	/**
	 * One weight vector per class 0..{@code classes}-1, each class against the rest by a
	 * logistic loss; a class without examples gets a bias that rules it out.
	 */
	static float[][] classifier(List<HashedFeatures.Sparse> x, int[] y, int classes, int bits, double c) {
		double[] labels = new double[y.length];
		for (int i = 0; i < y.length; i++) {
			labels[i] = y[i];
		}
		Model model = train(x, labels, bits, new Parameter(SolverType.L2R_LR_DUAL, c, 0.01));
		int[] present = model.getLabels();
		int columns = (present.length == 2) ? 1 : present.length;
		float[][] weights = new float[classes][];
		for (int column = 0; column < present.length; column++) {
			float sign = (columns == 1 && column == 1) ? -1 : 1;
			weights[present[column]] = weights(model, Math.min(column, columns - 1), columns, bits);
			if (sign < 0) {
				for (int j = 0; j < weights[present[column]].length; j++) {
					weights[present[column]][j] = -weights[present[column]][j];
				}
			}
		}
		for (int k = 0; k < classes; k++) {
			if (weights[k] == null) {
				weights[k] = new float[(1 << bits) + 1];
				weights[k][1 << bits] = -10;
			}
		}
		return weights;
	}

	/** The score of features under weights whose last entry is the bias. */
	static double score(HashedFeatures.Sparse x, float[] weights) {
		return x.dot(weights) + weights[weights.length - 1];
	}

	private static Model train(List<HashedFeatures.Sparse> x, double[] y, int bits, Parameter parameter) {
		int features = 1 << bits;
		Problem problem = new Problem();
		problem.l = x.size();
		problem.n = features + 1;
		problem.bias = 1;
		problem.x = new Feature[x.size()][];
		problem.y = y;
		for (int i = 0; i < x.size(); i++) {
			HashedFeatures.Sparse v = x.get(i);
			Feature[] row = new Feature[v.indices().length + 1];
			for (int j = 0; j < v.indices().length; j++) {
				row[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
			}
			row[v.indices().length] = new FeatureNode(features + 1, 1);
			problem.x[i] = row;
		}
		parameter.setRandom(new Random(7));
		return de.bwaldvogel.liblinear.Linear.train(problem, parameter);
	}

	private static float[] weights(Model model, int column, int columns, int bits) {
		double[] w = model.getFeatureWeights();
		int features = 1 << bits;
		float[] out = new float[features + 1];
		for (int j = 0; j <= features; j++) {
			out[j] = (float) w[j * columns + column];
		}
		return out;
	}

}
