package io.hotline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

import org.apache.lucene.util.VectorUtil;

/**
 * Cosine similarity of the query's embedding with every article's, by brute force: the
 * vectors have length 1, so the cosine is a dot product, and 100,000 articles of 512
 * floats are 200 MB scanned in a few milliseconds — no approximate index to build or to
 * miss with. Lucene's {@link VectorUtil} is used because it takes SIMD instructions where
 * the JVM offers the vector API.
 */
final class Semantic {

	private final float[][] vectors;

	Semantic(float[][] vectors) {
		this.vectors = vectors;
	}

	/**
	 * Articles in this many slices are scanned on the common pool's threads: one core
	 * scans 100,000 vectors in about 40 ms on Java 17 (no vector API), above a search's
	 * budget.
	 */
	private static final int SLICE = 16_384;

	List<Scored> search(float[] query, int count) {
		int slices = (this.vectors.length + SLICE - 1) / SLICE;
		List<Scored> merged = IntStream.range(0, slices)
			.parallel()
			.mapToObj((s) -> scan(query, count, s * SLICE, Math.min(this.vectors.length, (s + 1) * SLICE)))
			.flatMap(List::stream)
			.sorted((a, b) -> Double.compare(b.score(), a.score()))
			.toList();
		return merged.subList(0, Math.min(count, merged.size()));
	}

	private List<Scored> scan(float[] query, int count, int from, int to) {
		PriorityQueue<Scored> best = new PriorityQueue<>(count + 1, (a, b) -> Double.compare(a.score(), b.score()));
		float floor = Float.NEGATIVE_INFINITY;
		for (int i = from; i < to; i++) {
			float score = VectorUtil.dotProduct(query, this.vectors[i]);
			if (score > floor) {
				best.add(new Scored(i, score));
				if (best.size() > count) {
					best.poll();
					floor = (float) best.peek().score();
				}
			}
		}
		return new ArrayList<>(best);
	}

	int size() {
		return this.vectors.length;
	}

}
