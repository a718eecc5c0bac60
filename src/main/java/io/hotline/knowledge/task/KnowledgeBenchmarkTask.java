package io.hotline.knowledge.task;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

import io.hotline.classification.TextEmbeddings;
import io.hotline.knowledge.Article;
import io.hotline.knowledge.Fusion;
import io.hotline.knowledge.KnowledgeHit;
import io.hotline.knowledge.KnowledgeSearch;
import io.hotline.knowledge.SearchMode;
import io.hotline.knowledge.Synonyms;
import io.hotline.platform.StandaloneTask;
import io.hotline.platform.TaskOptions;

/**
 * {@code benchmark-knowledge [--input ../shared/data/teddy2020/attachment4_replies.csv]
 * [--articles 100000] [--queries 1000] [--pairs N] [--seed 42]}: retrieval quality of the
 * knowledge search on real message/reply pairs (each reply an article, its message the
 * query), full-text, semantic and combined with several fusions — chosen on the even
 * rows, reported on the odd ones — then latency, build time and heap with the articles
 * multiplied to {@code --articles} by generated variants.
 */
public class KnowledgeBenchmarkTask implements StandaloneTask {

	static final String SHARED_INPUT = "../shared/data/teddy2020/attachment4_replies.csv";

	static final List<Fusion> FUSIONS = List.of(Fusion.reciprocalRank(10), Fusion.reciprocalRank(60),
			Fusion.weighted(0.3), Fusion.weighted(0.4), Fusion.weighted(0.5), Fusion.weighted(0.6),
			Fusion.weighted(0.7), Fusion.weighted(0.8));

	private final PrintStream out = System.out;

	@Override
	public String name() {
		return "benchmark-knowledge";
	}

	@Override
	public String description() {
		return "knowledge search: Recall@1/5 and MRR on real message/reply pairs, latency with 100,000 articles";
	}

	@Override
	public int run(TaskOptions options) throws Exception {
		Path input = options.file("input", SHARED_INPUT, "message/reply pairs");
		List<TeddyReplies.Pair> pairs = TeddyReplies.read(input);
		pairs = pairs.subList(0, Math.min(pairs.size(), options.intValue("pairs", pairs.size())));
		List<Article> articles = pairs.stream().map(TeddyReplies.Pair::article).toList();
		print("machine: %d cores, Java %s, max heap %d MiB; %,d message/reply pairs from %s; embeddings %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, pairs.size(), input, TextEmbeddings.MODEL);
		long started = System.nanoTime();
		float[][] vectors = KnowledgeSearch.embed(articles);
		print("embedding %,d articles: %.1f s (%.1f ms an article on all cores)", articles.size(), secs(started),
				(System.nanoTime() - started) / 1e6 / articles.size());
		started = System.nanoTime();
		try (KnowledgeSearch search = KnowledgeSearch.build(articles, vectors, Synonyms.builtIn())) {
			print("full-text index of %,d articles: %.1f s", articles.size(), secs(started));
			quality(search, pairs);
		}
		new KnowledgeLoad(this.out, options.intValue("articles", 100_000), options.intValue("queries", 1000),
				options.intValue("seed", 42))
			.run(pairs, vectors);
		return 0;
	}

	private void quality(KnowledgeSearch search, List<TeddyReplies.Pair> pairs) {
		List<List<KnowledgeHit>> fulltext = new ArrayList<>();
		List<List<KnowledgeHit>> semantic = new ArrayList<>();
		long started = System.nanoTime();
		for (TeddyReplies.Pair pair : pairs) {
			fulltext.add(search.search(pair.message(), 50, SearchMode.FULLTEXT));
			semantic.add(search.search(pair.message(), 50, SearchMode.SEMANTIC));
		}
		print("searched %,d messages both ways: %.1f s; Recall@1, Recall@5, MRR@10, on the even rows (where the"
				+ " fusion is chosen) | the odd rows (held out) | all", pairs.size(), secs(started));
		List<Long> truth = pairs.stream().map((p) -> p.article().id()).toList();
		row("full-text", truth, fulltext);
		row("semantic", truth, semantic);
		Fusion best = null;
		double bestScore = -1;
		for (Fusion fusion : FUSIONS) {
			List<List<KnowledgeHit>> fused = new ArrayList<>();
			for (int q = 0; q < pairs.size(); q++) {
				fused.add(fusion.fuse(fulltext.get(q), semantic.get(q)));
			}
			Retrieval even = row("combined " + fusion, truth, fused);
			if (even.recallAt5() + even.mrr() > bestScore) {
				bestScore = even.recallAt5() + even.mrr();
				best = fusion;
			}
		}
		print("best on the even rows (Recall@5 + MRR): %s; the default fusion of combined is %s", best, Fusion.DEFAULT);
	}

	private Retrieval row(String name, List<Long> truth, List<List<KnowledgeHit>> rankings) {
		List<List<Long>> ids = rankings.stream().map((r) -> r.stream().map(KnowledgeHit::id).toList()).toList();
		Retrieval even = part(truth, ids, (q) -> q % 2 == 0);
		Retrieval odd = part(truth, ids, (q) -> q % 2 == 1);
		Retrieval all = Retrieval.of(ids, truth);
		print("%-32s %s | %s | %s", name, format(even), format(odd), format(all));
		return even;
	}

	private static Retrieval part(List<Long> truth, List<List<Long>> ids, IntPredicate rows) {
		List<Long> t = new ArrayList<>();
		List<List<Long>> r = new ArrayList<>();
		for (int q = 0; q < truth.size(); q++) {
			if (rows.test(q)) {
				t.add(truth.get(q));
				r.add(ids.get(q));
			}
		}
		return Retrieval.of(r, t);
	}

	private static String format(Retrieval r) {
		return String.format(Locale.ROOT, "%.3f %.3f %.3f", r.recallAt1(), r.recallAt5(), r.mrr());
	}

	static double secs(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private void print(String format, Object... args) {
		this.out.println(String.format(Locale.ROOT, format, args));
	}

}
