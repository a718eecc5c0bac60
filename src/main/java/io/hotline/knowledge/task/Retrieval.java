package io.hotline.knowledge.task;

import java.util.List;

/**
 * Recall@1, Recall@5 and MRR (over the first ten) of rankings that each have one right
 * answer.
 */
record Retrieval(double recallAt1, double recallAt5, double mrr, int queries) {

	static Retrieval of(List<List<Long>> rankings, List<Long> truth) {
		int at1 = 0;
		int at5 = 0;
		double reciprocal = 0;
		for (int q = 0; q < truth.size(); q++) {
			List<Long> ranking = rankings.get(q);
			int rank = ranking.subList(0, Math.min(10, ranking.size())).indexOf(truth.get(q));
			at1 += (rank == 0) ? 1 : 0;
			at5 += (rank >= 0 && rank < 5) ? 1 : 0;
			reciprocal += (rank >= 0) ? 1.0 / (rank + 1) : 0;
		}
		int n = Math.max(1, truth.size());
		return new Retrieval(at1 / (double) n, at5 / (double) n, reciprocal / n, truth.size());
	}

}
