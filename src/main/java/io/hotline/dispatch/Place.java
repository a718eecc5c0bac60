package io.hotline.dispatch;

/**
 * Where an order is, as far as dispatch needs it: the codes of its district, street and
 * community (any may be unknown).
 */
record Place(String districtCode, String streetCode, String communityCode) {

	static final Place UNKNOWN = new Place(null, null, null);

	/** The finest division known, which picks the responsible unit of a type. */
	String finest() {
		return this.communityCode != null ? this.communityCode
				: this.streetCode != null ? this.streetCode : this.districtCode;
	}

}
