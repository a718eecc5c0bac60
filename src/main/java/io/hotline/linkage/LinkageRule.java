package io.hotline.linkage;

import java.time.Instant;
import java.util.List;

/**
 * A rule of 智能联动: its trigger words, the exclusion words that negate them nearby, how
 * many distinct trigger words must occur, and what it calls for: an emergency service
 * ({@code 110}, {@code 119}, {@code 120}) or a risk type.
 */
public record LinkageRule(long id, String code, String name, RuleKind kind, String service, RiskType riskType,
		List<String> triggers, List<String> exclusions, int minMatches, boolean enabled, int version, String changedBy,
		Instant changedAt) {

	/** The words of the text that fire the rule, none when it does not fire. */
	List<String> fire(String text) {
		List<String> words = NegationWindow.matches(this.triggers, this.exclusions, text);
		return (words.size() >= this.minMatches) ? words : List.of();
	}

}
