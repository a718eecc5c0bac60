package io.hotline.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A division proposed by a text (the leaf: the finest level it names) with its score and
 * the mentions that support it, at most one per level of its chain.
 *
 * @param size how many communities its district has
 */
record Chain(int leaf, double score, int lastEnd, int size, List<Mention> mentions, boolean inJurisdiction) {

	/**
	 * Higher scores first; then the place named later; then the larger district (more
	 * people, more calls: 城关区 of 兰州 before that of 拉萨); then code order, for stable
	 * answers.
	 */
	static final Comparator<Chain> BEST_FIRST = Comparator.comparingDouble(Chain::score)
		.reversed()
		.thenComparing(Comparator.comparingInt(Chain::lastEnd).reversed())
		.thenComparing(Comparator.comparingInt(Chain::size).reversed())
		.thenComparingInt(Chain::leaf);

	/**
	 * The strongest support of each division of the chain, longer and later mentions
	 * first among equals, none overlapping another.
	 */
	static List<Mention> pick(List<Mention> supports) {
		List<Mention> sorted = new ArrayList<>(supports);
		sorted.sort(Comparator.comparingDouble(Mention::weight)
			.reversed()
			.thenComparing(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed())
			.thenComparing(Comparator.comparingInt(Mention::end).reversed()));
		List<Mention> picked = new ArrayList<>();
		for (Mention mention : sorted) {
			boolean free = picked.stream().noneMatch((p) -> p.division() == mention.division() || p.overlaps(mention));
			if (free) {
				picked.add(mention);
			}
		}
		picked.sort(Comparator.comparingInt(Mention::start));
		return picked;
	}

}
