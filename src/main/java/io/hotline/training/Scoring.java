package io.hotline.training;

import java.util.List;
import java.util.Locale;

/**
 * Whether an answer is right: the right option, the right truth, or a short answer that
 * names at least half of the key terms (rounded up; spaces and letter case aside). No
 * answer is wrong.
 */
final class Scoring {

	private Scoring() {
	}

	static boolean correct(QuestionKind kind, AnswerKey key, AnswerGiven given) {
		if (given == null) {
			return false;
		}
		return switch (kind) {
			case SINGLE -> given.choice() != null && given.choice().equals(key.index());
			case TRUE_FALSE -> given.value() != null && given.value().equals(key.value());
			case SHORT -> given.text() != null && named(key.terms(), given.text()) * 2 >= key.terms().size();
		};
	}

	/** How many of the terms the text names. */
	static int named(List<String> terms, String text) {
		String said = plain(text);
		return (int) terms.stream().filter((term) -> said.contains(plain(term))).count();
	}

	private static String plain(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	/** The score in per cent, rounded. */
	static int percent(long right, long of) {
		return (of == 0) ? 0 : (int) Math.round(100.0 * right / of);
	}

}
