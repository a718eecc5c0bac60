package io.hotline.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every term of a set of texts numbered once, and each text as the numbers of its terms
 * in order: the folds of a cross-validation then count and weigh numbers, without cutting
 * and segmenting the texts again for each fold.
 */
record TermIds(String[] dictionary, int[][] texts) {

	static TermIds of(Terms terms, List<String> normalized) {
		List<List<String>> split = normalized.parallelStream().map((text) -> {
			List<String> found = new ArrayList<>();
			terms.each(text, found::add);
			return found;
		}).toList();
		Map<String, Integer> ids = new HashMap<>();
		List<String> dictionary = new ArrayList<>();
		int[][] texts = new int[split.size()][];
		for (int t = 0; t < texts.length; t++) {
			List<String> found = split.get(t);
			int[] row = new int[found.size()];
			for (int i = 0; i < row.length; i++) {
				row[i] = ids.computeIfAbsent(found.get(i), (term) -> {
					dictionary.add(term);
					return dictionary.size() - 1;
				});
			}
			texts[t] = row;
		}
		return new TermIds(dictionary.toArray(String[]::new), texts);
	}

}
