package io.hotline.address;

/** Where a name form of a table occurs in a text. */
record Span(int start, int end, FormTable table, int slot) {

	boolean contains(Span other) {
		return this.start <= other.start && other.end <= this.end && length() > other.length();
	}

	int length() {
		return this.end - this.start;
	}

	/** How many divisions (or aliases) the form names. */
	int frequency() {
		return this.table.count(this.slot);
	}

}
