package io.hotline.classification;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Temperature scaling makes over-confident scores honest without changing a prediction.
 */
class CalibrationTests {

	@Test
	void bringsTheCalibrationErrorOfOverConfidentScoresDown() {
		Random random = new Random(11);
		int n = 2000;
		int[] truth = new int[n];
		double[][][] scores = new double[1][n][];
		for (int i = 0; i < n; i++) {
			truth[i] = random.nextInt(3);
			int said = (random.nextDouble() < 0.7) ? truth[i] : (truth[i] + 1 + random.nextInt(2)) % 3;
			double[] s = { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
			s[said] += 8;
			scores[0][i] = s;
		}
		Calibration calibration = Calibration.fit(scores, truth, IntStream.range(0, n).toArray());
		double[][] before = new double[n][];
		double[][] after = new double[n][];
		for (int i = 0; i < n; i++) {
			before[i] = Temperature.softmax(scores[0][i], 1);
			after[i] = calibration.probabilities(Calibration.row(scores, i));
			assertThat(Metrics.argmax(after[i])).isEqualTo(Metrics.argmax(before[i]));
		}

		assertThat(Metrics.ece(before, truth)).isGreaterThan(0.25);
		assertThat(Metrics.ece(after, truth)).isLessThan(0.05);
		assertThat(calibration.members()[0]).isGreaterThan(2);
	}

	@Test
	void keepsTheCalibrationOfHonestScores() {
		Random random = new Random(12);
		int n = 4000;
		int[] truth = new int[n];
		double[][][] scores = new double[1][n][];
		for (int i = 0; i < n; i++) {
			double[] s = { random.nextGaussian() * 2, random.nextGaussian() * 2 };
			double[] p = Temperature.softmax(s, 1);
			truth[i] = (random.nextDouble() < p[0]) ? 0 : 1;
			scores[0][i] = s;
		}
		double[][] before = new double[n][];
		double[][] after = new double[n][];
		Calibration calibration = Calibration.fit(scores, truth, IntStream.range(0, n).toArray());
		for (int i = 0; i < n; i++) {
			before[i] = Temperature.softmax(scores[0][i], 1);
			after[i] = calibration.probabilities(Calibration.row(scores, i));
		}

		assertThat(calibration.members()[0]).isBetween(0.85, 1.15);
		assertThat(Metrics.ece(after, truth)).isLessThan(Metrics.ece(before, truth) + 0.01);
	}

	@Test
	void stackingLearnsWhichMemberToTrustAndAPriorThatTheAverageCannot() {
		// member 0 knows labels 0 and 1 but is blind to 2; member 1 knows only 2, and
		// under-scores label 0 by a constant: the average mixes them, a stacker sorts it
		// out
		Random random = new Random(13);
		int n = 3000;
		int[] truth = new int[n];
		double[][][] scores = new double[2][n][];
		for (int i = 0; i < n; i++) {
			truth[i] = random.nextInt(3);
			double[] a = { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
			double[] b = { random.nextGaussian() - 2, random.nextGaussian(), random.nextGaussian() };
			a[truth[i]] += (truth[i] < 2) ? 3 : 0;
			b[2] += (truth[i] == 2) ? 3 : 0;
			scores[0][i] = a;
			scores[1][i] = b;
		}
		int[] rows = IntStream.range(0, n).toArray();
		Calibration averaged = Calibration.fit(scores, truth, rows, false);
		Calibration stacked = Calibration.fit(scores, truth, rows, true);
		double[][] p = new double[n][];
		int[] averagedLabels = new int[n];
		int[] stackedLabels = new int[n];
		for (int i = 0; i < n; i++) {
			averagedLabels[i] = Metrics.argmax(averaged.probabilities(Calibration.row(scores, i)));
			p[i] = stacked.probabilities(Calibration.row(scores, i));
			stackedLabels[i] = Metrics.argmax(p[i]);
		}

		assertThat(stacked.stacker()).isNotNull();
		assertThat(Metrics.accuracy(stackedLabels, truth))
			.isGreaterThan(Metrics.accuracy(averagedLabels, truth) + 0.03);
		assertThat(Arrays.stream(p).flatMapToDouble(Arrays::stream).sum()).isCloseTo(n, within(1e-6));
	}

	@Test
	void scoresMacroF1AsTheMeanOfEachLabelsF1() {
		int[] truth = { 0, 0, 0, 1, 1, 2 };
		int[] predicted = { 0, 0, 1, 1, 1, 0 };

		assertThat(Metrics.f1(predicted, truth, 3)).containsExactly(4 / 6.0, 0.8, 0.0);
		assertThat(Metrics.macroF1(predicted, truth, 3)).isCloseTo((4 / 6.0 + 0.8) / 3, within(1e-12));
		assertThat(Metrics.accuracy(predicted, truth)).isEqualTo(4 / 6.0);
	}

}
