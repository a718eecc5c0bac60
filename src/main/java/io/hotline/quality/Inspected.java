package io.hotline.quality;

import java.time.Duration;
import java.time.Instant;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;

/**
 * What is inspected: a call's conversation (empty for an order without a call, or a call
 * without utterances), the call's facts (absent for an order without a call) and its
 * order (absent for a call that produced none).
 */
public record Inspected(Conversation conversation, CallFacts call, OrderFacts order) {

	public Inspected {
		conversation = (conversation == null) ? new Conversation(null, java.util.List.of()) : conversation;
	}

	/** Whether there is anything said to judge. */
	public boolean heard() {
		return !this.conversation.utterances().isEmpty();
	}

	/** A finding resting on the utterance at this index. */
	public Finding at(Rule rule, int index, String message, String quote) {
		Utterance u = this.conversation.utterances().get(index);
		return new Finding(rule.id(), message, index, u.speaker(), u.start(), Quotes.masked(quote));
	}

	/** A finding resting on the utterance at this index, quoting it whole. */
	public Finding at(Rule rule, int index, String message) {
		return at(rule, index, message, this.conversation.utterances().get(index).text());
	}

	/** The utterance at this index. */
	public Utterance utterance(int index) {
		return this.conversation.utterances().get(index);
	}

	/** The number of utterances. */
	public int size() {
		return this.conversation.utterances().size();
	}

	/** Whether the utterance at this index is the speaker's. */
	public boolean by(int index, Speaker speaker) {
		return utterance(index).speaker() == speaker;
	}

	/**
	 * The call: its id, agent, when it was answered and ended, how long the agent talked.
	 */
	public record CallFacts(String callId, String agent, Instant answeredAt, Instant endedAt) {

		/** The talk time, zero where unknown. */
		public Duration talk() {
			return (this.answeredAt == null || this.endedAt == null) ? Duration.ZERO
					: Duration.between(this.answeredAt, this.endedAt);
		}

	}

	/**
	 * The order: its id, type, category, content, address, who registered it, the
	 * caller's phone, the district and street registered and the caller's name.
	 */
	public record OrderFacts(long id, String number, String type, String categoryCode, String content, String address,
			String createdBy, String callerPhone, String districtCode, String streetCode, String callerName) {

		/** An order without its place's codes and the caller's name. */
		public OrderFacts(long id, String number, String type, String categoryCode, String content, String address,
				String createdBy, String callerPhone) {
			this(id, number, type, categoryCode, content, address, createdBy, callerPhone, null, null, null);
		}

		/** An order without the caller's phone. */
		public OrderFacts(long id, String number, String type, String categoryCode, String content, String address,
				String createdBy) {
			this(id, number, type, categoryCode, content, address, createdBy, null);
		}

	}

}
