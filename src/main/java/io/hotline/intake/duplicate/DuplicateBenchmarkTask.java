package io.hotline.intake.duplicate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.hotline.classification.TextEmbeddings;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;
import io.hotline.workorder.Status;

/**
 * {@code benchmark-duplicates [--input ../shared/data/teddy2020/attachment3_hot.csv]
 * [--labels src/test/resources/duplicates/labels.csv] [--embeddings true] [--fill 100000]
 * [--meanings 83000] [--queries 1000] [--seed 42]}: the detector's precision and recall
 * on hand-labelled pairs of the Teddy messages (at its threshold, the curve, and a
 * threshold chosen on the even pairs reported on the odd ones), the same with sentence
 * embeddings (the check after registration), then the time of one check with
 * {@code --fill} orders in the index and of the comparison of meanings with
 * {@code --meanings} vectors.
 */
public class DuplicateBenchmarkTask implements StandaloneTask {

	/** The orders of 30 days at a million a year. */
	static final int MONTH_AT_A_MILLION = 83_000;

	@Override
	public String name() {
		return "benchmark-duplicates";
	}

	@Override
	public String description() {
		return "duplicate detection: precision/recall on labelled Teddy pairs, check latency with many recent orders";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path input = options.file("input", TeddyPairs.SHARED_INPUT, "Teddy hot-spot messages");
		Path labelFile = options.file("labels", TeddyPairs.LABELS, "labelled pairs");
		Map<Long, Indexed> messages = TeddyPairs.messages(input);
		List<TeddyPairs.Pair> pairs = TeddyPairs.labels(labelFile);
		long duplicates = pairs.stream().filter(TeddyPairs.Pair::duplicate).count();
		print("machine: %d cores, Java %s, max heap %d MiB; %,d messages, %d labelled pairs (%d DUPLICATE, %d DIFFERENT)",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, messages.size(), pairs.size(), duplicates,
				pairs.size() - duplicates);
		long started = System.nanoTime();
		RecentIndex index = TeddyPairs.index(messages);
		print("index of %,d messages: %.0f ms", index.size(), (System.nanoTime() - started) / 1e6);
		double[] words = new double[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			words[i] = index.similarity(pairs.get(i).a(), pairs.get(i).b());
		}
		report("words (the detector)", pairs, words, DuplicateSettings.THRESHOLD);
		if (!"false".equals(options.get("embeddings").orElse("true"))) {
			embeddings(messages, pairs, words);
		}
		int fill = options.intValue("fill", 100_000);
		if (fill > 0) {
			latency(new ArrayList<>(messages.values()), fill, options.intValue("queries", 1000),
					options.intValue("seed", 42));
		}
		int meanings = options.intValue("meanings", MONTH_AT_A_MILLION);
		if (meanings > 0 && TextEmbeddings.unavailable().isEmpty()) {
			meaningLatency(new ArrayList<>(messages.values()), meanings, options.intValue("queries", 1000),
					options.intValue("seed", 42));
		}
		return 0;
	}

