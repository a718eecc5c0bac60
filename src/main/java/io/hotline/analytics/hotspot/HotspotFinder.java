package io.hotline.analytics.hotspot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.hotline.classification.TextEmbeddings;

/**
 * 热点发现 Hot-spot discovery: the topics of citizens' free text, found by clustering the
 * messages, described by their distinctive words and places, and ranked by a heat that
 * explains itself ({@link Topic.Heat}).
 * <p>
 * <b>Similarity.</b> Two messages are alike by
 * {@code w·cos(embeddings) + (1−w)·cos(TF-IDF
 * words)} ({@code w} = {@link HotspotParameters#embeddingWeight()}). The embeddings
 * (bge-small-zh of the first 160 characters of title and text) see that 停水 and 没有自来水 say
 * the same; the words (places included) keep apart the same complaint about two different
 * 小区, which the embeddings find nearly identical.
 * <p>
 * <b>Clustering</b>, agglomerative on a k-nearest-neighbour graph, chosen because it is
 * deterministic (no random start, no dependence on the order of the messages but for
 * exact ties, broken by position), needs no number of topics in advance, leaves the
 * messages that resemble nothing out of every topic instead of forcing them into one, and
 * is fast: each message's {@code k} nearest neighbours by embeddings (a brute-force scan,
 * n² dot products, about a second for 5,000 messages on two cores) and by words (an
 * inverted index) are its candidate links; a link is kept when its combined similarity
 * reaches {@link HotspotParameters#linkSimilarity()}. The links are taken the most
 * similar first, and the two clusters they join are merged only if the <em>average</em>
 * similarity between their messages reaches {@link HotspotParameters#mergeSimilarity()} —
 * average linkage, computed exactly and cheaply from each cluster's sum vectors (the mean
 * of the cross cosines is the dot product of the sums over the product of the sizes),
 * which stops the chaining of single linkage. Then clusters whose centroids are near are
 * merged by the same test, as long as any pass merges something. Leader clustering (one
 * pass, each message joining the first close leader) was the simpler choice, but its
 * topics depend on the order of the messages; k-means needs the number of topics and puts
 * every message in one.
 */
public final class HotspotFinder {

	private final HotspotParameters parameters;

	public HotspotFinder() {
		this(HotspotParameters.defaults());
	}

	public HotspotFinder(HotspotParameters parameters) {
		this.parameters = parameters;
	}

	public HotspotParameters parameters() {
		return this.parameters;
	}

	/** The text that is embedded: the title, then the text. */
	public static String embeddingText(HotMessage message) {
		return message.title().isBlank() ? message.text() : message.title() + "。" + message.text();
	}

	/**
	 * The embeddings of the messages, or {@code null} where the model cannot run here.
	 */
	public static float[][] embed(List<HotMessage> messages, int maxChars) {
		if (TextEmbeddings.unavailable().isPresent() || messages.isEmpty()) {
			return null;
		}
		return TextEmbeddings.embedAll(messages.stream().map(HotspotFinder::embeddingText).toList(), maxChars);
	}

