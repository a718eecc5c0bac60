package io.hotline.quality.checks;

import java.time.Duration;
import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 开头语: the agent greets with the hotline's name ({@code name}, "12345") within their
 * first {@code utterances} utterances (1) and the first {@code seconds} (15) of the call.
 */
@Component
class GreetingCheck implements Check {

	@Override
	public String kind() {
		return "GREETING";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		List<String> names = rule.words("names", List.of("12345"));
		int most = (int) rule.number("utterances", 1);
		Duration within = Duration.ofMillis((long) (rule.number("seconds", 15) * 1000));
		int seen = 0;
		for (int i = 0; i < subject.size() && seen < most; i++) {
			if (subject.by(i, Speaker.AGENT)) {
				seen++;
				boolean inTime = subject.utterance(i).start() == null
						|| subject.utterance(i).start().compareTo(within) <= 0;
				if (inTime && Words.first(subject.utterance(i).text(), names) != null) {
					return List.of();
				}
			}
		}
		int first = Words.nth(subject, Speaker.AGENT, 0);
		String message = "坐席开头未报热线名称（" + String.join("/", names) + "）";
		return List.of((first < 0) ? Finding.of(rule, message) : subject.at(rule, first, message));
	}

}
