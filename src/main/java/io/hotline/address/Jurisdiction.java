package io.hotline.address;

/**
 * The area a deployment serves, as a division of the gazetteer: a strong prior of what a
 * citizen's text means, never a filter.
 */
record Jurisdiction(Gazetteer gazetteer, int division) {

	static Jurisdiction of(Gazetteer gazetteer, String code) {
		return new Jurisdiction(gazetteer, gazetteer.indexOf(code));
	}

	/** Lies within the jurisdiction. */
	boolean covers(int index) {
		return this.division >= 0 && this.gazetteer.isWithin(index, this.division);
	}

	/** Lies within the jurisdiction or contains it (广东 for 广州市). */
	boolean overlaps(int index) {
		return covers(index) || (this.division >= 0 && this.gazetteer.isWithin(this.division, index));
	}

}
