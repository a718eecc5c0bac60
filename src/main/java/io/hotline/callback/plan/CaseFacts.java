package io.hotline.callback.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hotline.workorder.Channel;
import io.hotline.workorder.OrderType;

/**
 * What the plan of an order looks at: its type, category, channel and words, and the
 * caller's history (called before, dissatisfied before, part of a collective case).
 */
record CaseFacts(OrderType type, String categoryCode, Channel channel, String text, boolean repeatCaller,
		boolean earlierDissatisfied, boolean collective) {

	/** Whether a rule's condition holds. */
	boolean holds(Condition condition, String value) {
		return switch (condition) {
			case ANY -> true;
			case TYPE, COMPLAINT_TYPE -> values(value).contains(this.type.name());
			case CATEGORY -> this.categoryCode != null
					&& words(value).stream().anyMatch((prefix) -> this.categoryCode.startsWith(prefix));
			case CHANNEL -> this.channel != null && values(value).contains(this.channel.name());
			case WORDS -> this.text != null && words(value).stream().anyMatch(this.text::contains);
			case REPEAT_CALLER -> this.repeatCaller;
			case EARLIER_DISSATISFIED -> this.earlierDissatisfied;
			case COLLECTIVE -> this.collective;
		};
	}

	/** Why a plan took its channel, in words for its list. */
	String reason(Condition condition, String value) {
		return (condition.needsValue() ? condition.name() + "(" + value + ")" : condition.name())
			.toLowerCase(Locale.ROOT);
	}

	private static List<String> values(String value) {
		List<String> values = new ArrayList<>();
		for (String each : words(value)) {
			values.add(each.toUpperCase(Locale.ROOT));
		}
		return values;
	}

	private static List<String> words(String value) {
		List<String> words = new ArrayList<>();
		if (value != null) {
			for (String each : value.split("[,，、\\s]+")) {
				if (!each.isBlank()) {
					words.add(each.strip());
				}
			}
		}
		return words;
	}

}
