package io.hotline.workorder;

import java.time.Instant;
import java.util.Set;

/**
 * A selection of orders for a public interface, newest first: any of these numbers (none:
 * all), of any of these categories (none: all), registered in [from, to), in any of these
 * states (none: all), or the one registered with a request id; only those the publication
 * allows (none: every order); at most {@code limit} of them.
 */
public record OrderFilter(Set<String> numbers, Set<String> categoryCodes, Instant from, Instant to,
		Set<Status> statuses, String requestId, Publication publication, int limit) {

	public OrderFilter {
		numbers = numbers == null ? Set.of() : Set.copyOf(numbers);
		categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
	}

	/** The order registered with this request id, if any. */
	public static OrderFilter requestId(String requestId) {
		return new OrderFilter(null, null, null, null, null, requestId, null, 1);
	}

	/**
	 * The orders that may be published: those of one of these types, channels and
	 * categories. An empty set allows none.
	 */
	public record Publication(Set<OrderType> types, Set<Channel> channels, Set<String> categoryCodes) {

		public Publication {
			types = Set.copyOf(types);
			channels = Set.copyOf(channels);
			categoryCodes = Set.copyOf(categoryCodes);
		}

	}

}
