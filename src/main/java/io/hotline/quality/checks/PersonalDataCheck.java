package io.hotline.quality.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.hotline.conversation.Speaker;
import io.hotline.quality.Check;
import io.hotline.quality.Finding;
import io.hotline.quality.Inspected;
import io.hotline.quality.Rule;

import org.springframework.stereotype.Component;

/**
 * 个人信息外泄: the agent reads out a full mobile number ({@code phone}, yes), an ID-card
 * number ({@code idCard}, yes) or a street address with its number ({@code address}, no);
 * the quote is masked.
 */
@Component
class PersonalDataCheck implements Check {

	private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

	private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");

	private static final Pattern ADDRESS = Pattern
		.compile("[\\u4e00-\\u9fa5]{2,}(路|街|巷|道|大道)[0-9一二三四五六七八九十百]+号(之[0-9]+)?([0-9]+(栋|座|幢))?([0-9]+(室|房))?");

	@Override
	public String kind() {
		return "PERSONAL_DATA";
	}

	@Override
	public List<Finding> check(Inspected subject, Rule rule) {
		List<Finding> found = new ArrayList<>();
		for (int i = 0; i < subject.size(); i++) {
			if (!subject.by(i, Speaker.AGENT)) {
				continue;
			}
			String text = subject.utterance(i).text();
			String what = null;
			if (rule.flag("idCard", true) && ID_CARD.matcher(text).find()) {
				what = "身份证号";
			}
			else if (rule.flag("phone", true) && PHONE.matcher(text).find()) {
				what = "完整手机号";
			}
			else if (rule.flag("address", false) && ADDRESS.matcher(text).find()) {
				what = "详细地址";
			}
			if (what != null) {
				found.add(subject.at(rule, i, "坐席念出了来电人的" + what));
			}
		}
		return found;
	}

}
