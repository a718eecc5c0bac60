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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
