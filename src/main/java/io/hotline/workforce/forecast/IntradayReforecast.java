package io.hotline.workforce.forecast;

/**
 * 日内滚动预测: the rest of a day re-forecast from the day so far. The remaining intervals'
 * forecast is scaled by how the day runs against its forecast, the ratio shrunk towards 1
 * early in the day: (calls so far + k · day's forecast) / (forecast so far + k · day's
 * forecast), so that the first quiet minutes do not halve the afternoon.
 */
final class IntradayReforecast {

	/** The weight k of the original forecast, as a share of the day's forecast. */
	static final double PRIOR = 0.1;

	private IntradayReforecast() {
	}

	/**
	 * The day: the counts so far as they were (the first {@code soFar.length} intervals),
	 * then the rest of the forecast rescaled.
	 */
	static double[] rest(double[] forecast, double[] soFar) {
		if (soFar.length > forecast.length) {
			throw new IllegalArgumentException(
					"the day so far has " + soFar.length + " intervals, the forecast only " + forecast.length);
		}
		double day = Counts.sum(forecast);
		double actual = 0;
		double expected = 0;
		for (int i = 0; i < soFar.length; i++) {
			if (!Double.isNaN(soFar[i])) {
				actual += soFar[i];
				expected += forecast[i];
			}
		}
		double scale = (day > 0) ? (actual + PRIOR * day) / (expected + PRIOR * day) : 1;
		double[] result = forecast.clone();
		for (int i = 0; i < forecast.length; i++) {
			result[i] = (i < soFar.length) ? soFar[i] : forecast[i] * scale;
		}
		return result;
	}

}
