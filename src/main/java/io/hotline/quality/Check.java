package io.hotline.quality;

import java.util.List;

/**
 * One kind of rule: reads a call's conversation, its facts and its order, and answers
 * what it finds. A check is a Spring bean; a rule set names it by {@link #kind()}. Checks
 * are stateless and answer quickly (a call is inspected in milliseconds).
 */
public interface Check {

	/** The rule kind it implements ({@code GREETING}, {@code SILENCE}, …). */
	String kind();

	/**
	 * Whether it judges what was said (skipped for a call without utterances) rather than
	 * the order.
	 */
	default boolean needsConversation() {
		return true;
	}

	/** What it finds on the subject by the rule's parameters; empty where all is well. */
	List<Finding> check(Inspected subject, Rule rule);

}
