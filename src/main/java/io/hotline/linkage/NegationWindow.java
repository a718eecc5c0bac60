package io.hotline.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a rule's trigger words in a text, less those its exclusion words negate. An
 * exclusion negates an occurrence of a trigger when it
 * <ul>
 * <li>overlaps it and reaches beyond it (火灾<u>隐患</u>; an exclusion inside the trigger, 没有
 * in 没有王法, does not count);</li>
 * <li>comes before it in the same clause with at most {@value #BEFORE} characters between
 * (没有<u>人</u>受伤, 不是着火, 防止火灾), one for an exclusion of one character (无<u>人</u>受伤, but not
 * 无奈之下被打);</li>
 * <li>or comes after it in the same sentence with at most {@value #AFTER} characters
 * between (着火了，已经灭了), unless it is a bare negation word ({@link #FORWARD_ONLY}: 没有, 不是,
 * 防止 …), which in Chinese negates what follows it, never what went before (着火了，没有人受伤 is a
 * fire).</li>
 * </ul>
 * Where triggers overlap, the longest counts (煤气泄漏, not also 泄漏). The words are answered
 * once each, in the order they first occur.
 */
final class NegationWindow {

	/** Characters at most between an exclusion and the trigger after it. */
	static final int BEFORE = 4;

	/** Characters at most between a trigger and the exclusion after it. */
	static final int AFTER = 8;

	/** Ends a clause: the window before a trigger stops there. */
	private static final String CLAUSE_BREAKS = "，,。.！!？?；;：:\n\r";

	/** Ends a sentence: the window after a trigger stops there. */
	private static final String SENTENCE_BREAKS = "。！!？?；;\n\r";

	/**
	 * Negation words that only negate what follows them, and the words of what may happen
	 * or happened long ago (一旦, 如果, 曾经 …), which likewise bind forward.
	 */
	static final Set<String> FORWARD_ONLY = Set.of("没", "没有", "不", "不是", "不会", "未", "无", "非", "并非", "并未", "别", "勿",
			"防止", "避免", "以免", "预防", "防范", "谨防", "禁止", "一旦", "万一", "如果", "倘若", "假如", "要是", "以防", "曾经", "曾", "发生过", "出现过",
			"可能", "容易");

	private NegationWindow() {
	}

	private record Span(int start, int end, String word) {

		boolean overlaps(Span other) {
			return this.start < other.end && other.start < this.end;
		}

	}

	static List<String> matches(List<String> triggers, List<String> exclusions, String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		List<Span> found = spans(triggers, lower);
		found.sort(Comparator.comparingInt((Span s) -> s.end - s.start).reversed().thenComparingInt(Span::start));
		List<Span> kept = new ArrayList<>();
		for (Span s : found) {
			if (kept.stream().noneMatch(s::overlaps)) {
				kept.add(s);
			}
		}
		kept.sort(Comparator.comparingInt(Span::start));
		List<Span> negations = spans(exclusions, lower);
		Set<String> words = new LinkedHashSet<>();
		for (Span trigger : kept) {
			if (negations.stream().noneMatch((n) -> negates(n, trigger, lower))) {
				words.add(trigger.word);
			}
		}
		return List.copyOf(words);
	}

	private static boolean negates(Span negation, Span trigger, String text) {
		if (negation.overlaps(trigger)) {
			return negation.start < trigger.start || negation.end > trigger.end;
		}
		if (negation.end <= trigger.start) {
			int window = (negation.end - negation.start == 1) ? 1 : BEFORE;
			return trigger.start - negation.end <= window && !breaks(text, negation.end, trigger.start, CLAUSE_BREAKS);
		}
		return !FORWARD_ONLY.contains(negation.word) && negation.start - trigger.end <= AFTER
				&& !breaks(text, trigger.end, negation.start, SENTENCE_BREAKS);
	}

	private static boolean breaks(String text, int from, int to, String breaks) {
		for (int i = from; i < to; i++) {
			if (breaks.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static List<Span> spans(List<String> words, String text) {
		List<Span> spans = new ArrayList<>();
		for (String word : words) {
			String w = word.toLowerCase(Locale.ROOT);
			if (w.isEmpty()) {
				continue;
			}
			for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
				spans.add(new Span(at, at + w.length(), word));
			}
		}
		return spans;
	}

}
