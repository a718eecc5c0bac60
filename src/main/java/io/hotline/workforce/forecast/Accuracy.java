package io.hotline.workforce.forecast;

/**
 * MAPE and RMSE over intervals: the mean of |actual − forecast| / actual over the
 * intervals with calls (those with none are skipped: their error has no scale), and the
 * root of the mean squared error over every interval with a count.
 */
final class Accuracy {

	private double absolutePercent;

	private int withCalls;

	private double squared;

	private int intervals;

	void add(double[] actual, double[] forecast) {
		for (int i = 0; i < actual.length; i++) {
			if (Double.isNaN(actual[i])) {
				continue;
			}
			double error = actual[i] - forecast[i];
			this.squared += error * error;
			this.intervals++;
			if (actual[i] > 0) {
				this.absolutePercent += Math.abs(error) / actual[i];
				this.withCalls++;
			}
		}
	}

	double mape() {
		return (this.withCalls > 0) ? this.absolutePercent / this.withCalls : Double.NaN;
	}

	double rmse() {
		return (this.intervals > 0) ? Math.sqrt(this.squared / this.intervals) : Double.NaN;
	}

	int intervals() {
		return this.intervals;
	}

	/** The intervals skipped in the MAPE because they had no calls. */
	int withoutCalls() {
		return this.intervals - this.withCalls;
	}

}
