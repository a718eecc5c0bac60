package io.hotline.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The words a dispatcher reads as the reasons of a suggestion: the classifiers weigh
 * character runs (灯坏, 的路), and a person reads whole words. Each run that weighed is read
 * as the words of the text it falls in: a word of the catalog that covers it (城市管理,
 * 噪声污染), else the words HanLP segments there (路灯). Single characters, particles and the
 * words every order uses (反映, 问题, 希望) say nothing and are left out.
 */
final class ReasonWords {

	private static final String PARTICLES = "的了是在和与及也就都而着吗呢吧啊我你他她它们这那有很又还把被给";

	/** Words of nearly every order: they weigh for no unit a dispatcher could check. */
	static final Set<String> EMPTY = Set.of("反映", "问题", "市民", "来电", "投诉", "情况", "希望", "要求", "处理", "相关", "部门", "解决",
			"我们", "你们", "他们", "现在", "已经", "没有", "一直", "进行", "可以", "这个", "那个", "自己", "请求", "尽快", "多次", "未见", "改善", "严重",
			"影响", "诉求", "咨询", "表示", "目前", "有关", "工作", "一个", "什么", "怎么", "还是", "因为", "所以", "但是", "如果", "政府", "领导", "您好",
			"你好", "谢谢", "未果", "至今", "仍然", "得到", "不能", "无法", "没人");

	/** The occurrences of a weighed run that are read. */
	private static final int OCCURRENCES = 3;

	private ReasonWords() {
	}

	/**
	 * The whole words of the text that the weighed runs (most weight first) fall in, each
	 * once, at most {@code count}.
	 */
	static List<String> of(String text, List<String> runs, Set<String> catalogWords, int count) {
		String normalized = MatterWords.normalize(text);
		List<int[]> words = segments(normalized);
		Set<String> read = new LinkedHashSet<>();
		for (String run : runs) {
			for (String part : run.replaceFirst("^[a-z]:", "").split(" ")) {
				if (part.isEmpty()) {
					continue;
				}
				int at = normalized.indexOf(part);
				for (int seen = 0; at >= 0 && seen < OCCURRENCES; seen++) {
					read.addAll(wordsAt(normalized, at, at + part.length(), words, catalogWords));
					at = normalized.indexOf(part, at + 1);
				}
				if (read.size() >= count) {
					return new ArrayList<>(read).subList(0, count);
				}
			}
		}
		return new ArrayList<>(read);
	}

	/**
	 * The words around {@code [start, end)}: a catalog word that covers it, else HanLP's.
	 */
	private static List<String> wordsAt(String text, int start, int end, List<int[]> words, Set<String> catalogWords) {
		String catalogWord = null;
		for (int from = Math.max(0, end - MatterWords.LONGEST); from <= start; from++) {
			for (int to = Math.min(text.length(), from + MatterWords.LONGEST); to >= end; to--) {
				String word = text.substring(from, to);
				if (catalogWords.contains(word) && (catalogWord == null || word.length() > catalogWord.length())) {
					catalogWord = word;
				}
			}
		}
		if (catalogWord != null) {
			return List.of(catalogWord);
		}
		List<String> found = new ArrayList<>();
		for (int[] word : words) {
			if (word[0] < end && word[1] > start) {
				String w = text.substring(word[0], word[1]);
				if (says(w)) {
					found.add(w);
				}
			}
		}
		return found;
	}

	/** HanLP's words of the text, as start and end offsets. */
	private static List<int[]> segments(String text) {
		List<int[]> words = new ArrayList<>();
		int at = 0;
		for (Term term : HanLP.segment(text)) {
			int start = text.indexOf(term.word, at);
			if (start < 0) {
				continue;
			}
			words.add(new int[] { start, start + term.word.length() });
			at = start + term.word.length();
		}
		return words;
	}

	/**
	 * Whether a word says something: two characters or more, no particle or empty word.
	 */
	static boolean says(String word) {
		if (word.length() < 2 || EMPTY.contains(word) || !word.codePoints().anyMatch(Character::isLetter)) {
			return false;
		}
		return !word.chars().allMatch((c) -> PARTICLES.indexOf(c) >= 0);
	}

}
