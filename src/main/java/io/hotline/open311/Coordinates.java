package io.hotline.open311;

import io.hotline.platform.Problem;

/** A WGS84 point as a GeoReport client sends it: both parts or neither. */
record Coordinates(double lat, double lon) {

	/** The point of the two parameters, null where neither is given. */
	static Coordinates of(String lat, String lon) {
		if (lat == null && lon == null) {
			return null;
		}
		Coordinates point = new Coordinates(degrees(lat, "lat"), degrees(lon, "long"));
		if (Math.abs(point.lat()) > 90 || Math.abs(point.lon()) > 180) {
			throw Problem.invalid("open311.bad-coordinates", lat, lon);
		}
		return point;
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
