package io.hotline.classification;

/** A vector that stores only its non-zero entries, indices ascending. */
record SparseVector(int[] indices, float[] values) {

	int size() {
		return this.indices.length;
	}

	double dot(float[] weights) {
		double sum = 0;
		for (int i = 0; i < this.indices.length; i++) {
			sum += this.values[i] * weights[this.indices[i]];
		}
		return sum;
	}

	/** This vector's entries followed by a dense block that starts at {@code offset}. */
	SparseVector append(int offset, float[] dense, float scale) {
		int n = this.indices.length;
		int[] indices = java.util.Arrays.copyOf(this.indices, n + dense.length);
		float[] values = java.util.Arrays.copyOf(this.values, n + dense.length);
		for (int i = 0; i < dense.length; i++) {
			indices[n + i] = offset + i;
			values[n + i] = dense[i] * scale;
		}
		return new SparseVector(indices, values);
	}

}
