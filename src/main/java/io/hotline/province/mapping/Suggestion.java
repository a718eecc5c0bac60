package io.hotline.province.mapping;

/**
 * The standard category the suggester finds likeliest for a city category, with its
 * confidence (0 to 1); none where nothing is likely.
 */
record Suggestion(String cityCode, String standardCode, double confidence) {

	boolean found() {
		return this.standardCode != null;
	}

}
