package io.hotline.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A fact of an article's answer: its kind, its text as written and the sentence it is
 * said in (where the question's blank goes).
 */
record Fact(FactKind kind, String text, String sentence) {

	private static final int SENTENCE_CHARS = 120;

	/**
	 * The facts of an answer, each text once, in the order written; a number that is part
	 * of a hotline or channel is left to them.
	 */
	static List<Fact> of(String answer) {
		List<Fact> facts = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String sentence : sentences(answer)) {
			for (FactKind kind : FactKind.values()) {
				if (kind.pattern() == null) {
					continue;
				}
				Matcher m = kind.pattern().matcher(sentence);
				while (m.find()) {
					String text = m.group();
					if (seen.add(text) && !insideOther(text, seen)) {
						facts.add(new Fact(kind, text, sentence));
					}
				}
			}
		}
		return facts;
	}

	private static boolean insideOther(String text, Set<String> seen) {
		return seen.stream().anyMatch((other) -> !other.equals(text) && other.contains(text));
	}

	/**
	 * The answer's sentences: split at 。！？；, line ends and numbered items, without the
	 * item numbers, each at most 120 characters.
	 */
	static List<String> sentences(String answer) {
		List<String> sentences = new ArrayList<>();
		for (String part : answer.split("[。！？；;\\n]|(?<=[：:，,])\\s*\\d+[.、．]\\s*")) {
			String sentence = part.replaceFirst("^\\s*\\d+[.、．]\\s*", "").strip();
			if (sentence.length() >= 6 && sentence.length() <= SENTENCE_CHARS) {
				sentences.add(sentence);
			}
		}
		return sentences;
	}

	/** The sentence with the fact's place left blank. */
	String blanked() {
		return this.sentence.replace(this.text, "（　　）");
	}

	/** The sentence with another fact in its place. */
	String with(String other) {
		return this.sentence.replace(this.text, other);
	}

}
