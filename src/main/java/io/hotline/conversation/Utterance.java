package io.hotline.conversation;

import java.time.Duration;
import java.util.Objects;

/**
 * One utterance: who said it, its text, and when it started and ended, counted from the
 * start of the call (absent in a chat, whose turns have no times).
 *
 * @param speaker the agent or the caller
 * @param text what was said (speech recognition's text on a call)
 * @param start when it began, from the call's start; {@code null} where not known
 * @param end when it ended, from the call's start; {@code null} where not known
 */
public record Utterance(Speaker speaker, String text, Duration start, Duration end) {

	public Utterance {
		Objects.requireNonNull(speaker, "speaker");
		text = (text == null) ? "" : text;
		if (start != null && end != null && end.compareTo(start) < 0) {
			throw new IllegalArgumentException("an utterance ends before it starts: " + start + " > " + end);
		}
	}

	/** An utterance without times (a chat's turn). */
	public static Utterance of(Speaker speaker, String text) {
		return new Utterance(speaker, text, null, null);
	}

	/** Whether its start and end are known. */
	public boolean timed() {
		return this.start != null && this.end != null;
	}

}
