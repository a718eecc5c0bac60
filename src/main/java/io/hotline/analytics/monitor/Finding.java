package io.hotline.analytics.monitor;

/**
 * What a detector found: its kind ({@code VOLUME_SURGE}, {@code UNIT_DROP}, …), the scope
 * and key it is about (a category, a street, a unit, a caller, an order), the figure
 * observed against the one expected, the unit that answers for it (if any) and a sentence
 * that explains it.
 */
record Finding(String kind, String scope, String key, String name, Long unitId, double observed, Double expected,
		String detail) {

}
