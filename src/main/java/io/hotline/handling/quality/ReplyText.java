package io.hotline.handling.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pieces of text that reply quality compares: the Chinese word pairs (bigrams) of a
 * request, the sentences of a reply, and the 4-character shingles that find near copies.
 */
final class ReplyText {

	/** Bigrams that every request and reply has, saying nothing of the matter. */
	private static final Set<String> COMMON = Set.of("您好", "你好", "反映", "问题", "情况", "我们", "留言", "网友", "回复", "如下", "现将",
			"有关", "相关", "部门", "领导", "请求", "希望", "咨询", "投诉", "建议", "已经", "没有", "这个", "一个", "什么", "怎么", "可以", "是否", "尊敬",
			"谢谢", "感谢", "请问", "关于", "现在", "目前", "进行", "工作", "支持", "一下", "为何", "本人");

	/** A digit run, a user name like UU008913, or anything that is not a letter. */
	private static final Pattern NOISE = Pattern.compile("UU\\d+|\\d+|[^\\p{IsHan}\\p{IsAlphabetic}]");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;：:\\n])");

	private ReplyText() {
	}

	/** The Chinese bigrams of a text with their counts, the common ones left out. */
	static Map<String, Integer> bigrams(String text) {
		Map<String, Integer> bigrams = new HashMap<>();
		if (text == null) {
			return bigrams;
		}
		for (int i = 0; i + 2 <= text.length(); i++) {
			char a = text.charAt(i);
			char b = text.charAt(i + 1);
			if (han(a) && han(b)) {
				String pair = text.substring(i, i + 2);
				if (!COMMON.contains(pair)) {
					bigrams.merge(pair, 1, Integer::sum);
				}
			}
		}
		return bigrams;
	}

	/** The sentences of a text, each with its closing punctuation. */
	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String s : SENTENCE_END.split(text)) {
			if (!s.isBlank()) {
				sentences.add(s.strip());
			}
		}
		return sentences;
	}

	/**
	 * The hashed 4-character shingles of a text without its digits, user names and
	 * punctuation, so that replies differing only in a date or a name read the same.
	 */
	static int[] shingles(String text) {
		String letters = NOISE.matcher(text == null ? "" : text).replaceAll("");
		Set<Integer> shingles = new HashSet<>();
		for (int i = 0; i + 4 <= letters.length(); i++) {
			shingles.add(letters.substring(i, i + 4).hashCode());
		}
		return shingles.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	/**
	 * How much of a text repeats itself: the share of its 4-character shingles (without
	 * digits and punctuation, as {@link #shingles}) that occurred earlier in the same
	 * text. One sentence said a hundred times is near 1, a paragraph pasted twice near
	 * 0.5, a written reply near 0 (a few recurring words).
	 */
	static double repetition(String text) {
		String letters = NOISE.matcher(text == null ? "" : text).replaceAll("");
		int total = letters.length() - 3;
		if (total <= 0) {
			return 0;
		}
		Set<String> seen = new HashSet<>();
		int repeated = 0;
		for (int i = 0; i < total; i++) {
			if (!seen.add(letters.substring(i, i + 4))) {
				repeated++;
			}
		}
		return repeated / (double) total;
	}

	/** The Jaccard resemblance of two sorted shingle sets. */
	static double resemblance(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return common / (double) (a.length + b.length - common);
	}

	/** The number of letters (Chinese characters, Latin letters) and digits in a text. */
	static int length(String text) {
		return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
	}

	private static boolean han(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
