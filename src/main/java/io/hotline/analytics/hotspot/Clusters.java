package io.hotline.analytics.hotspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Union-find over the messages, each cluster with the sums of its vectors. */
final class Clusters {

	private final Corpus corpus;

	private final float[][] vectors;

	private final double alpha;

	private final int[] parent;

	private final int[] size;

	private final Map<Integer, float[]> vectorSums = new HashMap<>();

	private final Map<Integer, Map<Integer, Float>> wordSums = new HashMap<>();

	Clusters(Corpus corpus, float[][] vectors, double alpha) {
		this.corpus = corpus;
		this.vectors = vectors;
		this.alpha = alpha;
		int n = corpus.messages.size();
		this.parent = IntStream.range(0, n).toArray();
		this.size = new int[n];
		Arrays.fill(this.size, 1);
	}

	int find(int i) {
		while (this.parent[i] != i) {
			this.parent[i] = this.parent[this.parent[i]];
			i = this.parent[i];
		}
		return i;
	}

	double similarity(int a, int b) {
		double words = this.corpus.wordCosine(a, b);
		return (this.vectors == null) ? words
				: this.alpha * HotspotFinder.dot(this.vectors[a], this.vectors[b]) + (1 - this.alpha) * words;
	}

	/** Links each message to its nearest neighbours and merges along the links. */
	void link(int k, double linkSimilarity, double mergeSimilarity) {
		int n = this.parent.length;
		int[][] byVectors = (this.vectors != null) ? nearestByVectors(k) : new int[n][0];
		int[][] byWords = nearestByWords(k);
		Set<Long> seen = new HashSet<>();
		List<double[]> links = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int[] candidates : new int[][] { byVectors[i], byWords[i] }) {
				for (int j : candidates) {
					int a = Math.min(i, j);
					int b = Math.max(i, j);
					if (a != b && seen.add(((long) a << 32) | b)) {
						double s = similarity(a, b);
						if (s >= linkSimilarity) {
							links.add(new double[] { s, a, b });
						}
					}
				}
			}
		}
		links.sort(Comparator.comparingDouble((double[] l) -> -l[0])
			.thenComparingDouble((l) -> l[1])
			.thenComparingDouble((l) -> l[2]));
		for (double[] link : links) {
			int a = find((int) link[1]);
			int b = find((int) link[2]);
			if (a != b && averageLinkage(a, b) >= mergeSimilarity) {
				union(a, b);
			}
		}
	}

	/**
	 * Merges clusters (two messages or more) whose average similarity is high enough.
	 */
	void mergeNear(double mergeSimilarity) {
		for (int pass = 0; pass < 5; pass++) {
			int[] roots = IntStream.range(0, this.parent.length)
				.filter((i) -> find(i) == i && this.size[i] >= 2)
				.toArray();
			List<double[]> pairs = new ArrayList<>();
			float[][] centroids = new float[roots.length][];
			for (int r = 0; r < roots.length; r++) {
				centroids[r] = (this.vectors != null) ? centroid(roots[r]) : null;
			}
			for (int r = 0; r < roots.length; r++) {
				for (int q = r + 1; q < roots.length; q++) {
					if (centroids[r] != null && HotspotFinder.dot(centroids[r], centroids[q]) < 0.8) {
						continue;
					}
					double s = averageLinkage(roots[r], roots[q]);
					if (s >= mergeSimilarity) {
						pairs.add(new double[] { s, roots[r], roots[q] });
					}
				}
			}
			pairs.sort(Comparator.comparingDouble((double[] l) -> -l[0])
				.thenComparingDouble((l) -> l[1])
				.thenComparingDouble((l) -> l[2]));
			boolean merged = false;
			for (double[] pair : pairs) {
				int a = find((int) pair[1]);
				int b = find((int) pair[2]);
				if (a != b && averageLinkage(a, b) >= mergeSimilarity) {
					union(a, b);
					merged = true;
				}
			}
			if (!merged) {
				return;
			}
		}
	}

	/**
	 * The clusters, each its messages in order, in the order of their first message.
	 */
	List<List<Integer>> groups() {
		Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < this.parent.length; i++) {
			groups.computeIfAbsent(find(i), (r) -> new ArrayList<>()).add(i);
		}
		return new ArrayList<>(groups.values());
	}

	/**
	 * The mean similarity of a message to the messages of a cluster (itself included).
	 */
	double similarityToCluster(int i, int root) {
		double words = 0;
		Map<Integer, Float> sums = wordSum(root);
		int[] ids = this.corpus.ids[i];
		for (int k = 0; k < ids.length; k++) {
			words += this.corpus.weights[i][k] * sums.getOrDefault(ids[k], 0f);
		}
		words /= this.size[root];
		if (this.vectors == null) {
			return words;
		}
		return this.alpha * HotspotFinder.dot(this.vectors[i], vectorSum(root)) / this.size[root]
				+ (1 - this.alpha) * words;
	}

	float[] centroid(int root) {
		float[] sum = vectorSum(root);
		double norm = Math.sqrt(HotspotFinder.dot(sum, sum));
		float[] centroid = new float[sum.length];
		for (int d = 0; d < sum.length; d++) {
			centroid[d] = (float) (sum[d] / norm);
		}
		return centroid;
	}

	private double averageLinkage(int a, int b) {
		double pairs = (double) this.size[a] * this.size[b];
		if (pairs == 1) {
			return similarity(a, b);
		}
		Map<Integer, Float> x = wordSum(a);
		Map<Integer, Float> y = wordSum(b);
		if (x.size() > y.size()) {
			Map<Integer, Float> swap = x;
			x = y;
			y = swap;
		}
		double words = 0;
		for (Map.Entry<Integer, Float> e : x.entrySet()) {
			Float other = y.get(e.getKey());
			if (other != null) {
				words += e.getValue() * other;
			}
		}
		words /= pairs;
		if (this.vectors == null) {
			return words;
		}
		return this.alpha * HotspotFinder.dot(vectorSum(a), vectorSum(b)) / pairs + (1 - this.alpha) * words;
	}

	private void union(int a, int b) {
		int big = (this.size[a] >= this.size[b]) ? a : b;
		int small = (big == a) ? b : a;
		Map<Integer, Float> words = new HashMap<>(wordSum(big));
		wordSum(small).forEach((k, v) -> words.merge(k, v, Float::sum));
		float[] vectors = null;
		if (this.vectors != null) {
			vectors = vectorSum(big).clone();
			float[] other = vectorSum(small);
			for (int d = 0; d < vectors.length; d++) {
				vectors[d] += other[d];
			}
		}
		this.parent[small] = big;
		this.size[big] += this.size[small];
		this.wordSums.remove(small);
		this.vectorSums.remove(small);
		this.wordSums.put(big, words);
		if (vectors != null) {
			this.vectorSums.put(big, vectors);
		}
	}

	private Map<Integer, Float> wordSum(int root) {
		Map<Integer, Float> sum = this.wordSums.get(root);
		if (sum == null) {
			sum = new HashMap<>();
			int[] ids = this.corpus.ids[root];
			for (int k = 0; k < ids.length; k++) {
				sum.put(ids[k], this.corpus.weights[root][k]);
			}
			if (this.size[root] > 1) {
				throw new IllegalStateException("cluster " + root + " without its sums");
			}
		}
		return sum;
	}

	private float[] vectorSum(int root) {
		float[] sum = this.vectorSums.get(root);
		return (sum != null) ? sum : this.vectors[root];
	}

	/** Each message's k nearest others by embeddings: a parallel brute-force scan. */
	private int[][] nearestByVectors(int k) {
		int n = this.vectors.length;
		int[][] nearest = new int[n][];
		IntStream.range(0, n).parallel().forEach((i) -> {
			int[] best = new int[k];
			float[] scores = new float[k];
			Arrays.fill(scores, Float.NEGATIVE_INFINITY);
			Arrays.fill(best, -1);
			float[] v = this.vectors[i];
			for (int j = 0; j < n; j++) {
				if (j == i) {
					continue;
				}
				float s = HotspotFinder.dot(v, this.vectors[j]);
				if (s > scores[k - 1]) {
					int at = k - 1;
					while (at > 0 && scores[at - 1] < s) {
						scores[at] = scores[at - 1];
						best[at] = best[at - 1];
						at--;
					}
					scores[at] = s;
					best[at] = j;
				}
			}
			nearest[i] = Arrays.stream(best).filter((j) -> j >= 0).toArray();
		});
		return nearest;
	}

	/** Each message's k nearest others by words, through an inverted index. */
	private int[][] nearestByWords(int k) {
		int n = this.parent.length;
		int tokens = this.corpus.df.length;
		int[][] postings = new int[tokens][];
		float[][] postingWeights = new float[tokens][];
		int[] fill = new int[tokens];
		for (int t = 0; t < tokens; t++) {
			postings[t] = new int[this.corpus.df[t]];
			postingWeights[t] = new float[this.corpus.df[t]];
		}
		for (int i = 0; i < n; i++) {
			for (int x = 0; x < this.corpus.ids[i].length; x++) {
				int t = this.corpus.ids[i][x];
				postings[t][fill[t]] = i;
				postingWeights[t][fill[t]++] = this.corpus.weights[i][x];
			}
		}
		int common = Math.max(50, n / 10);
		int[][] nearest = new int[n][];
		float[] scores = new float[n];
		int[] touched = new int[n];
		for (int i = 0; i < n; i++) {
			int count = 0;
			for (int x = 0; x < this.corpus.ids[i].length; x++) {
				int t = this.corpus.ids[i][x];
				if (postings[t].length > common) {
					continue;
				}
				float w = this.corpus.weights[i][x];
				for (int p = 0; p < postings[t].length; p++) {
					int j = postings[t][p];
					if (j != i) {
						if (scores[j] == 0) {
							touched[count++] = j;
						}
						scores[j] += w * postingWeights[t][p];
					}
				}
			}
			Integer[] candidates = new Integer[count];
			for (int c = 0; c < count; c++) {
				candidates[c] = touched[c];
			}
			Arrays.sort(candidates, Comparator.comparingDouble((Integer j) -> -scores[j]).thenComparing((j) -> j));
			nearest[i] = Arrays.stream(candidates).limit(k).mapToInt(Integer::intValue).toArray();
			for (int c = 0; c < count; c++) {
				scores[touched[c]] = 0;
			}
		}
		return nearest;
	}

}
