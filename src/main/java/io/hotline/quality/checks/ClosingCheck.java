package io.hotline.quality.checks;

import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 结束语: one of the agent's last {@code utterances} (2) utterances holds a closing phrase
 * ({@code phrases}).
 */
@Component
class ClosingCheck implements Check {

	static final List<String> PHRASES = List.of("再见", "感谢您的来电", "感谢来电", "谢谢您的来电", "祝您", "还有其他", "还有什么", "请挂机");

	@Override
	public String kind() {
		return "CLOSING";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		List<String> phrases = rule.words("phrases", PHRASES);
		int most = (int) rule.number("utterances", 2);
		int last = -1;
		int looked = 0;
		for (int i = subject.size() - 1; i >= 0 && looked < most; i--) {
			if (subject.by(i, Speaker.AGENT)) {
				last = (last < 0) ? i : last;
				looked++;
				if (Words.first(subject.utterance(i).text(), phrases) != null) {
					return List.of();
				}
			}
		}
		String message = "坐席未使用结束语";
		return List.of((last < 0) ? Finding.of(rule, message) : subject.at(rule, last, message));
	}

}
