package io.hotline.workforce.surge;

import java.time.Instant;
import java.util.Optional;

/**
 * The seam for the live figures the trigger compares: the contacts offered in a window of
 * today and the forecast for the same window (from the CTI module's intervals and the
 * forecast). Without an implementation the trigger reports that it has no figures.
 */
public interface LiveContacts {

	/**
	 * The contacts offered and forecast from {@code from} to {@code to}; empty without a
	 * forecast.
	 */
	Optional<Window> window(Instant from, Instant to);

	/** Offered and forecast contacts of one window. */
	record Window(long offered, double forecast) {

	}

}
