package io.hotline.workorder;

import java.time.Instant;

/**
 * What was registered (受理) and stays as it was: the request's own words and its
 * classification at intake, with the coordinates of the place where the channel gave
 * them. An order registered without a title has the first words of its content as its
 * title ({@link Titles}): new orders store it, older ones without one show it when read.
 */
public record Registration(String requestId, Channel channel, OrderType type, Urgency urgency, String title,
		String content, String address, Location location, String categoryCode, Caller caller, String createdBy,
		Instant createdAt, GeoPoint point) {

	public Registration {
		title = Titles.orFirstWords(title, content);
	}

	/** A registration without coordinates. */
	public Registration(String requestId, Channel channel, OrderType type, Urgency urgency, String title,
			String content, String address, Location location, String categoryCode, Caller caller, String createdBy,
			Instant createdAt) {
		this(requestId, channel, type, urgency, title, content, address, location, categoryCode, caller, createdBy,
				createdAt, null);
	}

}
