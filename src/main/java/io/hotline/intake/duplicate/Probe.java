package io.hotline.intake.duplicate;

/**
 * What is compared with the recent orders: a message being registered (or just
 * registered, then {@code orderId} is its own, never found as its own duplicate).
 */
record Probe(Long orderId, String title, String content, String callerKey, String communityCode, String streetCode,
		String addressKey) {

	static Probe of(Indexed order) {
		return new Probe(order.orderId(), order.title(), order.content(), order.callerKey(), order.communityCode(),
				order.streetCode(), order.addressKey());
	}

}