	/** The topics of the messages, embedding them first if the model can run here. */
	public HotspotReport find(List<HotMessage> messages) {
		long started = System.nanoTime();
		float[][] vectors = embed(messages, this.parameters.maxChars());
		return find(messages, vectors, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * The topics of the messages whose embeddings are given (in the same order), or on
	 * words alone where {@code vectors} is {@code null}.
	 */
	public HotspotReport find(List<HotMessage> messages, float[][] vectors) {
		return find(messages, vectors, Duration.ZERO);
	}

	private HotspotReport find(List<HotMessage> messages, float[][] vectors, Duration embeddingTime) {
		if (vectors != null && vectors.length != messages.size()) {
			throw new IllegalArgumentException(vectors.length + " vectors for " + messages.size() + " messages");
		}
		String model = (vectors != null) ? TextEmbeddings.MODEL
				: "none (words only): " + TextEmbeddings.unavailable().orElse("no vectors given");
		long started = System.nanoTime();
		Corpus corpus = new Corpus(messages);
		Duration wordsTime = Duration.ofNanos(System.nanoTime() - started);
		started = System.nanoTime();
		double alpha = (vectors != null) ? this.parameters.embeddingWeight() : 0;
		Clusters clusters = new Clusters(corpus, vectors, alpha);
		clusters.link(this.parameters.neighbours(), this.parameters.linkSimilarity(),
				this.parameters.mergeSimilarity());
		clusters.mergeNear(this.parameters.mergeSimilarity());
		Instant[] period = period(messages);
		List<Topic> topics = new ArrayList<>();
		int clustered = 0;
		for (List<Integer> members : clusters.groups()) {
			if (members.size() >= this.parameters.minSize()) {
				topics.add(describe(members, corpus, clusters, vectors, period));
				clustered += members.size();
			}
		}
		topics.sort(Comparator.comparingDouble((Topic t) -> -t.heat().score())
			.thenComparing((t) -> -t.size())
			.thenComparing(Topic::id));
		return new HotspotReport(List.copyOf(topics), messages.size(), clustered, period[0], period[1], model,
				wordsTime, embeddingTime, Duration.ofNanos(System.nanoTime() - started));
	}

	/** The period: from the first percentile's time (stragglers aside) to now. */
	private Instant[] period(List<HotMessage> messages) {
		if (messages.isEmpty()) {
			Instant now = (this.parameters.now() != null) ? this.parameters.now() : Instant.EPOCH;
			return new Instant[] { now, now };
		}
		Instant[] times = messages.stream().map(HotMessage::at).sorted().toArray(Instant[]::new);
		Instant from = times[(times.length >= 100) ? times.length / 100 : 0];
		Instant to = (this.parameters.now() != null) ? this.parameters.now() : times[times.length - 1];
		return new Instant[] { from, to };
	}

	private Topic describe(List<Integer> members, Corpus corpus, Clusters clusters, float[][] vectors,
			Instant[] period) {
		List<HotMessage> messages = members.stream().map(corpus.messages::get).toList();
		int size = members.size();
		// typical cases: the messages of the highest average similarity to the others
		Integer[] byCentre = members.toArray(Integer[]::new);
		double[] centrality = new double[corpus.messages.size()];
		for (int i : members) {
			centrality[i] = clusters.similarityToCluster(i, clusters.find(i));
		}
		Arrays.sort(byCentre, Comparator.comparingDouble((Integer i) -> -centrality[i]).thenComparing((i) -> i));
		List<HotMessage> typical = Arrays.stream(byCentre).limit(5).map(corpus.messages::get).toList();
		// keywords: share in the topic times rarity in the whole set, up to twice that
		// for
		// the words of the titles
		Map<Integer, Integer> wordCounts = new HashMap<>();
		Map<Integer, Integer> titleCounts = new HashMap<>();
		Map<String, Integer> placeCounts = new HashMap<>();
		for (int i : members) {
			for (int token : corpus.words[i]) {
				wordCounts.merge(token, 1, Integer::sum);
			}
			for (int token : corpus.titleWords[i]) {
				titleCounts.merge(token, 1, Integer::sum);
			}
			for (String place : corpus.places.get(i)) {
				placeCounts.merge(place, 1, Integer::sum);
			}
		}
		int n = corpus.messages.size();
		List<Topic.Keyword> keywords = wordCounts.entrySet()
			.stream()
			.filter((e) -> e.getValue() >= 2 && e.getValue() >= 0.1 * size)
			.map((e) -> new Topic.Keyword(corpus.tokens.get(e.getKey()), e.getValue(),
					(e.getValue() / (double) size) * Math.log(n / (double) corpus.df[e.getKey()])
							* (1 + titleCounts.getOrDefault(e.getKey(), 0) / (double) size)))
			.filter((k) -> k.score() > 0)
			.sorted(Comparator.comparingDouble((Topic.Keyword k) -> -k.score()).thenComparing(Topic.Keyword::word))
			.limit(8)
			.toList();
		List<Topic.Place> places = placeCounts.entrySet()
			.stream()
			.filter((e) -> e.getValue() >= 2 || size < 4)
			.map((e) -> new Topic.Place(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingInt((Topic.Place p) -> -p.messages()).thenComparing(Topic.Place::name))
			.limit(5)
			.toList();
		Instant first = messages.stream().map(HotMessage::at).min(Comparator.naturalOrder()).orElseThrow();
		Instant last = messages.stream().map(HotMessage::at).max(Comparator.naturalOrder()).orElseThrow();
		Topic.TrendUnit unit = unit(period);
		List<Topic.TrendPoint> trend = trend(messages, unit, period);
		Topic.Heat heat = heat(messages, first, period);
		float[] centroid = (vectors != null) ? clusters.centroid(clusters.find(members.get(0))) : null;
		List<String> ids = messages.stream().map(HotMessage::id).toList();
		return new Topic("T" + typical.get(0).id(), size, keywords, places, unit, trend, first, last, typical, heat,
				status(heat), centroid, ids);
	}

	static Topic.TrendUnit unit(Instant[] period) {
		long days = Duration.between(period[0], period[1]).toDays();
		return (days <= 92) ? Topic.TrendUnit.DAY : (days <= 731) ? Topic.TrendUnit.WEEK : Topic.TrendUnit.MONTH;
	}

	private LocalDate bucket(Instant at, Topic.TrendUnit unit) {
		LocalDate day = at.atZone(this.parameters.zone()).toLocalDate();
		return switch (unit) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	private List<Topic.TrendPoint> trend(List<HotMessage> messages, Topic.TrendUnit unit, Instant[] period) {
		TreeMap<LocalDate, Integer> counts = new TreeMap<>();
		for (HotMessage message : messages) {
			if (!message.at().isBefore(period[0])) {
				counts.merge(bucket(message.at(), unit), 1, Integer::sum);
			}
		}
		List<Topic.TrendPoint> trend = new ArrayList<>();
		if (counts.isEmpty()) {
			return trend;
		}
		LocalDate end = bucket(period[1], unit);
		if (counts.lastKey().isAfter(end)) {
			end = counts.lastKey();
		}
		ChronoUnit step = switch (unit) {
			case DAY -> ChronoUnit.DAYS;
			case WEEK -> ChronoUnit.WEEKS;
			case MONTH -> ChronoUnit.MONTHS;
		};
		for (LocalDate day = counts.firstKey(); !day.isAfter(end); day = day.plus(1, step)) {
			trend.add(new Topic.TrendPoint(day, counts.getOrDefault(day, 0)));
		}
		return trend;
	}

	/**
	 * The heat: attention (likes counted by their logarithm) times a growth factor, the
	 * topic's messages in the recent window against what its own earlier rate would have
	 * brought. The earlier rate is taken over the time from its first message to the
	 * window, but at least four windows (a topic born just before the window has no rate
	 * of its own yet) and at most the whole period.
	 */
	private Topic.Heat heat(List<HotMessage> messages, Instant first, Instant[] period) {
		Instant windowStart = period[1].minus(this.parameters.recentWindow());
		int recent = 0;
		double attention = 0;
		for (HotMessage message : messages) {
			attention += Math.log1p(message.weight()) / Math.log(2);
			if (message.at().isAfter(windowStart)) {
				recent++;
			}
		}
		int earlier = messages.size() - recent;
		double window = this.parameters.recentWindow().toSeconds();
		double own = Duration.between(first, windowStart).toSeconds();
		double whole = Math.max(window, Duration.between(period[0], windowStart).toSeconds());
		double baseline = Math.min(whole, Math.max(4 * window, own));
		double expected = earlier * window / baseline;
		double growth = (recent + 1) / (expected + 1);
		double factor = Math.max(0.5, Math.min(4, Math.sqrt(growth)));
		return new Topic.Heat(attention * factor, messages.size(), attention, recent, expected, growth, factor);
	}

	private static Topic.Status status(Topic.Heat heat) {
		if (heat.recent() >= 5 && heat.growth() >= 3 && heat.recent() * 2 >= heat.messages()) {
			return Topic.Status.EMERGING;
		}
		if (heat.recent() >= 3 && heat.growth() >= 1.5) {
			return Topic.Status.RISING;
		}
		if (heat.growth() <= 0.5) {
			return Topic.Status.FADING;
		}
		return Topic.Status.STEADY;
	}

	/** The words of the messages: a vocabulary, document frequencies, TF-IDF vectors. */
	static final class Corpus {

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

	/** Union-find over the messages, each cluster with the sums of its vectors. */
	static final class Clusters {

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
					: this.alpha * dot(this.vectors[a], this.vectors[b]) + (1 - this.alpha) * words;
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
						if (centroids[r] != null && dot(centroids[r], centroids[q]) < 0.8) {
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
		 * The mean similarity of a message to the messages of a cluster (itself
		 * included).
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
			return this.alpha * dot(this.vectors[i], vectorSum(root)) / this.size[root] + (1 - this.alpha) * words;
		}

		float[] centroid(int root) {
			float[] sum = vectorSum(root);
			double norm = Math.sqrt(dot(sum, sum));
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
			return this.alpha * dot(vectorSum(a), vectorSum(b)) / pairs + (1 - this.alpha) * words;
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
					float s = dot(v, this.vectors[j]);
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

	static float dot(float[] a, float[] b) {
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int d = 0;
		for (int end = a.length - 3; d < end; d += 4) {
			s0 += a[d] * b[d];
			s1 += a[d + 1] * b[d + 1];
			s2 += a[d + 2] * b[d + 2];
			s3 += a[d + 3] * b[d + 3];
		}
		for (; d < a.length; d++) {
			s0 += a[d] * b[d];
		}
		return (s0 + s1) + (s2 + s3);
	}

}
