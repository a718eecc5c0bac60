package io.hotline.workorder;

/**
 * The divisions (codes of the official data) an order's address lies in; any part may be
 * unknown.
 */
public record Location(String districtCode, String streetCode, String communityCode) {

	public static final Location UNKNOWN = new Location(null, null, null);

	/** The most precise code known, or null. */
	public String finest() {
		return this.communityCode != null ? this.communityCode
				: this.streetCode != null ? this.streetCode : this.districtCode;
	}

}
