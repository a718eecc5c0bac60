package io.hotline.analytics.monitor;

import io.hotline.platform.Fact;

/**
 * What a detector found: its kind ({@code VOLUME_SURGE}, {@code UNIT_DROP}, …), the scope
 * and key it is about (a category, a street, a unit, a caller, an order), the figure
 * observed against the one expected, the unit that answers for it (if any) and a sentence
 * that explains it, kept as a fact so that each reader sees it in their own language.
 */
record Finding(String kind, String scope, String key, String name, Long unitId, double observed, Double expected,
		Fact fact) {

	/** The explanation as stored for the readers of {@code detail}: in Chinese. */
	String detail() {
		return this.fact.written();
	}

}
