package io.hotline.assist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a text states that an answer can get wrong: amounts, durations, dates, counts
 * with their unit (20个工作日, 50元, 3月15日, 60周岁), and phone numbers, in digits or Chinese
 * numerals (十五个工作日); and its key terms (the character pairs of its Chinese words).
 */
final class Facts {

	/** A value and its unit (a phone number's unit is 电话). */
	record Fact(String unit, String value, String said) {

	}

	private static final String NUMBER = "([0-9０-９]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)";

	private static final Pattern QUANTITY = Pattern
		.compile(NUMBER + "\\s*(个工作日|工作日|个自然日|自然日|天|日|个月|月|年|周岁|岁|小时|分钟|元|块钱|块|万元|%|％|平方米|平米|公里|米|次|份|张|人|户|号|点)");

	private static final Pattern DATE = Pattern.compile(NUMBER + "月" + NUMBER + "[日号]");

	/** Pairs of characters too common to say two texts share anything. */
	private static final Set<String> COMMON = Set.of("您好", "你好", "请问", "我们", "你们", "可以", "这个", "那个", "就是", "的话", "一下",
			"没有", "知道", "需要", "如果", "什么", "怎么", "好的", "谢谢", "不是", "是的", "现在", "已经", "还是", "因为", "所以", "然后", "问题", "情况",
			"这边", "那边", "先生", "女士", "市民", "来电", "反映", "咨询", "您的", "我的", "他们", "一个", "是否", "可能", "应该", "工作");

	private Facts() {
	}

	static List<Fact> of(String text) {
		List<Fact> facts = new ArrayList<>();
		Set<Integer> taken = new HashSet<>();
		Matcher date = DATE.matcher(text);
		while (date.find()) {
			facts.add(new Fact("日期", number(date.group(1)) + "-" + number(date.group(2)), date.group()));
			for (int i = date.start(); i < date.end(); i++) {
				taken.add(i);
			}
		}
		for (SpokenDigits.Run run : SpokenDigits.runs(text)) {
			facts.add(new Fact("电话", run.digits(), text.substring(run.start(), run.end())));
			for (int i = run.start(); i < run.end(); i++) {
				taken.add(i);
			}
		}
		Matcher quantity = QUANTITY.matcher(text);
		while (quantity.find()) {
			if (taken.contains(quantity.start())) {
				continue;
			}
			String value = number(quantity.group(1));
			if (value != null) {
				facts.add(new Fact(unit(quantity.group(2)), value, quantity.group()));
			}
		}
		return facts;
	}

	/** The same unit written differently (个工作日 and 工作日) counts as one. */
	private static String unit(String unit) {
		return switch (unit) {
			case "个工作日" -> "工作日";
			case "个自然日", "自然日", "日" -> "天";
			case "个月" -> "月";
			case "块钱", "块" -> "元";
			case "岁" -> "周岁";
			case "％" -> "%";
			case "平米" -> "平方米";
			default -> unit;
		};
	}

	/**
	 * The value of a number in digits or Chinese numerals, as digits; null if unreadable.
	 */
	static String number(String said) {
		StringBuilder digits = new StringBuilder();
		boolean numerals = false;
		for (char c : said.toCharArray()) {
			if (c >= '０' && c <= '９') {
				digits.append((char) ('0' + (c - '０')));
			}
			else if ((c >= '0' && c <= '9') || c == '.') {
				digits.append(c);
			}
			else {
				numerals = true;
			}
		}
		if (!numerals) {
			return digits.toString().replaceFirst("^0+(?=\\d)", "");
		}
		long total = 0;
		long section = 0;
		long current = 0;
		for (char c : said.toCharArray()) {
			char digit = SpokenDigits.digit(c);
			if (digit != 0) {
				current = digit - '0';
			}
			else if (c == '十' || c == '百' || c == '千') {
				int unit = (c == '十') ? 10 : (c == '百') ? 100 : 1000;
				section += ((current == 0) ? 1 : current) * unit;
				current = 0;
			}
			else if (c == '万') {
				total += (section + current) * 10_000;
				section = 0;
				current = 0;
			}
			else {
				return null;
			}
		}
		return Long.toString(total + section + current);
	}

	/** The key terms: pairs of adjacent Chinese characters, the most common left out. */
	static Set<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			char a = text.charAt(i);
			char b = text.charAt(i + 1);
			if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN
					&& Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN) {
				String pair = text.substring(i, i + 2);
				if (!COMMON.contains(pair)) {
					terms.add(pair);
				}
			}
		}
		return terms;
	}

}
