package io.hotline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The semantic scan over articles in segments, one after the other: the first the whole
 * set as built, each other the articles added since (positions go on from one segment to
 * the next). A segment's scan returns exact cosines, so the segments' best merge by
 * score.
 */
final class SemanticSegments {

	private final List<Semantic> segments;

	/** The position of each segment's first article. */
	private final int[] starts;

	private final int size;

	SemanticSegments(float[][] vectors) {
		this(List.of(new Semantic(vectors)));
	}

	private SemanticSegments(List<Semantic> segments) {
		this.segments = List.copyOf(segments);
		this.starts = new int[segments.size()];
		int size = 0;
		for (int s = 0; s < segments.size(); s++) {
			this.starts[s] = size;
			size += segments.get(s).size();
		}
		this.size = size;
	}

	/** These segments and one more of the vectors given, the segments before shared. */
	SemanticSegments with(float[][] more) {
		if (more.length == 0) {
			return this;
		}
		// an empty segment (nothing built yet) would share its start with the next
		List<Semantic> segments = new ArrayList<>((this.size == 0) ? List.of() : this.segments);
		segments.add(new Semantic(more));
		return new SemanticSegments(segments);
	}

	/** The best articles among those {@code admit} lets in (all where it is null). */
	List<Scored> search(float[] query, int count, IntPredicate admit) {
		if (this.segments.size() == 1) {
			return this.segments.get(0).search(query, count, admit);
		}
		List<Scored> best = new ArrayList<>();
		for (int s = 0; s < this.segments.size(); s++) {
			int start = this.starts[s];
			for (Scored hit : this.segments.get(s)
				.search(query, count, (admit == null) ? null : (i) -> admit.test(start + i))) {
				best.add(new Scored(start + hit.article(), hit.score()));
			}
		}
		best.sort((a, b) -> (a.score() != b.score()) ? Double.compare(b.score(), a.score())
				: Integer.compare(a.article(), b.article()));
		return best.subList(0, Math.min(count, best.size()));
	}

	/** Whether the article's vector is not known yet. */
	boolean unknown(int article) {
		int s = segment(article);
		return this.segments.get(s).unknown(article - this.starts[s]);
	}

	/**
	 * The exact cosine of the query with one article; null where its vector is unknown.
	 */
	Double similarity(float[] query, int article) {
		int s = segment(article);
		return this.segments.get(s).similarity(query, article - this.starts[s]);
	}

	int size() {
		return this.size;
	}

	private int segment(int article) {
		int s = java.util.Arrays.binarySearch(this.starts, article);
		// the last segment starting at or before the article (empty ones are never added)
		return (s >= 0) ? s : -s - 2;
	}

}
