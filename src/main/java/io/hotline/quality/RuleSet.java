package io.hotline.quality;

import java.time.Instant;
import java.util.List;

/**
 * A version of the rule set: the draft being edited, the active one, or a retired one
 * (kept for history; its rules never change once switched on).
 */
public record RuleSet(int version, String status, List<Rule> rules, Integer basedOn, String note, String createdBy,
		Instant createdAt, Instant updatedAt, String activatedBy, Instant activatedAt) {

	/** The rule with this id, or a 404 problem. */
	Rule rule(String id) {
		return this.rules.stream()
			.filter((r) -> r.id().equals(id))
			.findFirst()
			.orElseThrow(() -> io.hotline.platform.Problem.notFound("quality.rule-not-found", id, this.version));
	}

}
