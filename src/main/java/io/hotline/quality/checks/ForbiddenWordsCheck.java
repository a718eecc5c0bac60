package io.hotline.quality.checks;

import java.util.ArrayList;
import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 服务禁语 and 不文明用语: each of the agent's utterances holding one of the {@code words}, with
 * the word.
 */
@Component
class ForbiddenWordsCheck implements Check {

	static final List<String> WORDS = List.of("不知道", "不归我们管", "不清楚", "没办法", "你自己去", "找别人", "不关我的事", "我也没办法", "听不懂吗",
			"你有完没完", "你怎么回事");

	@Override
	public String kind() {
		return "FORBIDDEN_WORDS";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		List<String> words = rule.words("words", WORDS);
		List<Finding> found = new ArrayList<>();
		for (int i = 0; i < subject.size(); i++) {
			if (subject.by(i, Speaker.AGENT)) {
				String word = Words.first(subject.utterance(i).text(), words);
				if (word != null) {
					found.add(subject.at(rule, i, "坐席使用了“" + word + "”"));
				}
			}
		}
		return found;
	}

}
