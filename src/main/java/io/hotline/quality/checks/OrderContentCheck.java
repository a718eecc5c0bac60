package io.hotline.quality.checks;

import java.util.List;

import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/** 工单内容过短: the order's content has fewer than {@code minChars} (15) characters. */
@Component
class OrderContentCheck implements Check {

	@Override
	public String kind() {
		return "ORDER_CONTENT";
	}

	@Override
	public boolean needsConversation() {
		return false;
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		if (subject.order() == null) {
			return List.of();
		}
		int least = (int) rule.number("minChars", 15);
		String content = (subject.order().content() == null) ? "" : subject.order().content().strip();
		if (content.codePointCount(0, content.length()) >= least) {
			return List.of();
		}
		return List.of(Finding.of(rule, "工单内容仅 " + content.length() + " 字（至少 " + least + " 字）"));
	}

}
