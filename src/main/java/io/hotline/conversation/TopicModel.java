package io.hotline.conversation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The topics of a conversation (CSDS's names): a logistic regression, one topic against
 * the rest, over hashed character 1–2-grams of the caller's text, of the caller's first
 * turns, of the agent's text, and of the first request ({@link FirstRequest}: the
 * caller's first substantive turns and the agent's first real answers, where the first
 * topic is raised) as parts of their own; trained on each dialogue's first topic and, as
 * more examples, on each topic's annotated caller and agent summaries (a short
 * conversation of that topic alone). Each topic keeps only its {@value #KEPT} largest
 * weights.
 */
final class TopicModel {

	static final int BITS = 16;

	static final int KEPT = 3000;

	static final String FILE = "topics.bin.gz";

	/** Topics after the first are named where their score is at least this. */
	static final double MORE = -1.0;

	static final int MOST = 3;

	private final String[] names;

	private final float[][] weights;

	TopicModel(String[] names, float[][] weights) {
		this.names = names;
		this.weights = weights;
	}

	List<String> topics(Conversation conversation) {
		HashedFeatures.Sparse x = features(conversation);
		Integer[] order = new Integer[this.names.length];
		double[] scores = new double[this.names.length];
		for (int k = 0; k < scores.length; k++) {
			order[k] = k;
			scores[k] = Linear.score(x, this.weights[k]);
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -scores[k]).thenComparing((k) -> this.names[k]));
		List<String> topics = new ArrayList<>();
		for (int i = 0; i < Math.min(MOST, order.length); i++) {
			if (i == 0 || scores[order[i]] >= MORE) {
				topics.add(this.names[order[i]]);
			}
		}
		return topics;
	}

	static TopicModel train(List<Dialogue> dialogues, double c) {
		TreeSet<String> names = new TreeSet<>();
		dialogues.forEach((dialogue) -> names.addAll(dialogue.topics()));
		String[] sorted = names.toArray(String[]::new);
		List<HashedFeatures.Sparse> x = new ArrayList<>();
		List<List<String>> labels = new ArrayList<>();
		for (Dialogue dialogue : dialogues) {
			if (!dialogue.topics().isEmpty()) {
				x.add(features(dialogue.conversation()));
				labels.add(dialogue.topics());
			}
		}
		for (Dialogue dialogue : dialogues) {
			for (Dialogue.TopicSummary summary : dialogue.topicSummaries()) {
				if (Arrays.binarySearch(sorted, summary.topic()) >= 0) {
					x.add(features(new Conversation(null, List.of(Utterance.of(Speaker.CALLER, summary.caller()),
							Utterance.of(Speaker.AGENT, summary.agent())))));
					labels.add(List.of(summary.topic()));
				}
			}
		}
		float[][] weights = Linear.classifier(x,
				labels.stream().mapToInt((topics) -> Arrays.binarySearch(sorted, topics.get(0))).toArray(),
				sorted.length, BITS, c);
		for (int k = 0; k < weights.length; k++) {
			weights[k] = ModelStreams.quantized(pruned(weights[k]));
		}
		return new TopicModel(sorted, weights);
	}

	/** All but the {@value #KEPT} largest weights (and the bias) set to 0. */
	private static float[] pruned(float[] weights) {
		float[] magnitudes = new float[weights.length - 1];
		for (int j = 0; j < magnitudes.length; j++) {
			magnitudes[j] = Math.abs(weights[j]);
		}
		Arrays.sort(magnitudes);
		float threshold = magnitudes[Math.max(0, magnitudes.length - KEPT)];
		float[] out = weights.clone();
		for (int j = 0; j < magnitudes.length; j++) {
			if (Math.abs(out[j]) < threshold) {
				out[j] = 0;
			}
		}
		return out;
	}

	/** The caller's first turns, where the first topic is raised. */
	static final int EARLY = 4;

	/** The caller's substantive turns and the agent's answers of the first request. */
	static final int FIRST = 5;

	static HashedFeatures.Sparse features(Conversation conversation) {
		List<Utterance> turns = conversation.utterances();
		return new HashedFeatures(BITS).ngrams("caller", conversation.text(Speaker.CALLER), 2, 1)
			.ngrams("caller-early", early(conversation.of(Speaker.CALLER)), 2, 1)
			.ngrams("agent", conversation.text(Speaker.AGENT), 2, 0.7f)
			.ngrams("caller-first", FirstRequest.callerText(turns, FIRST), 2, 1)
			.ngrams("agent-first", FirstRequest.agentText(turns, FIRST), 2, 0.7f)
			.build();
	}

	private static String early(List<Utterance> turns) {
		StringBuilder early = new StringBuilder();
		for (int i = 0; i < Math.min(EARLY, turns.size()); i++) {
			early.append(turns.get(i).text()).append('\n');
		}
		return early.toString();
	}

	void write(DataOutputStream out) throws IOException {
		out.writeInt(this.names.length);
		for (int k = 0; k < this.names.length; k++) {
			out.writeUTF(this.names[k]);
			ModelStreams.writeWeights(out, this.weights[k]);
		}
	}

	static TopicModel read(DataInputStream in) throws IOException {
		int count = in.readInt();
		String[] names = new String[count];
		float[][] weights = new float[count][];
		for (int k = 0; k < count; k++) {
			names[k] = in.readUTF();
			weights[k] = ModelStreams.readWeights(in);
		}
		return new TopicModel(names, weights);
	}

}
