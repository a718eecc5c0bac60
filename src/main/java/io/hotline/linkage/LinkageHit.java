package io.hotline.linkage;

import java.util.List;

/**
 * A rule that fired on a text, with the words that fired it and what it advises, in
 * Chinese: 命中紧急规则「火灾」：着火、冒烟 — 建议立即转 119.
 */
public record LinkageHit(String code, String name, RuleKind kind, String service, RiskType riskType, List<String> words,
		String advice) {

	static LinkageHit of(LinkageRule rule, List<String> words) {
		String matched = String.join("、", words);
		String advice = (rule.kind() == RuleKind.EMERGENCY) ? "命中紧急规则「" + rule.name() + "」：" + matched + " — 建议立即转 "
				+ rule.service() + "（" + serviceName(rule.service()) + "）"
				: "命中风险规则「" + rule.name() + "」：" + matched + " — 转班长督办";
		return new LinkageHit(rule.code(), rule.name(), rule.kind(), rule.service(), rule.riskType(), words, advice);
	}

	private static String serviceName(String service) {
		return switch (service) {
			case "110" -> "公安";
			case "119" -> "消防";
			default -> "急救";
		};
	}

}
