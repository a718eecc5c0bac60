package io.hotline.workforce.staffing;

import java.time.Duration;

/**
 * A service-level target: at least {@code fraction} of the offered calls answered within
 * {@code target} (e.g. 0.9 within 15 s, or "80/20": 0.8 within 20 s).
 */
public record ServiceLevel(double fraction, Duration target) {

	public ServiceLevel {
		if (!(fraction > 0 && fraction < 1)) {
			throw new IllegalArgumentException("service level fraction must lie between 0 and 1: " + fraction);
		}
		if (target.isNegative()) {
			throw new IllegalArgumentException("service level target must not be negative: " + target);
		}
	}

	public static ServiceLevel of(int percent, int seconds) {
		return new ServiceLevel(percent / 100.0, Duration.ofSeconds(seconds));
	}

	double targetSeconds() {
		return this.target.toMillis() / 1000.0;
	}

}
