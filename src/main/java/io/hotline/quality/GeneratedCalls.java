package io.hotline.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;

/**
 * Calls made from citizens' messages for the benchmark: the message's sentences said by
 * the caller, the agent's greeting, confirmation, answer and closing from templates, and
 * violations injected at known places (each with probability {@code rate}, by a seed).
 */
final class GeneratedCalls {

	/** The violations injected, each the rule that should find it. */
	enum Violation {

		MISSING_GREETING("greeting"), MISSING_CONFIRMATION("confirmation"), MISSING_ANSWER("answer"),
		MISSING_CLOSING("closing"), FORBIDDEN_WORD("forbidden-words"), IMPOLITE_WORD("impolite-words"),
		LONG_SILENCE("silence"), INTERRUPTIONS("interruption"), UNSOOTHED_ANGER("emotion"),
		PHONE_READ_OUT("personal-data");

		final String ruleId;

		Violation(String ruleId) {
			this.ruleId = ruleId;
		}

	}

	/** A generated call and what was injected into it. */
	record Generated(Conversation conversation, Set<Violation> injected) {
	}

	private static final double SECONDS_PER_CHAR = 0.22;

	private final Random random;

	private final double rate;

	GeneratedCalls(long seed, double rate) {
		this.random = new Random(seed);
		this.rate = rate;
	}

	Generated call(String id, String title, String message) {
		Set<Violation> injected = EnumSet.noneOf(Violation.class);
		for (Violation v : Violation.values()) {
			if (this.random.nextDouble() < this.rate) {
				injected.add(v);
			}
		}
		Script s = new Script();
		s.agent(injected.contains(Violation.MISSING_GREETING) ? "喂，请讲。" : "您好，12345政务服务热线，请问有什么可以帮您？");
		List<String> sentences = sentences(message);
		int silenceAt = 1 + this.random.nextInt(Math.max(1, sentences.size()));
		for (int i = 0; i < sentences.size(); i++) {
			if (injected.contains(Violation.LONG_SILENCE) && i == silenceAt - 1) {
				s.pause(12 + this.random.nextInt(20));
			}
			s.caller(sentences.get(i));
			if (injected.contains(Violation.INTERRUPTIONS) && i < 2) {
				s.interrupt("嗯，您说的是");
			}
		}
		if (injected.contains(Violation.UNSOOTHED_ANGER)) {
			s.agent("请继续说。");
			s.caller("我都反映多少次了！到底有没有人管！太过分了！");
		}
		if (injected.contains(Violation.PHONE_READ_OUT)) {
			s.agent("您的联系电话是" + (13_800_000_000L + this.random.nextInt(99_999_999)) + "，是吧？");
			s.caller("是的。");
		}
		if (!injected.contains(Violation.MISSING_CONFIRMATION)) {
			s.agent("您反映的是" + title + "的问题，对吗？");
			s.caller("对的。");
		}
		if (injected.contains(Violation.FORBIDDEN_WORD)) {
			s.agent("这个事情不归我们管。");
		}
		if (injected.contains(Violation.IMPOLITE_WORD)) {
			s.agent("你烦不烦啊，听我说完。");
		}
		if (!injected.contains(Violation.MISSING_ANSWER)) {
			s.agent("好的，我们会把您的诉求转交相关部门，五个工作日内联系您。");
			s.caller("好的，谢谢。");
		}
		if (!injected.contains(Violation.MISSING_CLOSING)) {
			s.agent("感谢您的来电，再见。");
		}
		return new Generated(new Conversation(id, s.said), injected);
	}

	private static List<String> sentences(String message) {
		List<String> sentences = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String part : message.replace('\n', '。').split("(?<=[。！？!?])")) {
			current.append(part.strip());
			if (current.length() >= 25) {
				sentences.add(current.toString());
				current.setLength(0);
			}
			if (sentences.size() == 5) {
				break;
			}
		}
		if (current.length() > 0 && sentences.size() < 5) {
			sentences.add(current.toString());
		}
		if (sentences.isEmpty()) {
			sentences.add("我想反映一个问题。");
		}
		if (sentences.size() == 1) {
			String only = sentences.remove(0);
			sentences.add("我想反映一个问题。");
			sentences.add(only);
		}
		return sentences;
	}

	/** Utterances one after another, with their times. */
	private static final class Script {

		final List<Utterance> said = new ArrayList<>();

		long at;

		void agent(String text) {
			add(Speaker.AGENT, text);
		}

		void caller(String text) {
			add(Speaker.CALLER, text);
		}

		void pause(int seconds) {
			this.at += seconds * 1000L;
		}

		/** The agent cuts in 1.5 s before the caller's last utterance ends. */
		void interrupt(String text) {
			long start = Math.max(this.said.get(this.said.size() - 1).start().toMillis(), this.at - 2100);
			long end = start + millis(text);
			this.said.add(new Utterance(Speaker.AGENT, text, Duration.ofMillis(start), Duration.ofMillis(end)));
			this.at = Math.max(this.at, end + 600);
		}

		private void add(Speaker speaker, String text) {
			long end = this.at + millis(text);
			this.said.add(new Utterance(speaker, text, Duration.ofMillis(this.at), Duration.ofMillis(end)));
			this.at = end + 600;
		}

		private static long millis(String text) {
			return Math.max(800, Math.round(text.length() * SECONDS_PER_CHAR * 1000));
		}

	}

}
