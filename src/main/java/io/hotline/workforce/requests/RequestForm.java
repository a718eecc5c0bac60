package io.hotline.workforce.requests;

/**
 * A request as an agent fills it in: leave from–to with its kind (假别) and reason;
 * overtime a day and the shift offered; a swap their day, the partner and the partner's
 * day.
 */
record RequestForm(String kind, String from, String to, String leaveKind, String reason, String day, String shift,
		String partner, String partnerDay) {
}
