package io.hotline.quality;

import java.time.Duration;

import io.hotline.conversation.Speaker;

/**
 * What a rule found on a call or an order, with the utterance it rests on (absent for a
 * finding on the order, or on what was never said).
 *
 * @param ruleId the rule
 * @param message what was found, in the platform's language
 * @param utterance the index of the utterance in the conversation, or {@code null}
 * @param speaker who said it
 * @param at when it started, from the call's answer
 * @param quote the words quoted (personal data masked)
 */
public record Finding(String ruleId, String message, Integer utterance, Speaker speaker, Duration at, String quote) {

	/** A finding on the order or on the call as a whole. */
	public static Finding of(Rule rule, String message) {
		return new Finding(rule.id(), message, null, null, null, null);
	}

}
