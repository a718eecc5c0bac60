package io.hotline.conversation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A conversation between an agent and a caller: its utterances in the order they were
 * said (a speaker may have several in a row).
 *
 * @param id the conversation's id (a call's id, a dialogue's id); may be {@code null}
 * @param utterances in order
 */
public record Conversation(String id, List<Utterance> utterances) {

	public Conversation {
		utterances = List.copyOf(utterances);
	}

	/** The utterances of one speaker, in order. */
	public List<Utterance> of(Speaker speaker) {
		return this.utterances.stream().filter((u) -> u.speaker() == speaker).toList();
	}

	/** The text one speaker said, utterance after utterance, one a line. */
	public String text(Speaker speaker) {
		return of(speaker).stream().map(Utterance::text).collect(Collectors.joining("\n"));
	}

	/** Whether every utterance has its times (a call's transcript, not a chat). */
	public boolean timed() {
		return !this.utterances.isEmpty() && this.utterances.stream().allMatch(Utterance::timed);
	}

}
