package io.hotline.workorder;

import java.time.Instant;
import java.util.Set;

/**
 * A selection of orders for a public interface, newest first: any of these numbers (none:
 * all), of a category, registered in [from, to), in any of these states (none: all), or
 * the one registered with a request id; at most {@code limit} of them.
 */
public record OrderFilter(Set<String> numbers, String categoryCode, Instant from, Instant to, Set<Status> statuses,
		String requestId, int limit) {

	public OrderFilter {
		numbers = numbers == null ? Set.of() : Set.copyOf(numbers);
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
	}

	/** The order registered with this request id, if any. */
	public static OrderFilter requestId(String requestId) {
		return new OrderFilter(null, null, null, null, null, requestId, 1);
	}

}
