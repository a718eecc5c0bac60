package io.hotline.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term weights learnt from a set of texts: each term that occurs in at least
 * {@code minDf} of them gets an index and an inverse document frequency, ln((1 + n) / (1
 * + df)) + 1; a text becomes the vector of (1 + ln tf) · idf of its terms, scaled to
 * length 1.
 */
final class TfIdf {

	private final Terms terms;

	private final Map<String, Integer> index;

	private final String[] vocabulary;

	private final float[] idf;

	TfIdf(Terms terms, String[] vocabulary, float[] idf) {
		this.terms = terms;
		this.vocabulary = vocabulary;
		this.idf = idf;
		this.index = new HashMap<>(vocabulary.length * 2);
		for (int i = 0; i < vocabulary.length; i++) {
			this.index.put(vocabulary[i], i);
		}
	}

	/**
	 * Learns from the given rows of the numbered texts; answers the weights and, in
	 * {@code remap}, the index in the vocabulary of each numbered term (-1 if left out).
	 */
	static TfIdf fit(Terms terms, TermIds ids, int[] rows, int minDf, int[] remap) {
		int[] df = new int[ids.dictionary().length];
		int[] seenIn = new int[df.length];
		Arrays.fill(seenIn, -1);
		for (int row : rows) {
			for (int id : ids.texts()[row]) {
				if (seenIn[id] != row) {
					seenIn[id] = row;
					df[id]++;
				}
			}
		}
		List<Integer> kept = new ArrayList<>();
		for (int id = 0; id < df.length; id++) {
			if (df[id] >= minDf) {
				kept.add(id);
			}
		}
		kept.sort((a, b) -> ids.dictionary()[a].compareTo(ids.dictionary()[b]));
		Arrays.fill(remap, -1);
		String[] vocabulary = new String[kept.size()];
		float[] idf = new float[kept.size()];
		for (int i = 0; i < vocabulary.length; i++) {
			int id = kept.get(i);
			vocabulary[i] = ids.dictionary()[id];
			idf[i] = (float) (Math.log((1.0 + rows.length) / (1 + df[id])) + 1);
			remap[id] = i;
		}
		return new TfIdf(terms, vocabulary, idf);
	}

	SparseVector vector(String normalized) {
		int[][] found = { new int[16 + normalized.length() * (this.terms.maxN() - this.terms.minN() + 3)] };
		int[] count = { 0 };
		this.terms.each(normalized, (term) -> {
			Integer i = this.index.get(term);
			if (i != null) {
				if (count[0] == found[0].length) {
					found[0] = Arrays.copyOf(found[0], count[0] * 2);
				}
				found[0][count[0]++] = i;
			}
		});
		return weigh(Arrays.copyOf(found[0], count[0]));
	}

	/** The vector of a numbered text, its numbers mapped by {@code remap}. */
	SparseVector vector(int[] ids, int[] remap) {
		int[] found = new int[ids.length];
		int count = 0;
		for (int id : ids) {
			if (remap[id] >= 0) {
				found[count++] = remap[id];
			}
		}
		return weigh(Arrays.copyOf(found, count));
	}

	private SparseVector weigh(int[] sorted) {
		Arrays.sort(sorted);
		int[] indices = new int[sorted.length];
		float[] values = new float[sorted.length];
		int size = 0;
		double norm = 0;
		for (int i = 0; i < sorted.length;) {
			int j = i;
			while (j < sorted.length && sorted[j] == sorted[i]) {
				j++;
			}
			float weight = (float) ((1 + Math.log(j - i)) * this.idf[sorted[i]]);
			indices[size] = sorted[i];
			values[size++] = weight;
			norm += weight * weight;
			i = j;
		}
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 0;
		for (int i = 0; i < size; i++) {
			values[i] *= scale;
		}
		return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
	}

	Terms terms() {
		return this.terms;
	}

	int size() {
		return this.vocabulary.length;
	}

	String term(int index) {
		return this.vocabulary[index];
	}

	float idf(int index) {
		return this.idf[index];
	}

}
