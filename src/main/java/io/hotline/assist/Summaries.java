package io.hotline.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.hotline.conversation.Conversation;
import io.hotline.conversation.Speaker;
import io.hotline.conversation.Utterance;

/**
 * The title and the summary of the caller's request in the hotline's style (来电人反映：…，希望…),
 * extractive: the caller's substantive clauses (not greetings, yes and no, their name and
 * number), the problem first and the request (希望, 要求, 请…) after; the fallback where the
 * dialogue model's summary ({@link #modelSummary}) says nothing.
 */
final class Summaries {

	static final int TITLE_CHARS = 30;

	static final int SUMMARY_CHARS = 300;

	private static final Pattern CLAUSES = Pattern.compile("[。！？!?；;\\n]+");

	private static final Pattern EMPTY = Pattern
		.compile("^(喂|你好|您好|嗯|啊|哦|好的?|对|是的?|没有了?|谢谢|再见|行|可以|没问题|不用了?|拜拜|就这样|没事了?)[，,。！ 啊呢吧的了呀]*$");

	private static final Pattern PERSONAL = Pattern.compile("(我姓|免贵|我叫|电话|手机|号码|名字)");

	private static final Pattern REQUEST = Pattern.compile("(希望|要求|请求|请你们|麻烦|能不能|能否|帮忙|尽快|赶紧)");

	private static final Pattern FILLER = Pattern.compile("^(喂|你好|您好|那个|就是|嗯|我想|我要|我是想|请问|是这样的?|这样的)[，, ]*");

	/** What the dialogue model says where the caller said nothing usable. */
	static final String NOTHING = "用户来电。";

	/** Marks the summary from the dialogue model (its evidence). */
	static final String MODEL = "dialogue model";

	private Summaries() {
	}

	/**
	 * The dialogue model's summary of the request as the form's summary; the extractive
	 * one where it gives nothing.
	 */
	static FormField modelSummary(String said, Conversation conversation) {
		String text = (said == null) ? "" : said.strip();
		if (text.isEmpty() || text.equals(NOTHING)) {
			return summary(conversation);
		}
		text = cut(text, SUMMARY_CHARS);
		Integer first = clauses(conversation).stream().findFirst().map(Clause::utterance).orElse(null);
		return new FormField(text, text, 0.6, first, MODEL);
	}

	/**
	 * The title: the model summary's first sentence (its 。 left off), else the caller's
	 * first substantive clause; at most {@link #TITLE_CHARS}.
	 */
	static FormField title(FormField summary, Conversation conversation) {
		if (!summary.filled() || !MODEL.equals(summary.evidence())) {
			return title(conversation);
		}
		String title = cut(summary.value().split("[。！？]")[0], TITLE_CHARS);
		return new FormField(title, title, summary.confidence(), summary.utterance(), summary.value());
	}

	/** The clauses the caller said that carry the request, with the utterance of each. */
	record Clause(String text, int utterance) {

	}

	static List<Clause> clauses(Conversation conversation) {
		List<Clause> clauses = new ArrayList<>();
		List<Utterance> utterances = conversation.utterances();
		for (int i = 0; i < utterances.size(); i++) {
			if (utterances.get(i).speaker() != Speaker.CALLER) {
				continue;
			}
			for (String clause : CLAUSES.split(utterances.get(i).text())) {
				String text = strip(clause);
				if (text.length() >= 4 && !EMPTY.matcher(text).matches() && !PERSONAL.matcher(text).find()
						&& SpokenDigits.runs(text).isEmpty()) {
					clauses.add(new Clause(text, i));
				}
			}
		}
		return clauses;
	}

	/** The title: the caller's first substantive clause, at most {@link #TITLE_CHARS}. */
	static FormField title(Conversation conversation) {
		List<Clause> clauses = clauses(conversation);
		if (clauses.isEmpty()) {
			return FormField.EMPTY;
		}
		Clause first = clauses.stream()
			.filter((c) -> !REQUEST.matcher(c.text()).find())
			.findFirst()
			.orElse(clauses.get(0));
		String title = first.text();
		for (String part : first.text().split("[，,]")) {
			if (part.strip().length() >= 6) {
				title = part.strip();
				break;
			}
		}
		title = cut(title, TITLE_CHARS);
		return new FormField(title, title, 0.5, first.utterance(), first.text());
	}

	/**
	 * The extractive summary of the caller's request in the hotline's style (the fallback
	 * of the dialogue model's).
	 */
	static FormField summary(Conversation conversation) {
		List<Clause> clauses = clauses(conversation);
		if (clauses.isEmpty()) {
			return FormField.EMPTY;
		}
		StringBuilder problem = new StringBuilder();
		StringBuilder request = new StringBuilder();
		for (Clause clause : clauses) {
			StringBuilder part = REQUEST.matcher(clause.text()).find() ? request : problem;
			if (part.length() + clause.text().length() < SUMMARY_CHARS / 2) {
				part.append(part.isEmpty() ? "" : "，").append(clause.text());
			}
		}
		String text = "来电人反映：" + (problem.isEmpty() ? request : problem) + "。"
				+ ((!problem.isEmpty() && !request.isEmpty()) ? "诉求：" + request + "。" : "");
		return new FormField(text, text, 0.5, clauses.get(0).utterance(), null);
	}

	private static String strip(String clause) {
		String text = clause.strip();
		String before;
		do {
			before = text;
			text = FILLER.matcher(text).replaceFirst("").strip();
		}
		while (!text.equals(before));
		return text.replaceAll("[，,]+$", "");
	}

	private static String cut(String text, int chars) {
		return (text.length() > chars) ? text.substring(0, chars) : text;
	}

}
