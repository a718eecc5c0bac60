package io.hotline.cti;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Utterance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was said on calls, for the modules that judge it (quality inspection, form
 * filling, guidance): a call's {@link Conversation}, its utterances in the order they
 * were said (times from the call's answer); empty where no utterance came.
 */
@Service
public class CallConversations {

	private final Utterances utterances;

	CallConversations(Utterances utterances) {
		this.utterances = utterances;
	}

	/** The call's conversation (no utterances where none came). */
	@Transactional(readOnly = true)
	public Conversation of(String callId) {
		return new Conversation(callId, this.utterances.of(List.of(callId)).getOrDefault(callId, List.of()));
	}

	/** The calls' conversations by call id, each call named (empty where none came). */
	@Transactional(readOnly = true)
	public Map<String, Conversation> of(Collection<String> callIds) {
		Map<String, List<Utterance>> said = this.utterances.of(callIds);
		return callIds.stream()
			.distinct()
			.collect(Collectors.toMap((id) -> id, (id) -> new Conversation(id, said.getOrDefault(id, List.of()))));
	}

}
