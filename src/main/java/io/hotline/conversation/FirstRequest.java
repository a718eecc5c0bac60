package io.hotline.conversation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The first question–answer pair of a conversation, where its first topic is raised: the
 * caller's first substantive turns (greetings, order numbers and masked values like
 * {@code [订单编号]} do not count) and the agent's first real answers after them (not the
 * greeting templates like "请问有什么可以帮您").
 */
final class FirstRequest {

	private static final Pattern NOISE = Pattern
		.compile("\\[[^\\]]*\\]|咨询订单号|订单号|商品ID|订单业务咨询|转人工|人工|你好|您好|在吗|在么|在不在|在嘛|请问|哈喽|亲|"
				+ "[\\p{Punct}\\p{IsPunctuation}\\s0-9A-Za-z：，。？！、~]");

	private static final Pattern TEMPLATE = Pattern.compile("有什么可以|有什么问题|咨询之前的问题|请问还有|稍等|为您查询|帮您查询|提供.*订单号");

	/** The shortest substantive turn, in characters that are not noise. */
	static final int SUBSTANTIVE = 4;

	private FirstRequest() {
	}

	/** The caller's first {@code count} substantive turns, one a line. */
	static String callerText(List<Utterance> turns, int count) {
		StringBuilder text = new StringBuilder();
		int taken = 0;
		for (int i = 0; i < turns.size() && taken < count; i++) {
			Utterance turn = turns.get(i);
			if (turn.speaker() == Speaker.CALLER && substantive(turn.text())) {
				text.append(turn.text()).append('\n');
				taken++;
			}
		}
		return text.toString();
	}

	/**
	 * The agent's first {@code count} real answers after the caller's first substantive
	 * turn, one a line.
	 */
	static String agentText(List<Utterance> turns, int count) {
		StringBuilder text = new StringBuilder();
		int taken = 0;
		boolean asked = false;
		for (int i = 0; i < turns.size() && taken < count; i++) {
			Utterance turn = turns.get(i);
			if (turn.speaker() == Speaker.CALLER) {
				asked |= substantive(turn.text());
			}
			else if (asked && substantive(turn.text()) && !TEMPLATE.matcher(turn.text()).find()) {
				text.append(turn.text()).append('\n');
				taken++;
			}
		}
		return text.toString();
	}

	static boolean substantive(String text) {
		return NOISE.matcher(text).replaceAll("").length() >= SUBSTANTIVE;
	}

}
