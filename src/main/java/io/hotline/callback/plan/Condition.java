package io.hotline.callback.plan;

import java.util.Locale;

import io.hotline.platform.Problem;

/** What a channel rule looks at. */
enum Condition {

	/** Always: the last rule. */
	ANY(false),
	/** The order's type is one of {@code value} (comma-separated). */
	TYPE(true),
	/** The same, named for the rule "complaints go to a person". */
	COMPLAINT_TYPE(true),
	/** The order's category code starts with one of {@code value}. */
	CATEGORY(true),
	/** The order came by one of the channels of {@code value} (PHONE, WECHAT …). */
	CHANNEL(true),
	/** The title or content has one of the words of {@code value}: elderly, sensitive. */
	WORDS(true),
	/**
	 * The caller called before: an earlier plan for the phone, or a repeat or duplicate
	 * flag.
	 */
	REPEAT_CALLER(false),
	/** The caller was dissatisfied before: with this order (重办) or an earlier one. */
	EARLIER_DISSATISFIED(false),
	/** The order is part of a collective case (集中性事件). */
	COLLECTIVE(false);

	private final boolean needsValue;

	Condition(boolean needsValue) {
		this.needsValue = needsValue;
	}

	boolean needsValue() {
		return this.needsValue;
	}

	static Condition parse(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw Problem.invalid("callback-plan.bad-condition", String.valueOf(name));
		}
	}

}
