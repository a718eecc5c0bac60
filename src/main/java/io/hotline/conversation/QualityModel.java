package io.hotline.conversation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Expected A, S and E of a conversation: three linear regressions (squared loss, L2
 * penalty) over hashed character n-grams of the caller's last turn, the caller's and the
 * agent's text, the agent's last turn, the number of turns, who spoke last, and a few
 * lexicons (thanks, complaints, repeated questions, the agent's solutions). Learnt from
 * the annotators' mean scores; the answers are clipped to −2…2.
 */
final class QualityModel {

	static final int BITS = 18;

	static final String FILE = "quality.bin.gz";

	private static final Pattern THANKS = Pattern.compile("谢谢|感谢|好的|解决了|可以了|好了|明白|收到|赞|辛苦");

	private static final Pattern ANGER = Pattern
		.compile("还没|没有|投诉|垃圾|坑|骗|无语|差评|呵呵|怎么回事|到底|一直|多次|？？|\\?\\?|！！|!!|退网|举报|工信部|态度");

	private static final Pattern SOLVED = Pattern.compile("已经|已为您|已帮|处理|解决|办理|恢复|退还|补偿|安排");

	private static final Pattern SORRY = Pattern.compile("抱歉|不好意思|对不起|歉意|私信|请您提供|麻烦您");

	private final float[][] weights;

	QualityModel(float[][] weights) {
		this.weights = weights;
	}

	DialogueQuality assess(Conversation conversation) {
		HashedFeatures.Sparse x = features(conversation);
		double[] y = new double[3];
		for (int k = 0; k < 3; k++) {
			y[k] = Math.max(-2, Math.min(2, Linear.score(x, this.weights[k])));
		}
		return new DialogueQuality(y[0], y[1], y[2]);
	}

	static QualityModel train(List<Dialogue> dialogues, double c) {
		List<HashedFeatures.Sparse> x = new ArrayList<>();
		List<double[]> y = new ArrayList<>();
		for (Dialogue dialogue : dialogues) {
			if (dialogue.quality() != null) {
				x.add(features(dialogue.conversation()));
				y.add(dialogue.quality().values());
			}
		}
		float[][] weights = new float[3][];
		for (int k = 0; k < 3; k++) {
			double[] target = new double[y.size()];
			for (int i = 0; i < target.length; i++) {
				target[i] = y.get(i)[k];
			}
			weights[k] = ModelStreams.quantized(Linear.regression(x, target, BITS, c));
		}
		return new QualityModel(weights);
	}

	static HashedFeatures.Sparse features(Conversation conversation) {
		List<Utterance> utterances = conversation.utterances();
		List<Utterance> caller = conversation.of(Speaker.CALLER);
		List<Utterance> agent = conversation.of(Speaker.AGENT);
		String callerLast = caller.isEmpty() ? "" : caller.get(caller.size() - 1).text();
		String agentLast = agent.isEmpty() ? "" : agent.get(agent.size() - 1).text();
		String callerText = conversation.text(Speaker.CALLER);
		String agentText = conversation.text(Speaker.AGENT);
		HashedFeatures f = new HashedFeatures(BITS);
		f.ngrams("caller-last", callerLast, 3, 1)
			.ngrams("caller", callerText, 2, 1)
			.ngrams("agent", agentText, 2, 1)
			.ngrams("agent-last", agentLast, 3, 0.7f)
			.flag("turns=" + Math.min(utterances.size(), 9), true)
			.flag("last=" + (utterances.isEmpty() ? "none" : utterances.get(utterances.size() - 1).speaker()), true)
			.flag("no-agent", agent.isEmpty())
			.value("caller-length", Math.log1p(callerText.length()) / 5)
			.value("agent-length", Math.log1p(agentText.length()) / 5)
			.value("last-thanks", count(THANKS, callerLast))
			.value("last-anger", count(ANGER, callerLast))
			.value("anger", count(ANGER, callerText) / 3.0)
			.value("solved", count(SOLVED, agentText) / 2.0)
			.value("sorry", count(SORRY, agentText) / 2.0)
			.value("caller-questions",
					Math.min(callerText.chars().filter((ch) -> ch == '？' || ch == '?').count(), 6) / 3.0);
		return f.build();
	}

	private static int count(Pattern pattern, String text) {
		return (int) Math.min(pattern.matcher(text).results().count(), 4);
	}

	void write(DataOutputStream out) throws IOException {
		for (float[] w : this.weights) {
			ModelStreams.writeWeights(out, w);
		}
	}

	static QualityModel read(DataInputStream in) throws IOException {
		float[][] weights = new float[3][];
		for (int k = 0; k < 3; k++) {
			weights[k] = ModelStreams.readWeights(in);
		}
		return new QualityModel(weights);
	}

}
