package io.hotline.analytics.hotspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of the messages: a vocabulary, document frequencies, TF-IDF vectors. */
final class Corpus {

	final List<HotMessage> messages;

	final List<String> tokens = new ArrayList<>();

	final int[] df;

	/** Each message's keyword candidates (title and text), as token numbers, once. */
	final int[][] words;

	/** Each message's keyword candidates of the title alone. */
	final int[][] titleWords;

	/** Each message's places, less those in more than a quarter of all messages. */
	final List<Set<String>> places = new ArrayList<>();

	/**
	 * Each message's TF-IDF vector (words and places), of length 1, sorted by token.
	 */
	final int[][] ids;

	final float[][] weights;

	Corpus(List<HotMessage> messages) {
		this.messages = messages;
		int n = messages.size();
		Map<String, Integer> vocabulary = new HashMap<>();
		List<Map<Integer, double[]>> counts = new ArrayList<>();
		List<Set<String>> allPlaces = new ArrayList<>();
		Map<String, Integer> placeDf = new HashMap<>();
		for (HotMessage message : messages) {
			HotspotWords.Analysis analysis = HotspotWords.analyse(message.title(), message.text(), message.place());
			Map<Integer, double[]> tf = new LinkedHashMap<>();
			for (String word : analysis.title()) {
				tf.computeIfAbsent(token(vocabulary, word), (k) -> new double[2])[0]++;
			}
			for (String word : analysis.text()) {
				tf.computeIfAbsent(token(vocabulary, word), (k) -> new double[2])[1]++;
			}
			counts.add(tf);
			allPlaces.add(analysis.places());
			for (String place : analysis.places()) {
				placeDf.merge(place, 1, Integer::sum);
			}
		}
		this.words = new int[n][];
		this.titleWords = new int[n][];
		for (int i = 0; i < n; i++) {
			this.words[i] = counts.get(i).keySet().stream().mapToInt(Integer::intValue).toArray();
			this.titleWords[i] = counts.get(i)
				.entrySet()
				.stream()
				.filter((e) -> e.getValue()[0] > 0)
				.mapToInt(Map.Entry::getKey)
				.toArray();
			Set<String> kept = new java.util.LinkedHashSet<>(allPlaces.get(i));
			kept.removeIf((p) -> placeDf.get(p) > Math.max(2, n / 4));
			this.places.add(kept);
			for (String place : kept) {
				counts.get(i).computeIfAbsent(token(vocabulary, "@" + place), (k) -> new double[2])[0]++;
			}
		}
		this.df = new int[this.tokens.size()];
		for (Map<Integer, double[]> tf : counts) {
			for (int token : tf.keySet()) {
				this.df[token]++;
			}
		}
		this.ids = new int[n][];
		this.weights = new float[n][];
		for (int i = 0; i < n; i++) {
			Map<Integer, double[]> tf = counts.get(i);
			int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			float[] weights = new float[ids.length];
			double norm = 0;
			for (int k = 0; k < ids.length; k++) {
				double[] c = tf.get(ids[k]);
				double raw = ((c[0] > 0) ? 1.5 : 0) + ((c[1] > 0) ? 1 + Math.log(c[1]) : 0);
				double w = raw * Math.log((1.0 + n) / (1.0 + this.df[ids[k]]));
				weights[k] = (float) w;
				norm += w * w;
			}
			norm = Math.sqrt(norm);
			for (int k = 0; k < ids.length && norm > 0; k++) {
				weights[k] /= norm;
			}
			this.ids[i] = ids;
			this.weights[i] = weights;
		}
	}

	private int token(Map<String, Integer> vocabulary, String word) {
		return vocabulary.computeIfAbsent(word, (w) -> {
			this.tokens.add(w);
			return this.tokens.size() - 1;
		});
	}

	double wordCosine(int a, int b) {
		int[] x = this.ids[a];
		int[] y = this.ids[b];
		double dot = 0;
		for (int i = 0, j = 0; i < x.length && j < y.length;) {
			if (x[i] == y[j]) {
				dot += this.weights[a][i++] * this.weights[b][j++];
			}
			else if (x[i] < y[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return dot;
	}

}
