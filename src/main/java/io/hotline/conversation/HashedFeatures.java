package io.hotline.conversation;

import java.util.Arrays;

/**
 * A sparse feature vector built by the hashing trick: character n-grams of a text, each
 * under the name of the part it came from ("the caller's last turn"), and named numbers,
 * go to one of {@code 2^bits} buckets by a fixed hash, so that a model needs no
 * vocabulary (and keeps no text). Each part is scaled to length 1, so a long text weighs
 * no more than a short one.
 */
final class HashedFeatures {

	private final int mask;

	private int[] indices = new int[64];

	private float[] values = new float[64];

	private int size;

	HashedFeatures(int bits) {
		this.mask = (1 << bits) - 1;
	}

	/**
	 * Adds the n-grams of {@code text}, n from 1 to {@code maxN}, as part {@code part}.
	 */
	HashedFeatures ngrams(String part, String text, int maxN, float weight) {
		int start = this.size;
		int seed = part.hashCode();
		for (int i = 0; i < text.length(); i++) {
			int h = seed;
			for (int n = 1; n <= maxN && i + n <= text.length(); n++) {
				char c = text.charAt(i + n - 1);
				if (Character.isWhitespace(c)) {
					break;
				}
				h = h * 31 + c;
				put(mix(h * 31 + n), 1);
			}
		}
		normalize(start, weight);
		return this;
	}

	/** Adds one named number. */
	HashedFeatures value(String name, double value) {
		if (value != 0) {
			put(mix(name.hashCode()), (float) value);
		}
		return this;
	}

	/** Adds a named indicator. */
	HashedFeatures flag(String name, boolean on) {
		return value(name, on ? 1 : 0);
	}

	private void put(int index, float value) {
		if (this.size == this.indices.length) {
			this.indices = Arrays.copyOf(this.indices, this.size * 2);
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.indices[this.size] = index & this.mask;
		this.values[this.size++] = value;
	}

	/** Counts become 1 + ln count, then the part is scaled to length {@code weight}. */
	private void normalize(int start, float weight) {
		sortFrom(start);
		int out = start;
		for (int i = start; i < this.size;) {
			int j = i;
			float count = 0;
			while (j < this.size && this.indices[j] == this.indices[i]) {
				count += this.values[j++];
			}
			this.indices[out] = this.indices[i];
			this.values[out++] = (float) (1 + Math.log(count));
			i = j;
		}
		this.size = out;
		double norm = 0;
		for (int i = start; i < this.size; i++) {
			norm += this.values[i] * this.values[i];
		}
		if (norm > 0) {
			float scale = (float) (weight / Math.sqrt(norm));
			for (int i = start; i < this.size; i++) {
				this.values[i] *= scale;
			}
		}
	}

	private void sortFrom(int start) {
		Integer[] order = new Integer[this.size - start];
		for (int i = 0; i < order.length; i++) {
			order[i] = start + i;
		}
		Arrays.sort(order, (a, b) -> Integer.compare(this.indices[a], this.indices[b]));
		int[] i2 = new int[order.length];
		float[] v2 = new float[order.length];
		for (int i = 0; i < order.length; i++) {
			i2[i] = this.indices[order[i]];
			v2[i] = this.values[order[i]];
		}
		System.arraycopy(i2, 0, this.indices, start, i2.length);
		System.arraycopy(v2, 0, this.values, start, v2.length);
	}

	/** The features, indices ascending, repeated buckets summed. */
	Sparse build() {
		long[] packed = new long[this.size];
		for (int i = 0; i < this.size; i++) {
			packed[i] = ((long) this.indices[i] << 32) | i;
		}
		Arrays.sort(packed);
		int[] idx = new int[this.size];
		float[] val = new float[this.size];
		int n = 0;
		for (long p : packed) {
			int index = (int) (p >>> 32);
			float value = this.values[(int) p];
			if (n > 0 && idx[n - 1] == index) {
				val[n - 1] += value;
			}
			else {
				idx[n] = index;
				val[n++] = value;
			}
		}
		return new Sparse(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
	}

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h;
	}

	/** Features as parallel arrays, indices ascending. */
	record Sparse(int[] indices, float[] values) {

		double dot(float[] weights) {
			double sum = 0;
			for (int i = 0; i < this.indices.length; i++) {
				sum += weights[this.indices[i]] * this.values[i];
			}
			return sum;
		}

	}

}
