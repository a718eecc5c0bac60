package io.hotline.workorder;

import io.hotline.platform.Problem;

/** A WGS84 point: latitude and longitude in degrees. */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
			throw Problem.invalid("order.bad-point", lat, lon);
		}
	}

}
