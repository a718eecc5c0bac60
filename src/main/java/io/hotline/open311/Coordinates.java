package io.hotline.open311;

import io.hotline.platform.Problem;
import io.hotline.workorder.GeoPoint;

/** The lat and long parameters of a GeoReport client: both or neither. */
final class Coordinates {

	private Coordinates() {
	}

	/** The point of the two parameters, null where neither is given. */
	static GeoPoint of(String lat, String lon) {
		if (lat == null && lon == null) {
			return null;
		}
		return new GeoPoint(degrees(lat, "lat"), degrees(lon, "long"));
	}

	private static double degrees(String value, String name) {
		if (value == null) {
			throw Problem.invalid("request.required", name);
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw Problem.invalid("request.bad-value", name, value);
		}
	}

}
