package io.hotline.classification;

/**
 * How the scores of an algorithm's members become one calibrated probability per label:
 * each member's softmax at its own temperature, the average of the members, and that
 * average sharpened or softened by one more temperature (the log of the average as the
 * scores), or, for a stacked algorithm, a {@link Stacker} on the members' calibrated
 * log-probabilities instead of the average (then {@code combined} is 1 and unused). Every
 * temperature and the stacker are fitted on out-of-fold scores.
 */
record Calibration(double[] members, double combined, Stacker stacker) {

	Calibration(double[] members, double combined) {
		this(members, combined, null);
	}

	/** Fits the temperatures on the given rows of {@code scores[member][row][class]}. */
	static Calibration fit(double[][][] scores, int[] truth, int[] rows) {
		return fit(scores, truth, rows, false);
	}

	/**
	 * Fits the temperatures, and the stacker when {@code stacked}, on the given rows of
	 * {@code scores[member][row][class]}.
	 */
	static Calibration fit(double[][][] scores, int[] truth, int[] rows, boolean stacked) {
		int[] rowTruth = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			rowTruth[i] = truth[rows[i]];
		}
		double[] members = new double[scores.length];
		for (int m = 0; m < scores.length; m++) {
			double[][] memberScores = new double[rows.length][];
			for (int i = 0; i < rows.length; i++) {
				memberScores[i] = scores[m][rows[i]];
			}
			members[m] = Temperature.fit(memberScores, rowTruth);
		}
		if (stacked) {
			double[][] inputs = new double[rows.length][];
			for (int i = 0; i < rows.length; i++) {
				inputs[i] = Stacker.inputs(row(scores, rows[i]), members);
			}
			return new Calibration(members, 1, Stacker.fit(inputs, rowTruth, scores[0][rows[0]].length));
		}
		Calibration partial = new Calibration(members, 1);
		double[][] logs = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			logs[i] = logs(partial.average(row(scores, rows[i])));
		}
		return new Calibration(members, Temperature.fit(logs, rowTruth));
	}

	/**
	 * Calibrated probabilities of out-of-fold scores, each fold's from the temperatures
	 * fitted on the other folds, so that no text's own label sets its calibration.
	 */
	static double[][] crossFitted(double[][][] scores, int[] truth, Folds folds, boolean stacked) {
		double[][] probabilities = new double[truth.length][];
		for (int fold = 0; fold < folds.count(); fold++) {
			Calibration calibration = fit(scores, truth, folds.train(fold), stacked);
			for (int row : folds.test(fold)) {
				probabilities[row] = calibration.probabilities(row(scores, row));
			}
		}
		return probabilities;
	}

	/** The scores of each member for one row. */
	static double[][] row(double[][][] scores, int row) {
		double[][] memberScores = new double[scores.length][];
		for (int m = 0; m < scores.length; m++) {
			memberScores[m] = scores[m][row];
		}
		return memberScores;
	}

	/** The calibrated probabilities of one text from its members' scores. */
	double[] probabilities(double[][] memberScores) {
		if (this.stacker != null) {
			return Temperature.softmax(this.stacker.scores(Stacker.inputs(memberScores, this.members)), 1);
		}
		double[] average = average(memberScores);
		return (this.members.length == 1 && this.combined == 1) ? average
				: Temperature.softmax(logs(average), this.combined);
	}

	private double[] average(double[][] memberScores) {
		double[] average = new double[memberScores[0].length];
		for (int m = 0; m < memberScores.length; m++) {
			double[] p = Temperature.softmax(memberScores[m], this.members[m]);
			for (int k = 0; k < p.length; k++) {
				average[k] += p[k] / memberScores.length;
			}
		}
		return average;
	}

	private static double[] logs(double[] p) {
		double[] logs = new double[p.length];
		for (int k = 0; k < p.length; k++) {
			logs[k] = Math.log(Math.max(p[k], 1e-300));
		}
		return logs;
	}

}
