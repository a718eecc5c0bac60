package io.hotline.workforce.forecast;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IntradayReforecastTests {

	private static final double[] FORECAST = filled(20, 100);

	@Test
	void aBusyMorningRaisesTheRestOfTheDay() {
		double[] day = IntradayReforecast.rest(FORECAST, filled(10, 150));
		assertThat(Arrays.copyOf(day, 10)).containsOnly(150.0);
		// (1500 + 0.1 · 2000) / (1000 + 0.1 · 2000)
		assertThat(day[10]).isCloseTo(100 * 1700.0 / 1200, within(1e-9));
		assertThat(day[19]).isEqualTo(day[10]);
	}

	@Test
	void theFirstQuietIntervalBarelyMovesIt() {
		double[] day = IntradayReforecast.rest(FORECAST, new double[] { 50 });
		assertThat(day[1]).isCloseTo(100 * 250.0 / 300, within(1e-9)).isGreaterThan(80);
	}

	@Test
	void aDayAsForecastStaysAsForecast() {
		assertThat(Arrays.copyOfRange(IntradayReforecast.rest(FORECAST, filled(5, 100)), 5, 20)).containsOnly(100.0);
		assertThat(IntradayReforecast.rest(FORECAST, new double[0])).containsExactly(FORECAST);
	}

	@Test
	void moreIntervalsSoFarThanTheDayHasAreRefused() {
		assertThatThrownBy(() -> IntradayReforecast.rest(FORECAST, new double[21]))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("21 intervals");
	}

	private static double[] filled(int length, double value) {
		double[] values = new double[length];
		Arrays.fill(values, value);
		return values;
	}

}
