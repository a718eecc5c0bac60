package io.hotline.classification;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * One weight vector and a bias per class, trained by liblinear one class against the
 * rest; a score is the vector's dot product with a text's features.
 */
record LinearHead(float[][] weights, float[] bias) {

	static {
		Linear.setDebugOutput(new PrintStream(PrintStream.nullOutputStream()));
	}

	/** The loss liblinear minimises. */
	enum Loss {

		/** L2-regularised logistic regression (dual solver). */
		LOGISTIC(SolverType.L2R_LR_DUAL),
		/** L2-regularised squared hinge loss, a linear SVM (dual solver). */
		SVM(SolverType.L2R_L2LOSS_SVC_DUAL);

		private final SolverType solver;

		Loss(SolverType solver) {
			this.solver = solver;
		}

		/**
		 * Probabilities before any calibration: each class's logistic probability,
		 * normalized to sum to 1, or for the SVM the softmax of its scores.
		 */
		double[] probabilities(double[] scores) {
			if (this == SVM) {
				return Temperature.softmax(scores, 1);
			}
			double[] p = new double[scores.length];
			double sum = 0;
			for (int k = 0; k < scores.length; k++) {
				p[k] = 1 / (1 + Math.exp(-scores[k]));
				sum += p[k];
			}
			for (int k = 0; k < p.length; k++) {
				p[k] /= sum;
			}
			return p;
		}

	}

	/**
	 * Trains on vectors of {@code features} dimensions whose classes are
	 * 0..{@code classes}-1; {@code balanced} weighs each class by the inverse of its
	 * size.
	 */
	static LinearHead train(List<SparseVector> x, int[] y, int classes, int features, Loss loss, double c,
			boolean balanced) {
		Problem problem = new Problem();
		problem.l = x.size();
		problem.n = features + 1;
		problem.bias = 1;
		problem.x = new Feature[x.size()][];
		problem.y = new double[x.size()];
		int[] sizes = new int[classes];
		for (int i = 0; i < x.size(); i++) {
			SparseVector v = x.get(i);
			Feature[] row = new Feature[v.size() + 1];
			for (int j = 0; j < v.size(); j++) {
				row[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
			}
			row[v.size()] = new FeatureNode(features + 1, 1);
			problem.x[i] = row;
			problem.y[i] = y[i];
			sizes[y[i]]++;
		}
		int present = (int) java.util.Arrays.stream(sizes).filter((size) -> size > 0).count();
		if (present < 2) {
			return constant(sizes, features);
		}
		Parameter parameter = new Parameter(loss.solver, c, 0.1);
		parameter.setRandom(new Random(7));
		if (balanced) {
			double[] weights = new double[present];
			int[] labels = new int[present];
			for (int k = 0, i = 0; k < classes; k++) {
				if (sizes[k] > 0) {
					labels[i] = k;
					weights[i++] = (double) x.size() / (present * sizes[k]);
				}
			}
			parameter.setWeights(weights, labels);
		}
		return of(Linear.train(problem, parameter), classes, features);
	}

	/** What a fold of one class learns: that class, whatever the text. */
	private static LinearHead constant(int[] sizes, int features) {
		float[] bias = new float[sizes.length];
		for (int k = 0; k < sizes.length; k++) {
			bias[k] = (sizes[k] > 0) ? 0 : -1e3f;
		}
		return new LinearHead(new float[sizes.length][features], bias);
	}

	private static LinearHead of(Model model, int classes, int features) {
		double[] w = model.getFeatureWeights();
		int[] labels = model.getLabels();
		int columns = (model.getNrClass() == 2) ? 1 : model.getNrClass();
		float[][] weights = new float[classes][features];
		float[] bias = new float[classes];
		for (int column = 0; column < model.getNrClass(); column++) {
			int k = labels[column];
			int source = Math.min(column, columns - 1);
			float sign = (columns == 1 && column == 1) ? -1 : 1;
			for (int j = 0; j < features; j++) {
				weights[k][j] = sign * (float) w[j * columns + source];
			}
			bias[k] = sign * (float) w[features * columns + source];
		}
		for (int k = 0; k < classes; k++) {
			if (model.getNrClass() < classes && !contains(labels, k)) {
				bias[k] = -1e3f;
			}
		}
		return new LinearHead(weights, bias);
	}

	private static boolean contains(int[] labels, int k) {
		for (int label : labels) {
			if (label == k) {
				return true;
			}
		}
		return false;
	}

	double[] scores(SparseVector v) {
		double[] scores = new double[this.bias.length];
		for (int k = 0; k < scores.length; k++) {
			scores[k] = v.dot(this.weights[k]) + this.bias[k];
		}
		return scores;
	}

}
