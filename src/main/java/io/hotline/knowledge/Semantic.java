package io.hotline.knowledge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.apache.lucene.util.VectorUtil;

/**
 * Cosine similarity of the query's embedding with every article's, by brute force: the
 * vectors have length 1, so the cosine is a dot product. The scan runs over a copy of the
 * vectors in 8-bit integers (one scale for the whole matrix, contiguous in memory): a
 * quarter of the memory to stream and integer products the JIT runs twice as fast as
 * float ones on Java 17, which has no vector API. The best few times the count asked are
 * then scored again on the float vectors, so the scores returned are exact cosines. From
 * {@link #TWO_STAGE_FROM} articles the scan is two-stage (see there).
 */
final class Semantic {

	/** Articles in this many slices are scanned on the common pool's threads. */
	private static final int SLICE = 16_384;

	/**
	 * The integer scan keeps this many candidates per one asked for the exact rescoring.
	 */
	private static final int OVERSAMPLE = 4;

	private final float[][] vectors;

	private final int dimension;

	private final byte[] quantized;

	private final float scale;

	/** The articles whose vector is not known yet (null): never in a semantic ranking. */
	private final BitSet unknown = new BitSet();

	Semantic(float[][] vectors) {
		this.vectors = vectors;
		int dimension = 0;
		for (float[] vector : vectors) {
			if (vector != null) {
				dimension = vector.length;
				break;
			}
		}
		this.dimension = dimension;
		float max = 1e-6f;
		for (int i = 0; i < vectors.length; i++) {
			float[] vector = vectors[i];
			if (vector == null) {
				this.unknown.set(i);
				continue;
			}
			if (vector.length != this.dimension) {
				throw new IllegalArgumentException("vectors of " + vector.length + " and " + this.dimension);
			}
			for (float x : vector) {
				max = Math.max(max, Math.abs(x));
			}
		}
		this.scale = 127f / max;
		this.quantized = new byte[vectors.length * this.dimension];
		for (int i = 0; i < vectors.length; i++) {
			if (vectors[i] != null) {
				quantize(vectors[i], this.quantized, i * this.dimension);
			}
		}
	}

	/** Whether the article's vector is not known (it was not embedded). */
	boolean unknown(int article) {
		return this.unknown.get(article);
	}

	private void quantize(float[] vector, byte[] into, int offset) {
		for (int d = 0; d < vector.length; d++) {
			into[offset + d] = (byte) Math.max(-127, Math.min(127, Math.round(vector[d] * this.scale)));
		}
	}

	List<Scored> search(float[] query, int count) {
		return search(query, count, null);
	}

	/** The best articles among those {@code admit} lets in (all where it is null). */
	List<Scored> search(float[] query, int count, IntPredicate admit) {
		if (this.vectors.length == 0 || this.dimension == 0 || count <= 0) {
			return List.of();
		}
		IntPredicate known = (i) -> !this.unknown.get(i);
		IntPredicate admitted = this.unknown.isEmpty() ? admit : (admit == null) ? known : known.and(admit);
		byte[] q = new byte[this.dimension];
		quantize(query, q, 0);
		int keep = count * OVERSAMPLE;
		int slices = (this.vectors.length + SLICE - 1) / SLICE;
		int prefix = (this.vectors.length >= TWO_STAGE_FROM) ? PREFIX : this.dimension;
		int shortlist = Math.max(keep, SHORTLIST / slices);
		List<Scored> candidates = IntStream.range(0, slices)
			.parallel()
			.mapToObj((s) -> scan(q, prefix, (prefix == this.dimension) ? keep : shortlist, keep, s * SLICE,
					Math.min(this.vectors.length, (s + 1) * SLICE), admitted))
			.flatMap(List::stream)
			.toList();
		List<Scored> exact = new ArrayList<>(candidates.size());
		for (Scored candidate : candidates) {
			exact.add(new Scored(candidate.article(), VectorUtil.dotProduct(query, this.vectors[candidate.article()])));
		}
		exact.sort((a, b) -> (a.score() != b.score()) ? Double.compare(b.score(), a.score())
				: Integer.compare(a.article(), b.article()));
		return exact.subList(0, Math.min(count, exact.size()));
	}

	/**
	 * From this many articles, the scan first scores every article on the first
	 * {@link #PREFIX} dimensions only, keeps the best {@link #SHORTLIST}, and scores
	 * those on all of them: a quarter of the work, at the risk of missing an article
	 * whose first dimensions say little (measured by the benchmark against the exact
	 * scan).
	 */
	static final int TWO_STAGE_FROM = 20_000;

	static final int PREFIX = 128;

	static final int SHORTLIST = Integer.getInteger("knowledge.shortlist", 2_000);

	private List<Scored> scan(byte[] query, int prefix, int count, int keep, int from, int to, IntPredicate admit) {
		PriorityQueue<Scored> best = new PriorityQueue<>(count + 1, (a, b) -> Double.compare(a.score(), b.score()));
		int floor = Integer.MIN_VALUE;
		byte[] matrix = this.quantized;
		int dimension = this.dimension;
		for (int i = from; i < to; i++) {
			if (admit != null && !admit.test(i)) {
				continue;
			}
			int score = dot(query, matrix, i * dimension, prefix);
			if (score > floor) {
				best.add(new Scored(i, score));
				if (best.size() > count) {
					best.poll();
					floor = (int) best.peek().score();
				}
			}
		}
		if (prefix == dimension) {
			return new ArrayList<>(best);
		}
		List<Scored> rescored = new ArrayList<>(best.size());
		for (Scored hit : best) {
			rescored.add(new Scored(hit.article(), dot(query, matrix, hit.article() * dimension, dimension)));
		}
		rescored.sort((a, b) -> Double.compare(b.score(), a.score()));
		return rescored.subList(0, Math.min(rescored.size(), keep));
	}

	/** Four sums, so that the products of one step do not wait for each other. */
	private static int dot(byte[] query, byte[] matrix, int offset, int dimension) {
		int s0 = 0;
		int s1 = 0;
		int s2 = 0;
		int s3 = 0;
		int d = 0;
		for (; d + 3 < dimension; d += 4) {
			s0 += query[d] * matrix[offset + d];
			s1 += query[d + 1] * matrix[offset + d + 1];
			s2 += query[d + 2] * matrix[offset + d + 2];
			s3 += query[d + 3] * matrix[offset + d + 3];
		}
		for (; d < dimension; d++) {
			s0 += query[d] * matrix[offset + d];
		}
		return s0 + s1 + s2 + s3;
	}

	/**
	 * The exact cosine of the query with one article; null where its vector is unknown.
	 */
	Double similarity(float[] query, int article) {
		return this.unknown.get(article) ? null : (double) VectorUtil.dotProduct(query, this.vectors[article]);
	}

	int size() {
		return this.vectors.length;
	}

}
