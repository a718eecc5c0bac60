package io.hotline.intake.duplicate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A recent order that may be about the same matter, as the agent sees it: why it came up
 * ({@code SAME_CALLER}, {@code SAME_PLACE}, {@code SIMILAR_TEXT}) and the words the two
 * share.
 */
record Candidate(long orderId, String number, String title, String status, Instant createdAt, double score,
		List<String> reasons, List<String> sharedWords) {

	static Candidate of(Match match, double threshold) {
		List<String> reasons = new ArrayList<>();
		if (match.sameCaller()) {
			reasons.add("SAME_CALLER");
		}
		if (match.samePlace()) {
			reasons.add("SAME_PLACE");
		}
		if (match.score() >= threshold) {
			reasons.add("SIMILAR_TEXT");
		}
		Indexed order = match.order();
		return new Candidate(order.orderId(), order.number(), order.title(), order.status().name(), order.createdAt(),
				Math.round(match.score() * 1000) / 1000.0, List.copyOf(reasons), match.sharedWords());
	}

}
