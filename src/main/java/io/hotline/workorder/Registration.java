package io.hotline.workorder;

import java.time.Instant;

/**
 * What was registered (受理) and stays as it was: the request's own words and its
 * classification at intake.
 */
public record Registration(String requestId, Channel channel, OrderType type, Urgency urgency, String title,
		String content, String address, Location location, String categoryCode, Caller caller, String createdBy,
		Instant createdAt) {

}