	private void report(String name, List<TeddyPairs.Pair> pairs, double[] scores, double threshold) {
		TeddyPairs.Quality at = TeddyPairs.Quality.at(threshold, pairs, scores);
		print("%s at %.2f: precision %.3f, recall %.3f (TP %d, FP %d, FN %d)", name, threshold, at.precision(),
				at.recall(), at.truePositives(), at.falsePositives(), at.falseNegatives());
		StringBuilder curve = new StringBuilder("  curve (threshold P/R):");
		for (double t = 0.10; t < 0.62; t += 0.04) {
			TeddyPairs.Quality q = TeddyPairs.Quality.at(t, pairs, scores);
			curve.append(String.format(" %.2f %.2f/%.2f", t, q.precision(), q.recall()));
		}
		print("%s", curve);
		List<TeddyPairs.Pair> even = new ArrayList<>();
		List<TeddyPairs.Pair> odd = new ArrayList<>();
		List<Double> evenScores = new ArrayList<>();
		List<Double> oddScores = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			(i % 2 == 0 ? even : odd).add(pairs.get(i));
			(i % 2 == 0 ? evenScores : oddScores).add(scores[i]);
		}
		double chosen = bestAtPrecision(even, unbox(evenScores), 0.9);
		TeddyPairs.Quality held = TeddyPairs.Quality.at(chosen, odd, unbox(oddScores));
		print("  threshold chosen on the even pairs (P >= 0.9, most recall): %.2f; on the odd pairs: precision %.3f, recall %.3f",
				chosen, held.precision(), held.recall());
	}

	/** The threshold of the most recall at this precision or more. */
	static double bestAtPrecision(List<TeddyPairs.Pair> pairs, double[] scores, double precision) {
		double best = 1;
		double bestRecall = -1;
		for (int step = 0; step <= 100; step++) {
			double t = step / 100.0;
			TeddyPairs.Quality q = TeddyPairs.Quality.at(t, pairs, scores);
			if (q.precision() >= precision && q.recall() > bestRecall) {
				best = t;
				bestRecall = q.recall();
			}
		}
		return best;
	}

	private void embeddings(Map<Long, Indexed> messages, List<TeddyPairs.Pair> pairs, double[] words) {
		if (TextEmbeddings.unavailable().isPresent()) {
			print("embeddings: the model cannot run here (%s)", TextEmbeddings.unavailable().get());
			return;
		}
		List<String> texts = messages.values()
			.stream()
			.limit(200)
			.map((m) -> RecentMeanings.text(m.title(), m.content()))
			.toList();
		TextEmbeddings.embed(texts.get(0), RecentMeanings.CHARS);
		long[] single = new long[texts.size()];
		for (int i = 0; i < single.length; i++) {
			long started = System.nanoTime();
			TextEmbeddings.embed(texts.get(i), RecentMeanings.CHARS);
			single[i] = System.nanoTime() - started;
		}
		Arrays.sort(single);
		print("embeddings (%s, title + content, first %d characters): one text on one thread p50 %.1f ms, p99 %.1f ms",
				TextEmbeddings.MODEL, RecentMeanings.CHARS, single[single.length / 2] / 1e6,
				single[(int) (single.length * 0.99)] / 1e6);
		double[] semantic = TeddyPairs.cosines(messages, pairs);
		double[] mean = new double[pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			mean[i] = Duplicate.mean(words[i], semantic[i]);
		}
		report("embeddings alone", pairs, semantic, bestAtPrecision(pairs, semantic, 0.9));
		report("(words + embeddings) / 2 (the check after registration)", pairs, mean,
				DuplicateSettings.MEANING_THRESHOLD);
	}

	/**
	 * The check's time with {@code fill} orders indexed: orders made of the Teddy
	 * messages' titles and contents recombined, each probe a message of its own.
	 */
	private void latency(List<Indexed> messages, int fill, int queries, int seed) {
		Random random = new Random(seed);
		RecentIndex index = new RecentIndex();
		long started = System.nanoTime();
		Instant now = Instant.now();
		for (int i = 0; i < fill; i++) {
			index.add(synthetic(messages, random, i, now));
		}
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		print("filled the index with %,d orders in %.1f s; heap in use %,d MiB", fill,
				(System.nanoTime() - started) / 1e9, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
		Instant since = now.minusSeconds(30L * 86400);
		for (int i = 0; i < Math.min(200, queries); i++) {
			index.search(probe(messages, random, fill + i), (o) -> o.createdAt().isAfter(since),
					DuplicateSettings.THRESHOLD, 0.1, 10);
		}
		long[] times = new long[queries];
		int found = 0;
		for (int i = 0; i < queries; i++) {
			Probe probe = probe(messages, random, fill + i);
			long t = System.nanoTime();
			found += index.search(probe, (o) -> o.createdAt().isAfter(since), DuplicateSettings.THRESHOLD, 0.1, 10)
				.size();
			times[i] = System.nanoTime() - t;
		}
		Arrays.sort(times);
		print("check with %,d orders indexed (%,d queries, one thread): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f candidates a query",
				fill, queries, times[queries / 2] / 1e6, times[(int) (queries * 0.95)] / 1e6,
				times[(int) (queries * 0.99)] / 1e6, times[queries - 1] / 1e6, found / (double) queries);
	}

	/**
	 * The time of the comparison of meanings after registration with {@code count}
	 * vectors of the last 30 days: one embedding, then the nearest by brute force (the
	 * vectors are real ones, repeated: the time does not depend on what they say).
	 */
	private void meaningLatency(List<Indexed> messages, int count, int queries, int seed) {
		Random random = new Random(seed);
		List<MeaningIndex.Quantized> pool = new ArrayList<>();
		for (int i = 0; i < 64; i++) {
			Indexed message = messages.get(random.nextInt(messages.size()));
			pool.add(MeaningIndex.Quantized.of(TextEmbeddings
				.embed(RecentMeanings.text(message.title(), message.content()), RecentMeanings.CHARS)));
		}
		MeaningIndex index = new MeaningIndex();
		Instant now = Instant.now();
		for (int i = 0; i < count; i++) {
			index.add(i, now.minusSeconds(random.nextInt(30 * 86400)), pool.get(random.nextInt(pool.size())));
		}
		Instant since = now.minusSeconds(30L * 86400);
		long[] times = new long[queries];
		for (int i = 0; i < queries; i++) {
			MeaningIndex.Quantized probe = pool.get(random.nextInt(pool.size()));
			long t = System.nanoTime();
			index.nearest(probe, -1, since, DuplicateSettings.MEANING_THRESHOLD, RecentDuplicates.NEAREST);
			times[i] = System.nanoTime() - t;
		}
		Arrays.sort(times);
		print("meanings after registration with %,d vectors (%,d KiB): nearest p50 %.1f ms, p99 %.1f ms (plus one embedding, above)",
				count, (long) count * pool.get(0).values().length >> 10, times[queries / 2] / 1e6,
				times[(int) (queries * 0.99)] / 1e6);
	}

	private static Indexed synthetic(List<Indexed> messages, Random random, long id, Instant now) {
		Indexed title = messages.get(random.nextInt(messages.size()));
		Indexed content = messages.get(random.nextInt(messages.size()));
		String phone = "139" + String.format("%08d", random.nextInt(2_000_000));
		return new Indexed(id, "S" + id, title.title(), content.content(), phone,
				"4401" + String.format("%08d", random.nextInt(3000)), null, null,
				now.minusSeconds(random.nextInt(90 * 86400)), Status.values()[random.nextInt(Status.values().length)],
				null, null);
	}

	private static Probe probe(List<Indexed> messages, Random random, long id) {
		Indexed message = messages.get(random.nextInt(messages.size()));
		return new Probe(id, message.title(), message.content(),
				"139" + String.format("%08d", random.nextInt(2_000_000)), null, null, null);
	}

	private static double[] unbox(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(format, args));
	}

}
