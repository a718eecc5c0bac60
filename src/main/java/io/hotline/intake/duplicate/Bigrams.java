package io.hotline.intake.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a message as duplicate detection compares them: pairs of adjacent
 * characters (as Lucene's CJK bigrams, so that an unknown word or a wrong character still
 * shares most of its pairs) of its letters and digits. The title counts twice, and of the
 * content only the start: the title and the first sentences say what the matter is, and
 * the cost grows with the length.
 */
final class Bigrams {

	/** Of the content, the first so many characters. */
	static final int CONTENT_CHARS = 200;

	static final int TITLE_WEIGHT = 2;

	private Bigrams() {
	}

	/** The letters and digits of the text, in lower case. */
	static String normalised(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(Character::isLetterOrDigit)
			.map((c) -> (c >= 0xFF01 && c <= 0xFF5E) ? c - 0xFEE0 : c)
			.forEach(kept::appendCodePoint);
		return kept.toString().toLowerCase(Locale.ROOT);
	}

	/** The pairs of the normalised text, in order; a text of one character is its own. */
	static List<String> pairs(String normalised) {
		List<String> pairs = new ArrayList<>(Math.max(1, normalised.length()));
		if (normalised.length() == 1) {
			pairs.add(normalised);
		}
		for (int i = 0; i + 1 < normalised.length(); i++) {
			pairs.add(normalised.substring(i, i + 2));
		}
		return pairs;
	}

	/** The start of the content that is compared. */
	static String start(String content) {
		String text = (content == null) ? "" : content.strip();
		return (text.length() > CONTENT_CHARS) ? text.substring(0, CONTENT_CHARS) : text;
	}

	/** The pairs of a message: its title's twice, its content's start once. */
	static List<String> of(String title, String content) {
		List<String> titlePairs = pairs(normalised(title));
		List<String> all = new ArrayList<>();
		for (int i = 0; i < TITLE_WEIGHT; i++) {
			all.addAll(titlePairs);
		}
		all.addAll(pairs(normalised(start(content))));
		return all;
	}

}
