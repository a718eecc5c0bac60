package io.hotline.quality;

import java.util.List;
import java.util.Map;

/** The rule set a hotline starts with (version 1), before its quality team edits it. */
public final class DefaultRules {

	private DefaultRules() {
	}

	public static List<Rule> rules() {
		return List.of(
				new Rule("greeting", "GREETING", "开头语（报热线名称）", Severity.MINOR, 5, true,
						Map.of("names", List.of("12345"), "utterances", 1, "seconds", 15)),
				new Rule("confirmation", "CONFIRMATION", "复述确认诉求", Severity.MINOR, 5, true, Map.of()),
				new Rule("answer", "ANSWER", "告知答复或下一步", Severity.MAJOR, 10, true, Map.of()),
				new Rule("closing", "CLOSING", "结束语", Severity.MINOR, 5, true, Map.of("utterances", 2)),
				new Rule("forbidden-words", "FORBIDDEN_WORDS", "服务禁语", Severity.CRITICAL, 20, true, Map.of()),
				new Rule("impolite-words", "FORBIDDEN_WORDS", "不文明用语", Severity.CRITICAL, 30, true,
						Map.of("words", List.of("滚", "神经病", "有病", "闭嘴", "笨蛋", "你烦不烦", "爱打不打"))),
				new Rule("silence", "SILENCE", "静音或保持过长", Severity.MAJOR, 5, true, Map.of("seconds", 10)),
				new Rule("interruption", "INTERRUPTION", "抢话", Severity.MINOR, 5, true,
						Map.of("overlapMs", 500, "most", 1)),
				new Rule("emotion", "EMOTION", "情绪升级未安抚", Severity.MAJOR, 10, true,
						Map.of("threshold", 2, "within", 2)),
				new Rule("personal-data", "PERSONAL_DATA", "念出个人信息", Severity.MAJOR, 10, true,
						Map.of("phone", true, "idCard", true, "address", false)),
				new Rule("order-content", "ORDER_CONTENT", "工单内容过短", Severity.MINOR, 5, true, Map.of("minChars", 15)),
				new Rule("order-address", "ORDER_ADDRESS", "工单缺少地址", Severity.MINOR, 5, true,
						Map.of("types", List.of("COMPLAINT", "HELP", "REPORT"))),
				new Rule("answer-knowledge", "ANSWER_KNOWLEDGE", "答复与知识库不一致", Severity.MAJOR, 10, true, Map.of()),
				new Rule("emergency-handoff", "EMERGENCY_HANDOFF", "紧急情况未及时转交", Severity.CRITICAL, 30, true,
						Map.of("seconds", 30)),
				new Rule("order-category-said", "ORDER_CATEGORY_SAID", "工单分类与通话不符", Severity.MINOR, 5, true,
						Map.of("confidence", 0.6)),
				new Rule("order-address-said", "ORDER_ADDRESS_SAID", "工单地址与通话不符", Severity.MAJOR, 10, true,
						Map.of("confidence", 0.6)),
				new Rule("order-caller-said", "ORDER_CALLER_SAID", "工单联系电话与通话不符", Severity.MAJOR, 10, true,
						Map.of("confidence", 0.6)));
	}

}
