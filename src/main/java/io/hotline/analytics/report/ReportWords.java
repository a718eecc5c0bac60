package io.hotline.analytics.report;

import java.util.Map;

/**
 * The words a report prints for the platform's codes: an order's status, type and channel
 * as a Chinese reader says them (已派单, 投诉, 电话), never DISPATCHED, COMPLAINT or PHONE. A
 * code without a word prints as it is.
 */
final class ReportWords {

	private static final Map<String, String> STATUS = Map.of("REGISTERED", "已受理", "DISPATCHED", "已派单", "HANDLING",
			"办理中", "RETURNED", "已退单", "REPLIED", "已回复", "REOPENED", "重办", "CLOSED", "已办结");

	private static final Map<String, String> TYPE = Map.of("CONSULTATION", "咨询", "HELP", "求助", "COMPLAINT", "投诉",
			"REPORT", "举报", "SUGGESTION", "建议", "PRAISE", "表扬");

	private static final Map<String, String> CHANNEL = Map.of("PHONE", "电话", "WEB", "网站", "WECHAT", "微信", "APP", "手机应用",
			"MAILBOX", "市长信箱", "EMAIL", "电子邮件", "OPEN311", "Open311 接口", "OTHER", "其他渠道");

	private ReportWords() {
	}

	static String status(String code) {
		return word(STATUS, code);
	}

	static String type(String code) {
		return word(TYPE, code);
	}

	static String channel(String code) {
		return word(CHANNEL, code);
	}

	/** Every code a report might print, with its word: for checking that none is left. */
	static Map<String, String> all() {
		Map<String, String> all = new java.util.HashMap<>(STATUS);
		all.putAll(TYPE);
		all.putAll(CHANNEL);
		return all;
	}

	private static String word(Map<String, String> words, String code) {
		return (code == null) ? "" : words.getOrDefault(code, code);
	}

}
