package io.hotline.quality.checks;

import java.util.List;

import io.hotline.conversation.Speaker;
import io.hotline.quality.Inspected;

/** Finding words in what was said. */
final class Words {

	private Words() {
	}

	/** The first of the words the text holds, or {@code null}. */
	static String first(String text, List<String> words) {
		for (String word : words) {
			if (text.contains(word)) {
				return word;
			}
		}
		return null;
	}

	/** The index of the speaker's {@code nth} utterance (0: their first), or -1. */
	static int nth(Inspected subject, Speaker speaker, int nth) {
		int seen = 0;
		for (int i = 0; i < subject.size(); i++) {
			if (subject.by(i, speaker) && seen++ == nth) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The index of the first of the speaker's utterances from {@code from} on (at most
	 * {@code most} of them) that holds one of the words, or -1.
	 */
	static int said(Inspected subject, Speaker speaker, int from, int most, List<String> words) {
		int looked = 0;
		for (int i = Math.max(0, from); i < subject.size() && looked < most; i++) {
			if (subject.by(i, speaker)) {
				looked++;
				if (first(subject.utterance(i).text(), words) != null) {
					return i;
				}
			}
		}
		return -1;
	}

}
