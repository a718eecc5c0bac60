package io.hotline.address;

/**
 * The division codes an address was found to lie in; each may be null when the text does
 * not say.
 */
public record ResolvedAddress(String districtCode, String streetCode, String communityCode) {

	public static final ResolvedAddress NONE = new ResolvedAddress(null, null, null);

}
