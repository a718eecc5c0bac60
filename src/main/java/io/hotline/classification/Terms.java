package io.hotline.classification;

import java.text.Normalizer;
import java.util.function.Consumer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The terms a text is described by: its character n-grams, and optionally its words and
 * word pairs as HanLP segments them ({@code w:} and {@code b:} in front, so that a word
 * is not taken for the n-gram of the same characters).
 */
record Terms(int minN, int maxN, boolean words, int head) {

	static final String WORD = "w:";

	static final String PAIR = "b:";

	static final String HEAD = "h:";

	/**
	 * Full-width forms folded (ＡＢＣ１２３ as abc123), letters in lower case, every digit as 0
	 * (a phone number or a date says nothing of the category), runs of white space as
	 * one.
	 */
	static String normalize(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		boolean space = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
		}
		return out.toString();
	}

	/** Every term of a normalized text, as often as it occurs. */
	void each(String normalized, Consumer<String> sink) {
		for (int n = this.minN; n <= this.maxN; n++) {
			for (int i = 0; i + n <= normalized.length(); i++) {
				sink.accept(normalized.substring(i, i + n));
			}
		}
		String head = normalized.substring(0, Math.min(this.head, normalized.length()));
		for (int n = this.minN; n <= this.maxN; n++) {
			for (int i = 0; i + n <= head.length(); i++) {
				sink.accept(HEAD + head.substring(i, i + n));
			}
		}
		if (this.words) {
			String previous = null;
			for (Term term : HanLP.segment(normalized)) {
				String word = term.word.strip();
				if (word.isEmpty()) {
					continue;
				}
				sink.accept(WORD + word);
				if (previous != null) {
					sink.accept(PAIR + previous + ' ' + word);
				}
				previous = word;
			}
		}
	}

	/** How a term reads to a person: a word as itself, a pair as its two words. */
	static String display(String term) {
		return term.startsWith(WORD) || term.startsWith(PAIR) || term.startsWith(HEAD) ? term.substring(2) : term;
	}

}
