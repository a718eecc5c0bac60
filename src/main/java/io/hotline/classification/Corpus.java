package io.hotline.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Labelled texts ready to learn from: the labels (sorted), each text's class, its terms
 * numbered and, when a member wants them, its sentence embedding, computed once for every
 * fold and member (the members of an algorithm share their terms and embedding length).
 */
record Corpus(List<String> labels, int[] classes, TermIds terms, float[][] embeddings) {

	static Corpus of(List<Example> examples, List<Recipe> members) {
		Map<String, Integer> index = new TreeMap<>();
		examples.forEach((e) -> index.put(e.label(), 0));
		List<String> labels = new ArrayList<>(index.keySet());
		for (int k = 0; k < labels.size(); k++) {
			index.put(labels.get(k), k);
		}
		int[] classes = examples.stream().mapToInt((e) -> index.get(e.label())).toArray();
		Terms terms = shared(members.stream().map(Recipe::terms).filter(Objects::nonNull).distinct().toList());
		Integer chars = shared(members.stream().map(Recipe::embeddingChars).filter((c) -> c > 0).distinct().toList());
		TermIds ids = (terms != null)
				? TermIds.of(terms, examples.parallelStream().map((e) -> Terms.normalize(e.text())).toList()) : null;
		float[][] embeddings = (chars != null)
				? SentenceEmbeddings.embedAll(examples.stream().map(Example::text).toList(), chars) : null;
		return new Corpus(List.copyOf(labels), classes, ids, embeddings);
	}

	private static <T> T shared(List<T> settings) {
		if (settings.size() > 1) {
			throw new IllegalStateException("the members of an algorithm differ in " + settings);
		}
		return settings.isEmpty() ? null : settings.get(0);
	}

	int size() {
		return this.classes.length;
	}

}
