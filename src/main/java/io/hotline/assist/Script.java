package io.hotline.assist;

import java.time.Instant;

/**
 * A script (话术): what the agent says in a situation, for an order type or a category (or
 * any), for an emergency service; ordered by {@code position}.
 */
public record Script(long id, String code, String name, Situation situation, String orderType, String categoryCode,
		String service, String text, int position, boolean enabled, int version, String changedBy, Instant changedAt) {

}
