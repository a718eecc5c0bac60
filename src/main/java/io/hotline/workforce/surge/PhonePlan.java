package io.hotline.workforce.surge;

import java.time.Instant;
import java.util.List;

/**
 * What the phone system follows now (docs/workforce-surge.md): each measure in effect,
 * null for one that is not. {@code callback}: offer callers in the queue to leave a
 * number; {@code menu}: the hot topic's knowledge answers to play first in the voice
 * menu; {@code cloudSeats}: route to the agents signed in at home as to the centre's;
 * {@code overflow}: the partner hotlines whose agents may take up to {@code share} of the
 * calls.
 */
record PhonePlan(boolean on, Instant since, Callback callback, Menu menu, Cloud cloudSeats, Overflow overflow) {

	record Callback(int promiseMinutes) {

	}

	/** The hot topic and its answers, each with a text short enough to be read out. */
	record Menu(String topic, List<HotAnswer> answers) {

	}

	/**
	 * A knowledge answer offered first: its article, title and the text to read or show.
	 */
	record HotAnswer(long id, String title, String text) {

	}

	record Cloud(int seats, int afterMinutes, int hours) {

	}

	record Overflow(List<String> partners, int agents, double share) {

	}

}
