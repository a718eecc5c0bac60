package io.hotline.dispatch;

import java.util.List;
import java.util.Objects;

/**
 * The words a dispatcher reads as the reasons of a suggestion: a character run that
 * weighed for a label loses the particles at its ends (的路灯 reads 路灯), and a run of
 * particles alone (了一) or a single character says nothing.
 */
final class ReasonWords {

	private static final String PARTICLES = "的了是在和与及也就都而着吗呢吧啊我你他她它们这那";

	private ReasonWords() {
	}

	static List<String> readable(List<String> terms, int count) {
		return terms.stream().map(ReasonWords::trimmed).filter(Objects::nonNull).distinct().limit(count).toList();
	}

	private static String trimmed(String term) {
		int start = 0;
		int end = term.length();
		while (start < end && PARTICLES.indexOf(term.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && PARTICLES.indexOf(term.charAt(end - 1)) >= 0) {
			end--;
		}
		return end - start >= 2 ? term.substring(start, end) : null;
	}

}
