package io.hotline.knowledge.task;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import io.hotline.classification.TextEmbeddings;
import io.hotline.knowledge.Article;
import io.hotline.knowledge.KnowledgeSearch;
import io.hotline.knowledge.SearchMode;
import io.hotline.knowledge.Synonyms;

/**
 * The knowledge search at size: the real articles and generated variants of them (the
 * answer's sentences rotated, one dropped; the embedding moved by noise of about the
 * distance between two wordings of one answer, then normalised) up to the count asked, so
 * that embedding 100,000 texts, minutes of CPU at ingest, is not part of the run. Latency
 * of a search (a message's title, as typed in a search box) and of a recommendation (the
 * whole message, as an agent types it), one thread, after a warm-up.
 */
final class KnowledgeLoad {

	private final PrintStream out;

	private final int count;

	private final int queries;

	private final Random random;

	KnowledgeLoad(PrintStream out, int count, int queries, int seed) {
		this.out = out;
		this.count = count;
		this.queries = queries;
		this.random = new Random(seed);
	}

	void run(List<TeddyReplies.Pair> pairs, float[][] realVectors) {
		long heapBefore = heap();
		List<Article> articles = new ArrayList<>(this.count);
		float[][] vectors = new float[this.count][];
		for (int i = 0; i < this.count; i++) {
			int source = i % pairs.size();
			Article real = pairs.get(source).article();
			articles.add((i < pairs.size()) ? real : variant(real, 1_000_000L + i));
			vectors[i] = (i < pairs.size()) ? realVectors[source] : noisy(realVectors[source]);
		}
		long started = System.nanoTime();
		try (KnowledgeSearch search = KnowledgeSearch.build(articles, vectors, Synonyms.builtIn())) {
			double buildSeconds = KnowledgeBenchmarkTask.secs(started);
			print("%,d articles (%,d real): index built in %.1f s (full-text; the embeddings given), heap %,d MiB"
					+ " more (vectors %,d MiB of it)", articles.size(), pairs.size(), buildSeconds,
					(heap() - heapBefore) >> 20, ((long) this.count * vectors[0].length * 4) >> 20);
			List<String> titles = pairs.stream().map(TeddyReplies.Pair::title).toList();
			List<String> messages = pairs.stream().map(TeddyReplies.Pair::message).toList();
			exactness(search, articles, vectors, titles);
			for (SearchMode mode : SearchMode.values()) {
				latency("search " + mode.name().toLowerCase(Locale.ROOT), titles, (q) -> search.search(q, 10, mode));
			}
			latency("recommendation combined", messages, (q) -> search.search(q, 5, SearchMode.COMBINED));
		}
	}

	/**
	 * How many of the exact ten nearest articles (a float scan of every vector) the
	 * semantic search returns, over 200 titles: the cost of its shortcuts.
	 */
	private void exactness(KnowledgeSearch search, List<Article> articles, float[][] vectors, List<String> titles) {
		int found = 0;
		int asked = 0;
		for (String title : titles.subList(0, Math.min(200, titles.size()))) {
			float[] query = TextEmbeddings.embed(title, KnowledgeSearch.QUERY_EMBEDDING_CHARS);
			Integer[] order = new Integer[vectors.length];
			double[] scores = new double[vectors.length];
			for (int i = 0; i < vectors.length; i++) {
				order[i] = i;
				double dot = 0;
				for (int d = 0; d < query.length; d++) {
					dot += query[d] * vectors[i][d];
				}
				scores[i] = dot;
			}
			Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
			java.util.Set<Long> returned = new java.util.HashSet<>();
			search.search(title, 10, SearchMode.SEMANTIC).forEach((hit) -> returned.add(hit.id()));
			for (int r = 0; r < 10; r++) {
				found += returned.contains(articles.get(order[r]).id()) ? 1 : 0;
				asked++;
			}
		}
		print("semantic search against an exact scan: %.3f of the true ten nearest returned (%d titles)",
				found / (double) asked, asked / 10);
	}

	private void latency(String name, List<String> texts, Function<String, ?> call) {
		int warmUp = Math.min(200, texts.size());
		for (int i = 0; i < warmUp; i++) {
			call.apply(texts.get(i));
		}
		long[] nanos = new long[this.queries];
		for (int i = 0; i < nanos.length; i++) {
			String text = texts.get((warmUp + i) % texts.size());
			long one = System.nanoTime();
			call.apply(text);
			nanos[i] = System.nanoTime() - one;
		}
		Arrays.sort(nanos);
		double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
		print("%-26s %,d queries: mean %.1f ms, p50 %.1f ms, p99 %.1f ms, max %.1f ms", name, nanos.length, mean,
				pct(nanos, 50), pct(nanos, 99), pct(nanos, 100));
	}

	private static double pct(long[] sorted, double percentile) {
		int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	private Article variant(Article real, long id) {
		List<String> sentences = new ArrayList<>(Arrays.asList(real.answer().split("(?<=[。！？])")));
		if (sentences.size() > 2) {
			sentences.remove(this.random.nextInt(sentences.size()));
			java.util.Collections.rotate(sentences, this.random.nextInt(sentences.size()));
		}
		return new Article(id, real.title(), real.questions(), String.join("", sentences), real.tags());
	}

	private float[] noisy(float[] vector) {
		float[] noisy = new float[vector.length];
		double norm = 0;
		for (int d = 0; d < vector.length; d++) {
			noisy[d] = vector[d] + (float) (this.random.nextGaussian() * 0.02);
			norm += noisy[d] * noisy[d];
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int d = 0; d < vector.length; d++) {
			noisy[d] *= scale;
		}
		return noisy;
	}

	private static long heap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private void print(String format, Object... args) {
		this.out.println(String.format(Locale.ROOT, format, args));
	}

}
