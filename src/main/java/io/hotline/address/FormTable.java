package io.hotline.address;

import java.util.Arrays;
import java.util.Map;

/**
 * Name forms and what each names, looked up by a region of a text without creating a
 * string: an open-addressing table keyed by {@link String#hashCode()}, which a scan
 * computes character by character as it extends a region. Each form's postings (a
 * division or alias index with the form's kind) are sorted, for binary search.
 */
final class FormTable {

	private final String[] keys;

	private final int[] starts;

	private final int[] counts;

	private final int[] postings;

	private final int shift;

	private final int size;

	/** The longest form starting with each character, 0 for none. */
	private final byte[] longest = new byte[Character.MAX_VALUE + 1];

	FormTable(Map<String, int[]> forms) {
		int size = Integer.highestOneBit(Math.max(4, forms.size() * 2 - 1)) << 1;
		this.shift = Integer.numberOfLeadingZeros(size) + 1;
		this.size = forms.size();
		this.keys = new String[size];
		this.starts = new int[size];
		this.counts = new int[size];
		this.postings = new int[forms.values().stream().mapToInt((p) -> p.length).sum()];
		int next = 0;
		for (Map.Entry<String, int[]> entry : forms.entrySet()) {
			String key = entry.getKey();
			int slot = slot(key.hashCode());
			while (this.keys[slot] != null) {
				slot = (slot + 1) & (size - 1);
			}
			int[] sorted = entry.getValue().clone();
			Arrays.sort(sorted);
			this.keys[slot] = key;
			this.starts[slot] = next;
			this.counts[slot] = sorted.length;
			System.arraycopy(sorted, 0, this.postings, next, sorted.length);
			next += sorted.length;
			int length = Math.min(key.length(), Byte.MAX_VALUE);
			this.longest[key.charAt(0)] = (byte) Math.max(this.longest[key.charAt(0)], length);
		}
	}

	/** How many forms the table holds. */
	int size() {
		return this.size;
	}

	/** The longest form that starts with this character. */
	int longestFrom(char first) {
		return this.longest[first];
	}

	/**
	 * The slot of the form equal to {@code text[from, to)}, or -1.
	 * @param hash the {@link String#hashCode()} of that region
	 */
	int find(CharSequence text, int from, int to, int hash) {
		int length = to - from;
		int mask = this.keys.length - 1;
		for (int slot = slot(hash);; slot = (slot + 1) & mask) {
			String key = this.keys[slot];
			if (key == null) {
				return -1;
			}
			if (key.length() == length && key.hashCode() == hash && regionEquals(text, from, key)) {
				return slot;
			}
		}
	}

	/** The slot of this form, or -1. */
	int find(String form) {
		return form.isEmpty() ? -1 : find(form, 0, form.length(), form.hashCode());
	}

	String form(int slot) {
		return this.keys[slot];
	}

	/** How many divisions (or aliases) the form names. */
	int count(int slot) {
		return this.counts[slot];
	}

	int posting(int slot, int i) {
		return this.postings[this.starts[slot] + i];
	}

	/** The posting of this target in the slot, or -1: the form names it. */
	int postingOf(int slot, int target) {
		int low = this.starts[slot];
		int high = low + this.counts[slot] - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			int value = this.postings[mid] >>> Posting.KIND_BITS;
			if (value < target) {
				low = mid + 1;
			}
			else if (value > target) {
				high = mid - 1;
			}
			else {
				return this.postings[mid];
			}
		}
		return -1;
	}

	private int slot(int hash) {
		return (hash * 0x9E3779B9) >>> this.shift;
	}

	private static boolean regionEquals(CharSequence text, int from, String key) {
		for (int i = key.length() - 1; i >= 0; i--) {
			if (text.charAt(from + i) != key.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
