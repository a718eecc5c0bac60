package io.hotline.address;

/**
 * A division named in a text: where, by which kind of form (or an alias), and how much it
 * counts.
 *
 * @param weak whether it may only support a chain, never fire alone
 */
record Mention(int start, int end, int division, int kind, double weight, boolean alias, boolean weak) {

	boolean overlaps(Mention other) {
		return this.start < other.end && other.start < this.end;
	}

	/** Whether the other mention follows this one closely: 番禺|市桥, 天河区的|石牌. */
	boolean closelyFollowedBy(Mention other) {
		return other.start >= this.end && other.start - this.end <= 2;
	}

}
