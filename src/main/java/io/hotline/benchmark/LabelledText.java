package io.hotline.benchmark;

import io.hotline.address.ResolvedAddress;

/**
 * A citizen-style text and the place it names: the codes of district, street and
 * community, null for a level the text does not reach.
 *
 * @param jurisdiction the division code of the deployment the text is sent to
 * @param variant how the address was written, for the report
 */
record LabelledText(String jurisdiction, ResolvedAddress truth, String text, String variant) {

	/** The true code of a level (3 district, 4 street, 5 community), or null. */
	String truth(int level) {
		return code(this.truth, level);
	}

	static String code(ResolvedAddress place, int level) {
		return switch (level) {
			case 3 -> place.districtCode();
			case 4 -> place.streetCode();
			default -> place.communityCode();
		};
	}

}
