package io.hotline.quality.checks;

import java.time.Duration;
import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 抢话: the agent starts while the caller is still speaking, overlapping more than
 * {@code overlapMs} (500 ms); a finding where this happens more than {@code most} (1)
 * times in the call, resting on the first time.
 */
@Component
class InterruptionCheck implements Check {

	@Override
	public String kind() {
		return "INTERRUPTION";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		Duration overlap = Duration.ofMillis((long) rule.number("overlapMs", 500));
		int most = (int) rule.number("most", 1);
		int count = 0;
		int first = -1;
		Utterance caller = null;
		for (int i = 0; i < subject.size(); i++) {
			Utterance u = subject.utterance(i);
			if (!u.timed()) {
				return List.of();
			}
			if (u.speaker() == Speaker.CALLER) {
				caller = (caller == null || u.end().compareTo(caller.end()) > 0) ? u : caller;
			}
			else if (caller != null && u.start().compareTo(caller.start()) >= 0
					&& caller.end().minus(u.start()).compareTo(overlap) > 0) {
				count++;
				first = (first < 0) ? i : first;
			}
		}
		if (count <= most) {
			return List.of();
		}
		return List.of(subject.at(rule, first, "坐席抢话 " + count + " 次（超过 " + most + " 次）"));
	}

}
