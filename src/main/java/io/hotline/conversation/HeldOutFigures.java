package io.hotline.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The models' figures on dialogues they did not learn from: the labelled dialogues cut
 * into {@code k} folds, dialogues that share a distinctive caller turn (20 characters or
 * more) kept in one fold like the shared data's own hidden part, groups shuffled with a
 * fixed seed; each scored fold's dialogues judged by models trained on the other folds.
 *
 * @param qualityDialogues dialogues scored for quality
 * @param maeA mean absolute error of A
 * @param maeS of S
 * @param maeE of E
 * @param meanMaeA the same of predicting the training folds' mean A
 * @param meanMaeS of S
 * @param meanMaeE of E
 * @param summaryDialogues dialogues scored for summary and topics
 * @param rouge1 mean character ROUGE-1 F1 of the summary against the caller summary
 * (characters other than white space)
 * @param rouge1NoPunctuation the same without punctuation
 * @param longestTurnRouge1 the same of the caller's longest turn
 * @param firstTopic share whose first predicted topic is the first topic
 * @param firstInTopics share whose first predicted topic is among the topics
 * @param commonTopic share whose first topic is the training folds' most common one
 */
public record HeldOutFigures(int qualityDialogues, double maeA, double maeS, double maeE, double meanMaeA,
		double meanMaeS, double meanMaeE, int summaryDialogues, double rouge1, double rouge1NoPunctuation,
		double longestTurnRouge1, double firstTopic, double firstInTopics, double commonTopic) {

	/** Scores {@code scored} of {@code k} folds (1 to k). */
	public static HeldOutFigures of(List<Dialogue> dialogues, int k, int scored) {
		List<List<Dialogue>> folds = folds(dialogues, k);
		Sums sums = new Sums();
		for (int f = 0; f < scored; f++) {
			List<Dialogue> training = new ArrayList<>();
			for (int g = 0; g < k; g++) {
				if (g != f) {
					training.addAll(folds.get(g));
				}
			}
			sums.add(DialogueModels.train(training), training, folds.get(f));
		}
		return sums.figures();
	}

	/** The lines to print, one a figure. */
	public List<String> lines() {
		return List.of(
				String.format(Locale.ROOT,
						"quality, %d dialogues: MAE A %.3f S %.3f E %.3f (training mean: %.3f %.3f %.3f;"
								+ " %.0f %% / %.0f %% / %.0f %% below)",
						this.qualityDialogues, this.maeA, this.maeS, this.maeE, this.meanMaeA, this.meanMaeS,
						this.meanMaeE, 100 * (1 - this.maeA / this.meanMaeA), 100 * (1 - this.maeS / this.meanMaeS),
						100 * (1 - this.maeE / this.meanMaeE)),
				String.format(Locale.ROOT,
						"caller summary, %d dialogues: character ROUGE-1 F1 %.3f (without punctuation %.3f;"
								+ " the longest caller turn %.3f)",
						this.summaryDialogues, this.rouge1, this.rouge1NoPunctuation, this.longestTurnRouge1),
				String.format(Locale.ROOT,
						"topics, %d dialogues: first topic right %.3f, first predicted among the topics %.3f"
								+ " (the most common topic %.3f)",
						this.summaryDialogues, this.firstTopic, this.firstInTopics, this.commonTopic));
	}

	static List<List<Dialogue>> folds(List<Dialogue> dialogues, int k) {
		int[] parent = new int[dialogues.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		Map<String, Integer> firstWith = new HashMap<>();
		for (int i = 0; i < dialogues.size(); i++) {
			for (Utterance turn : dialogues.get(i).conversation().of(Speaker.CALLER)) {
				if (turn.text().length() >= 20) {
					Integer other = firstWith.putIfAbsent(turn.text(), i);
					if (other != null) {
						parent[root(parent, i)] = root(parent, other);
					}
				}
			}
		}
		TreeMap<String, List<Dialogue>> groups = new TreeMap<>();
		for (int i = 0; i < dialogues.size(); i++) {
			groups
				.computeIfAbsent(String.valueOf(dialogues.get(root(parent, i)).id()) + "#" + root(parent, i),
						(key) -> new ArrayList<>())
				.add(dialogues.get(i));
		}
		List<List<Dialogue>> shuffled = new ArrayList<>(groups.values());
		Collections.shuffle(shuffled, new Random(7));
		List<List<Dialogue>> folds = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			folds.add(new ArrayList<>());
		}
		for (List<Dialogue> group : shuffled) {
			folds.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(group);
		}
		return folds;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** Character ROUGE-1 F1: the characters of both as multisets. */
	static double rouge1(String candidate, String reference, boolean punctuation) {
		Map<Integer, Integer> counts = new HashMap<>();
		int referenceSize = 0;
		for (int c : reference.codePoints().toArray()) {
			if (counted(c, punctuation)) {
				counts.merge(c, 1, Integer::sum);
				referenceSize++;
			}
		}
		int candidateSize = 0;
		int overlap = 0;
		for (int c : candidate.codePoints().toArray()) {
			if (counted(c, punctuation)) {
				candidateSize++;
				Integer left = counts.get(c);
				if (left != null && left > 0) {
					overlap++;
					counts.put(c, left - 1);
				}
			}
		}
		if (overlap == 0) {
			return 0;
		}
		double precision = overlap / (double) candidateSize;
		double recall = overlap / (double) referenceSize;
		return 2 * precision * recall / (precision + recall);
	}

	private static boolean counted(int c, boolean punctuation) {
		if (Character.isWhitespace(c)) {
			return false;
		}
		return punctuation || Character.isLetterOrDigit(c);
	}

	private static final class Sums {

		private final double[] error = new double[3];

		private final double[] meanError = new double[3];

		private int quality;

		private double rouge;

		private double rougeBare;

		private double longest;

		private int first;

		private int among;

		private int common;

		private int summaries;

		void add(DialogueModels models, List<Dialogue> training, List<Dialogue> scored) {
			double[] mean = new double[3];
			int n = 0;
			Map<String, Integer> firstTopics = new TreeMap<>();
			for (Dialogue dialogue : training) {
				if (dialogue.quality() != null) {
					double[] v = dialogue.quality().values();
					for (int d = 0; d < 3; d++) {
						mean[d] += v[d];
					}
					n++;
				}
				if (!dialogue.topics().isEmpty()) {
					firstTopics.merge(dialogue.topics().get(0), 1, Integer::sum);
				}
			}
			for (int d = 0; d < 3; d++) {
				mean[d] /= Math.max(n, 1);
			}
			String mostCommon = firstTopics.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse("");
			for (Dialogue dialogue : scored) {
				Conversation conversation = dialogue.conversation();
				if (dialogue.quality() != null) {
					double[] truth = dialogue.quality().values();
					double[] predicted = models.assess(conversation).values();
					for (int d = 0; d < 3; d++) {
						this.error[d] += Math.abs(predicted[d] - truth[d]);
						this.meanError[d] += Math.abs(mean[d] - truth[d]);
					}
					this.quality++;
				}
				if (dialogue.callerSummary() != null && !dialogue.topics().isEmpty()) {
					String summary = models.summarize(conversation);
					this.rouge += rouge1(summary, dialogue.callerSummary(), true);
					this.rougeBare += rouge1(summary, dialogue.callerSummary(), false);
					String longestTurn = conversation.of(Speaker.CALLER)
						.stream()
						.map(Utterance::text)
						.max(Comparator.comparingInt(String::length))
						.orElse("");
					this.longest += rouge1(longestTurn, dialogue.callerSummary(), false);
					List<String> topics = models.topics(conversation);
					this.first += topics.get(0).equals(dialogue.topics().get(0)) ? 1 : 0;
					this.among += dialogue.topics().contains(topics.get(0)) ? 1 : 0;
					this.common += mostCommon.equals(dialogue.topics().get(0)) ? 1 : 0;
					this.summaries++;
				}
			}
		}

		HeldOutFigures figures() {
			double q = Math.max(this.quality, 1);
			double s = Math.max(this.summaries, 1);
			return new HeldOutFigures(this.quality, this.error[0] / q, this.error[1] / q, this.error[2] / q,
					this.meanError[0] / q, this.meanError[1] / q, this.meanError[2] / q, this.summaries, this.rouge / s,
					this.rougeBare / s, this.longest / s, this.first / s, this.among / s, this.common / s);
		}

	}

}
