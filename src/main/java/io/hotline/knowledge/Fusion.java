package io.hotline.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * How the full-text and the semantic rankings make one: reciprocal rank fusion (each list
 * gives {@code 1 / (k + rank)}; scores of different kinds need no scaling) or a weighted
 * sum of scores scaled to [0, 1] within each list (BM25 by the best, cosine between the
 * worst and the best of the candidates). The default was chosen on one half of the
 * benchmark's pairs and checked on the other (docs/knowledge.md).
 */
public final class Fusion {

	/** The fusion {@code combined} uses. */
	public static final Fusion DEFAULT = weighted(0.6);

	private final String name;

	private final int k;

	private final double fulltextWeight;

	private Fusion(String name, int k, double fulltextWeight) {
		this.name = name;
		this.k = k;
		this.fulltextWeight = fulltextWeight;
	}

	public static Fusion reciprocalRank(int k) {
		return new Fusion("rrf(k=" + k + ")", k, Double.NaN);
	}

	public static Fusion weighted(double fulltextWeight) {
		return new Fusion(String.format(Locale.ROOT, "weighted(fulltext=%.2f)", fulltextWeight), 0, fulltextWeight);
	}

	/**
	 * Fuses two rankings already made, best first (so that a benchmark can try several
	 * fusions on one pair of searches).
	 */
	public List<KnowledgeHit> fuse(List<KnowledgeHit> fulltext, List<KnowledgeHit> semantic) {
		List<KnowledgeHit> seen = new ArrayList<>();
		Map<Long, Integer> positions = new HashMap<>();
		List<List<Scored>> rankings = new ArrayList<>();
		for (List<KnowledgeHit> ranking : List.of(fulltext, semantic)) {
			List<Scored> scored = new ArrayList<>();
			for (KnowledgeHit hit : ranking) {
				int position = positions.computeIfAbsent(hit.id(), (id) -> {
					seen.add(hit);
					return seen.size() - 1;
				});
				scored.add(new Scored(position, hit.score()));
			}
			rankings.add(scored);
		}
		return fuseScored(rankings.get(0), rankings.get(1)).stream().map((s) -> {
			KnowledgeHit hit = seen.get(s.article());
			return new KnowledgeHit(hit.id(), hit.title(), s.score(), hit.highlight(), hit.similarity());
		}).toList();
	}

	List<Scored> fuseScored(List<Scored> fulltext, List<Scored> semantic) {
		return fuseScored(fulltext, semantic, null);
	}

	/**
	 * Fuses the rankings where some articles' vectors are not known yet ({@code unknown},
	 * null: none): such an article is absent from the semantic ranking for want of a
	 * vector, not for want of similarity, so its semantic side is taken to be as good as
	 * its full-text side — what the semantic ranking gives at its full-text rank (its
	 * scaled full-text score where that ranking is empty). It never falls below where the
	 * words alone would put it for being new.
	 */
	List<Scored> fuseScored(List<Scored> fulltext, List<Scored> semantic, IntPredicate unknown) {
		Map<Integer, Double> scores = new HashMap<>();
		List<Scored> unknownHits = new ArrayList<>();
		List<Integer> unknownRanks = new ArrayList<>();
		for (int rank = 0; unknown != null && rank < fulltext.size(); rank++) {
			if (unknown.test(fulltext.get(rank).article())) {
				unknownHits.add(fulltext.get(rank));
				unknownRanks.add(rank);
			}
		}
		if (Double.isNaN(this.fulltextWeight)) {
			add(scores, fulltext, (rank, s) -> 1.0 / (this.k + rank + 1));
			add(scores, semantic, (rank, s) -> 1.0 / (this.k + rank + 1));
			for (int u = 0; u < unknownHits.size(); u++) {
				scores.merge(unknownHits.get(u).article(), 1.0 / (this.k + unknownRanks.get(u) + 1), Double::sum);
			}
		}
		else {
			double best = fulltext.isEmpty() ? 1 : fulltext.get(0).score();
			add(scores, fulltext, (rank, s) -> this.fulltextWeight * s / best);
			double top = semantic.isEmpty() ? 1 : semantic.get(0).score();
			double low = semantic.isEmpty() ? 0 : semantic.get(semantic.size() - 1).score();
			double range = Math.max(1e-6, top - low);
			Contribution meaning = (rank, s) -> (1 - this.fulltextWeight) * (s - low) / range;
			add(scores, semantic, meaning);
			for (int u = 0; u < unknownHits.size(); u++) {
				int rank = unknownRanks.get(u);
				double side = semantic.isEmpty() ? (1 - this.fulltextWeight) * unknownHits.get(u).score() / best
						: (rank < semantic.size()) ? meaning.of(rank, semantic.get(rank).score()) : 0;
				scores.merge(unknownHits.get(u).article(), side, Double::sum);
			}
		}
		List<Scored> fused = new ArrayList<>(scores.size());
		scores.forEach((article, score) -> fused.add(new Scored(article, score)));
		fused.sort((a, b) -> (a.score() != b.score()) ? Double.compare(b.score(), a.score())
				: Integer.compare(a.article(), b.article()));
		return fused;
	}

	private static void add(Map<Integer, Double> scores, List<Scored> ranking, Contribution contribution) {
		for (int rank = 0; rank < ranking.size(); rank++) {
			Scored hit = ranking.get(rank);
			scores.merge(hit.article(), contribution.of(rank, hit.score()), Double::sum);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

	private interface Contribution {

		double of(int rank, double score);

	}

}
