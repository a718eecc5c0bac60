package io.hotline.quality.checks;

import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

/**
 * A required step the agent takes by saying one of its phrases ({@code phrases}) after
 * the caller has spoken: a finding where none of the agent's utterances holds one.
 */
abstract class PhraseStepCheck implements Check {

	private final List<String> phrases;

	private final String missing;

	PhraseStepCheck(List<String> phrases, String missing) {
		this.phrases = phrases;
		this.missing = missing;
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		int caller = Words.nth(subject, Speaker.CALLER, 0);
		if (caller < 0) {
			return List.of();
		}
		if (Words.said(subject, Speaker.AGENT, caller + 1, Integer.MAX_VALUE,
				rule.words("phrases", this.phrases)) >= 0) {
			return List.of();
		}
		int last = lastAgent(subject);
		return List.of((last < 0) ? Finding.of(rule, this.missing) : subject.at(rule, last, this.missing));
	}

	/** Whether any of the agent's utterances states the step (for the benchmark). */
	boolean stated(String agentText, Rule rule) {
		return Words.first(agentText, rule.words("phrases", this.phrases)) != null;
	}

	static int lastAgent(Inspected subject) {
		for (int i = subject.size() - 1; i >= 0; i--) {
			if (subject.by(i, Speaker.AGENT)) {
				return i;
			}
		}
		return -1;
	}

}
