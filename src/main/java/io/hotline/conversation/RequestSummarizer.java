package io.hotline.conversation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The caller's request in one or two sentences, in the style of the hotline's forms and
 * of CSDS's user summaries: "用户" + a verb (询问 for a question, 要求 for a demand, 表示
 * otherwise) + the caller's phrases that a learnt scorer rates most likely to be in such
 * a summary, trimmed to the length summaries usually have. The scorer is a linear
 * regression over a phrase's character 1–2-grams, its place in the conversation, its
 * length and question words; it learnt, for the caller's phrases of annotated dialogues,
 * the share of their characters that the annotators' summary has.
 */
final class RequestSummarizer {

	static final int BITS = 16;

	static final String FILE = "summary.bin.gz";

	/** Characters of the caller's phrases in a summary (without "用户询问" and "。"). */
	static final int BUDGET = 16;

	/** Phrases scored below this are never used. */
	static final double FLOOR = 0.05;

	private static final Pattern SPLIT = Pattern.compile("[，。？！,.?!\\n；;～~…\\s]+");

	private static final Pattern FILLER = Pattern
		.compile("^(你好|您好|在吗|请问|亲|哦|嗯|那么|那|我想问一下|我想问下|想问一下|想问下|问一下|问下|就是|麻烦|哈)+");

	private static final Pattern QUESTION = Pattern.compile("吗|怎么|能不能|可不可以|能否|是否|什么|多久|哪|为什么|为啥|几|多少|有没有|呢$");

	private static final Pattern DEMAND = Pattern.compile("要|想|帮|申请|取消|退|改|换|补|尽快|给我");

	private final float[] weights;

	RequestSummarizer(float[] weights) {
		this.weights = weights;
	}

	String summarize(Conversation conversation) {
		List<Phrase> phrases = phrases(conversation);
		List<Phrase> ranked = new ArrayList<>(phrases);
		double[] scores = new double[phrases.size()];
		for (Phrase phrase : phrases) {
			scores[phrase.index()] = Linear.score(phrase.features(), this.weights);
		}
		ranked.sort(Comparator.comparingDouble((Phrase p) -> -scores[p.index()]).thenComparingInt(Phrase::index));
		Set<Integer> chosen = new HashSet<>();
		Set<String> texts = new HashSet<>();
		int length = 0;
		for (Phrase phrase : ranked) {
			if (length >= BUDGET || (scores[phrase.index()] < FLOOR && !chosen.isEmpty())) {
				break;
			}
			if (texts.add(phrase.text())) {
				chosen.add(phrase.index());
				length += phrase.text().length();
			}
		}
		return sentences(phrases.stream().filter((p) -> chosen.contains(p.index())).toList());
	}

	/**
	 * The chosen phrases in the order said, one sentence a turn, at most two sentences.
	 */
	private static String sentences(List<Phrase> chosen) {
		if (chosen.isEmpty()) {
			return "用户来电。";
		}
		List<List<Phrase>> groups = new ArrayList<>();
		for (Phrase phrase : chosen) {
			if (groups.isEmpty()
					|| (groups.size() < 2 && groups.get(groups.size() - 1).get(0).turn() != phrase.turn())) {
				groups.add(new ArrayList<>());
			}
			groups.get(groups.size() - 1).add(phrase);
		}
		StringBuilder summary = new StringBuilder();
		for (List<Phrase> group : groups) {
			String body = String.join("，", group.stream().map(Phrase::text).toList());
			summary.append("用户").append(verb(body)).append(body).append('。');
		}
		return summary.toString();
	}

	private static String verb(String body) {
		if (QUESTION.matcher(body).find()) {
			return "询问";
		}
		return DEMAND.matcher(body).find() ? "要求" : "表示";
	}

	static RequestSummarizer train(List<Dialogue> dialogues, double c) {
		List<HashedFeatures.Sparse> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		for (Dialogue dialogue : dialogues) {
			if (dialogue.callerSummary() == null || dialogue.callerSummary().isEmpty()) {
				continue;
			}
			Set<Integer> summary = new HashSet<>();
			dialogue.callerSummary().codePoints().forEach(summary::add);
			for (Phrase phrase : phrases(dialogue.conversation())) {
				x.add(phrase.features());
				y.add(phrase.text().codePoints().filter(summary::contains).count()
						/ (double) phrase.text().codePointCount(0, phrase.text().length()));
			}
		}
		return new RequestSummarizer(ModelStreams
			.quantized(Linear.regression(x, y.stream().mapToDouble(Double::doubleValue).toArray(), BITS, c)));
	}

	/**
	 * The caller's phrases: turns split at punctuation, fillers and greetings left out.
	 */
	static List<Phrase> phrases(Conversation conversation) {
		List<String> texts = new ArrayList<>();
		List<Integer> turns = new ArrayList<>();
		List<Utterance> caller = conversation.of(Speaker.CALLER);
		for (int turn = 0; turn < caller.size(); turn++) {
			for (String part : SPLIT.split(caller.get(turn).text())) {
				String text = FILLER.matcher(part.strip()).replaceFirst("");
				if (text.length() >= 2 && text.length() <= 40) {
					texts.add(text);
					turns.add(turn);
				}
			}
		}
		List<Phrase> phrases = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			int turn = turns.get(i);
			HashedFeatures f = new HashedFeatures(BITS).ngrams("phrase", text, 2, 1)
				.flag("index=" + Math.min(i, 8), true)
				.flag("from-end=" + Math.min(texts.size() - 1 - i, 5), true)
				.flag("turn=" + Math.min(turn, 6), true)
				.flag("decile=" + (10 * i / texts.size()), true)
				.flag("length=" + Math.min(text.length() / 3, 8), true)
				.flag("question", QUESTION.matcher(text).find())
				.flag("demand", DEMAND.matcher(text).find())
				.flag("tag", text.contains("["))
				.flag("only-tag", text.matches("(\\[[^\\]]*\\])+"))
				.value("phrases", Math.log1p(texts.size()) / 3);
			phrases.add(new Phrase(i, turn, text, f.build()));
		}
		return phrases;
	}

	void write(DataOutputStream out) throws IOException {
		ModelStreams.writeWeights(out, this.weights);
	}

	static RequestSummarizer read(DataInputStream in) throws IOException {
		return new RequestSummarizer(ModelStreams.readWeights(in));
	}

	/** One phrase of the caller: its place, its caller turn, its text and features. */
	record Phrase(int index, int turn, String text, HashedFeatures.Sparse features) {

	}

}
