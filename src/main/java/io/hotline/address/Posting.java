package io.hotline.address;

/**
 * What a name form names, packed in an int: the index of a division (or an alias) and the
 * {@link NameForms kind} of the form.
 */
final class Posting {

	static final int KIND_BITS = 2;

	private Posting() {
	}

	static int of(int target, int kind) {
		return (target << KIND_BITS) | kind;
	}

	static int target(int posting) {
		return posting >>> KIND_BITS;
	}

	static int kind(int posting) {
		return posting & ((1 << KIND_BITS) - 1);
	}

}
