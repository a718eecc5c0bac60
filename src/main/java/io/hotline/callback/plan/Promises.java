package io.hotline.callback.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promise in a unit's reply turned into a question for the callback: "承诺3日内修复" on an
 * order about a street light asks "路灯是否已在3日内修复？". The time is a number (digits or
 * Chinese) of 小时, 日, 天, 个工作日, 周 or 个月 followed by 内; what is promised is the rest of the
 * clause. What it concerns is the order's title up to the words of the trouble (不亮, 坏了,
 * 漏水 …), unless the promise names it itself.
 */
final class Promises {

	private static final Pattern PROMISE = Pattern.compile(
			"(?:承诺|将|会|计划|预计|争取|保证)[^，。；,;！!]{0,12}?(?:于|在)?([0-9０-９]+|[一二三四五六七八九十两]+)\\s*(个工作日|工作日|小时|个月|日|天|周)内(?:完成)?([^，。；,;！!\\s]{1,24})");

	private static final Pattern TROUBLE = Pattern
		.compile("(不亮|不通|坏了|损坏|破损|故障|漏水|堵塞|积水|扰民|噪音|问题|没有|无法|不能|被|已经|一直|多次|长期).*$");

	private Promises() {
	}

	/** The question about the reply's promise, none where it promised no time. */
	static String question(String reply, String title) {
		if (reply == null) {
			return null;
		}
		Matcher m = PROMISE.matcher(reply);
		if (!m.find()) {
			return null;
		}
		String when = m.group(1) + m.group(2) + "内";
		String what = m.group(3).replaceFirst("^(对|把|将)", "");
		String subject = subject(title);
		if (what.length() > 4 || subject.isEmpty()) {
			return "是否已在" + when + what + "？";
		}
		return subject + "是否已在" + when + what + "？";
	}

	private static String subject(String title) {
		if (title == null) {
			return "";
		}
		String first = title.strip().split("[，。；,;！!？?\\s]", 2)[0];
		String subject = TROUBLE.matcher(first).replaceFirst("");
		return subject.length() > 12 ? "" : subject;
	}

}
